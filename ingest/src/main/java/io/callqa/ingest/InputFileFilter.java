package io.callqa.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.flink.core.fs.Path;

/**
 * Decides which files in the input folder the job reads: not sidecars or half-uploaded files, and
 * not files the lake already holds. A quarantined file is read again once it has been replaced
 * (its modification time differs from when it was quarantined), so fixing a bad file in place is enough.
 */
public class InputFileFilter implements Predicate<Path>, Serializable {
    private final Set<String> doneFiles;
    private final Map<String, Long> quarantinedAt; // path → modification time when quarantined

    public InputFileFilter() {
        this(new HashSet<>(), new HashMap<>());
    }

    public InputFileFilter(Set<String> doneFiles, Map<String, Long> quarantinedAt) {
        this.doneFiles = new HashSet<>(doneFiles);
        this.quarantinedAt = new HashMap<>(quarantinedAt);
    }

    @Override
    public boolean test(Path path) {
        InputKind kind = InputKind.of(path.getName());
        if (kind == InputKind.IGNORED || kind == InputKind.SIDECAR) return false;
        String key = InputFile.source(path);
        if (doneFiles.contains(key)) return false;
        Long at = quarantinedAt.get(key);
        if (at == null) return true;
        try {
            return path.getFileSystem().getFileStatus(path).getModificationTime() != at;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
