package io.callqa.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * The job's retained checkpoints, kept beside the lake in LAKE/_checkpoints/JOB_ID/chk-N, on a
 * local disk or in the lake's bucket alike (through Flink's file systems).
 */
final class Checkpoints {
    private Checkpoints() {}

    /** A complete checkpoint (one whose _metadata was written). */
    private record Complete(Path dir, long modified, long id) {}

    /** The newest complete checkpoint, if any. */
    static Optional<Path> latest(Path dir) throws IOException {
        FileSystem fs = dir.getFileSystem();
        Optional<Complete> newest = Optional.empty();
        for (FileStatus job : list(fs, dir)) {
            Optional<Complete> c = newestIn(fs, job.getPath());
            if (c.isPresent() && (newest.isEmpty() || ORDER.compare(c.get(), newest.get()) > 0)) newest = c;
        }
        return newest.map(Complete::dir);
    }

    // Object stores keep modification times to the second; checkpoint ids break ties (they continue across restores).
    private static final Comparator<Complete> ORDER = Comparator.comparingLong(Complete::modified).thenComparingLong(Complete::id);

    private static Optional<Complete> newestIn(FileSystem fs, Path job) throws IOException {
        Optional<Complete> newest = Optional.empty();
        for (FileStatus chk : list(fs, job)) {
            String name = chk.getPath().getName();
            if (!chk.isDir() || !name.startsWith("chk-")) continue;
            try {
                FileStatus meta = fs.getFileStatus(new Path(chk.getPath(), "_metadata"));
                Complete c = new Complete(chk.getPath(), meta.getModificationTime(), Long.parseLong(name.substring(4)));
                if (newest.isEmpty() || ORDER.compare(c, newest.get()) > 0) newest = Optional.of(c);
            } catch (FileNotFoundException | NumberFormatException incomplete) {
                // no _metadata: the checkpoint never completed
            }
        }
        return newest;
    }

    /** Removes job folders that hold no complete checkpoint (left by earlier runs once their state was claimed). */
    static void pruneEmpty(Path dir, Optional<Path> keep) throws IOException {
        FileSystem fs = dir.getFileSystem();
        for (FileStatus job : list(fs, dir)) {
            if (keep.isPresent() && keep.get().getParent().equals(job.getPath())) continue;
            if (job.isDir() && newestIn(fs, job.getPath()).isEmpty()) deleteTree(job.getPath());
        }
    }

    /**
     * Deletes a folder tree. Flink may still be removing a subsumed checkpoint as the job ends, so
     * entries vanishing under the delete are expected: it is retried until the tree is gone.
     */
    static void deleteTree(Path p) throws IOException {
        FileSystem fs = p.getFileSystem();
        for (int attempt = 1; fs.exists(p); attempt++) {
            try {
                fs.delete(p, true);
            } catch (IOException e) {
                if (attempt >= 5) throw e;
            }
            if (attempt >= 5 && fs.exists(p)) throw new IOException("could not delete " + p);
            try {
                Thread.sleep(100L * attempt);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while deleting " + p, ie);
            }
        }
    }

    private static FileStatus[] list(FileSystem fs, Path dir) throws IOException {
        try {
            FileStatus[] s = fs.listStatus(dir);
            return s == null ? new FileStatus[0] : s;
        } catch (FileNotFoundException e) {
            return new FileStatus[0];
        }
    }
}
