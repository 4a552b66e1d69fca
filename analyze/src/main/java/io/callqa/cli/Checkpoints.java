package io.callqa.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The job's retained checkpoints, kept beside the lake in LAKE/_checkpoints/JOB_ID/chk-N. */
final class Checkpoints {
    private Checkpoints() {}

    /** The newest complete checkpoint (one whose _metadata was written), if any. */
    static Optional<Path> latest(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(p -> p.getFileName().toString().equals("_metadata") && p.getParent().getFileName().toString().startsWith("chk-"))
                    .max(Comparator.comparing(Checkpoints::modified))
                    .map(Path::getParent);
        }
    }

    /** Removes job folders that hold no complete checkpoint (left by earlier runs once their state was claimed). */
    static void pruneEmpty(Path dir, Optional<Path> keep) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> jobs = Files.list(dir)) {
            for (Path job : jobs.toList()) {
                if (keep.isPresent() && keep.get().startsWith(job)) continue;
                if (latest(job).isEmpty()) deleteTree(job);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
