package io.callqa.lake;

import io.callqa.s3.S3Objects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps a local copy of a bucket lake's Parquet files for SQL (DuckDB has no S3 access here).
 * Committed part files never change, so a file already copied with the same size is kept; files
 * gone from the bucket are removed. Hidden (pending) objects and checkpoints are not copied.
 */
public final class LakeMirror {
    private LakeMirror() {}

    public static Path sync(S3Objects objects, String prefix, Path mirror) throws IOException {
        Files.createDirectories(mirror);
        Set<Path> wanted = new HashSet<>();
        for (S3Objects.Entry e : objects.list(prefix, true)) {
            String rel = e.key().substring(prefix.length());
            if (!isTableFile(rel)) continue;
            Path local = mirror.resolve(rel).normalize();
            if (!local.startsWith(mirror)) continue; // a key with ".." never escapes the mirror
            wanted.add(local);
            if (Files.isRegularFile(local) && Files.size(local) == e.size()) continue;
            Files.createDirectories(local.getParent());
            Path part = local.resolveSibling("." + local.getFileName() + ".download");
            try (InputStream in = objects.read(e.key(), 0)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, local, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        try (Stream<Path> s = Files.walk(mirror)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !wanted.contains(p)).toList()) Files.delete(p);
        }
        return mirror;
    }

    static boolean isTableFile(String rel) {
        if (!rel.endsWith(".parquet") || rel.startsWith("_")) return false;
        for (String part : rel.split("/")) if (part.startsWith(".")) return false;
        return true;
    }
}
