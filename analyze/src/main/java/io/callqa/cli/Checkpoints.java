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

    /**
     * Deletes a folder tree. Flink may still be removing a subsumed checkpoint as the job ends, so
     * entries vanishing under the walk are expected: the walk is retried until the tree is gone.
     */
    static void deleteTree(Path p) throws IOException {
        for (int attempt = 1; Files.exists(p); attempt++) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException | java.nio.file.DirectoryNotEmptyException e) {
                if (attempt >= 5) throw e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
                try {
                    Thread.sleep(100L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while deleting " + p, ie);
                }
            }
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
