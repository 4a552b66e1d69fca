package io.callqa.s3;

import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.Path;

/** An object (or a key prefix standing for a folder) as Flink sees it. */
record ObjectStatus(Path getPath, long getLen, long getModificationTime, boolean isDir) implements FileStatus {

    static ObjectStatus folder(Path p) {
        return new ObjectStatus(p, 0, 0, true);
    }

    @Override
    public long getBlockSize() {
        return Math.max(getLen, 1);
    }

    @Override
    public short getReplication() {
        return 1;
    }

    @Override
    public long getAccessTime() {
        return 0;
    }
}
