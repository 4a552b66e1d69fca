package io.callqa.s3;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.UUID;
import org.apache.flink.core.fs.Path;
import org.apache.flink.core.fs.RecoverableFsDataOutputStream;
import org.apache.flink.core.fs.RecoverableWriter;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Exactly-once files on S3 for Flink's file sink and checkpoint metadata. At a checkpoint a part
 * file is uploaded whole as a hidden pending object beside its final name; when the checkpoint
 * completes the pending object is copied to the final name and removed. A restart re-commits the
 * pending objects of the checkpoint it restores (a copy already made is not made twice); pending
 * objects of checkpoints that never completed are never committed, so nothing appears twice.
 *
 * <p>Part files roll on every checkpoint, so in-progress files never need resuming.
 */
final class S3RecoverableWriter implements RecoverableWriter {
    private final S3Objects objects;

    S3RecoverableWriter(S3Objects objects) {
        this.objects = objects;
    }

    /** Where a part file waits for its checkpoint: hidden (leading dot) and not *.parquet, so no reader picks it up. */
    static String pendingKey(String finalKey) {
        int slash = finalKey.lastIndexOf('/');
        return finalKey.substring(0, slash + 1) + "." + finalKey.substring(slash + 1) + ".pending-" + UUID.randomUUID();
    }

    @Override
    public RecoverableFsDataOutputStream open(Path path) throws IOException {
        return new PendingStream(new S3OutputStream(objects, S3FileSystem.key(path)));
    }

    @Override
    public RecoverableFsDataOutputStream.Committer recoverForCommit(CommitRecoverable r) {
        return new PendingCommit(objects, (PendingObject) r);
    }

    @Override
    public RecoverableFsDataOutputStream recover(ResumeRecoverable r) {
        throw new UnsupportedOperationException("S3 part files roll on every checkpoint and are never resumed");
    }

    @Override
    public boolean requiresCleanupOfRecoverableState() {
        return false;
    }

    @Override
    public boolean cleanupRecoverableState(ResumeRecoverable r) {
        return true;
    }

    @Override
    public SimpleVersionedSerializer<CommitRecoverable> getCommitRecoverableSerializer() {
        return PendingObject.SERIALIZER;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public SimpleVersionedSerializer<ResumeRecoverable> getResumeRecoverableSerializer() {
        return (SimpleVersionedSerializer) PendingObject.SERIALIZER;
    }

    @Override
    public boolean supportsResume() {
        return false;
    }

    /** An uploaded part file waiting for its checkpoint to complete. */
    record PendingObject(String pendingKey, String finalKey) implements CommitRecoverable, ResumeRecoverable {
        static final SimpleVersionedSerializer<CommitRecoverable> SERIALIZER = new SimpleVersionedSerializer<>() {
            @Override
            public int getVersion() {
                return 1;
            }

            @Override
            public byte[] serialize(CommitRecoverable r) throws IOException {
                PendingObject p = (PendingObject) r;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(bytes)) {
                    out.writeUTF(p.pendingKey);
                    out.writeUTF(p.finalKey);
                }
                return bytes.toByteArray();
            }

            @Override
            public CommitRecoverable deserialize(int version, byte[] data) throws IOException {
                if (version != 1) throw new IOException("unknown S3 pending-object format version " + version);
                try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                    return new PendingObject(in.readUTF(), in.readUTF());
                }
            }
        };
    }

    /** Written to a local spool; {@link #closeForCommit} uploads it as a pending object. */
    private static final class PendingStream extends RecoverableFsDataOutputStream {
        private final S3OutputStream spool;

        PendingStream(S3OutputStream spool) {
            this.spool = spool;
        }

        @Override
        public void write(int b) throws IOException {
            spool.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            spool.write(b, off, len);
        }

        @Override
        public long getPos() {
            return spool.getPos();
        }

        @Override
        public void flush() throws IOException {
            spool.flush();
        }

        @Override
        public void sync() throws IOException {
            spool.sync();
        }

        @Override
        public ResumeRecoverable persist() {
            throw new UnsupportedOperationException("S3 part files roll on every checkpoint and are never persisted half-written");
        }

        @Override
        public Committer closeForCommit() throws IOException {
            PendingObject p = new PendingObject(pendingKey(spool.key), spool.key);
            spool.uploadTo(p.pendingKey());
            return new PendingCommit(spool.objects, p);
        }

        /** Closing without commit discards the spool: nothing reaches the bucket. */
        @Override
        public void close() throws IOException {
            if (spool.closed) return;
            spool.closed = true;
            java.nio.file.Files.deleteIfExists(spool.spool);
        }
    }

    /** Publishes a pending object under its final name. */
    private record PendingCommit(S3Objects objects, PendingObject p) implements RecoverableFsDataOutputStream.Committer {
        @Override
        public void commit() throws IOException {
            objects.copy(p.pendingKey(), p.finalKey());
            objects.remove(p.pendingKey());
        }

        /** After a restart the copy may already have been made (and the pending object removed). */
        @Override
        public void commitAfterRecovery() throws IOException {
            if (objects.stat(p.pendingKey()).isPresent()) commit();
            else if (objects.stat(p.finalKey()).isEmpty())
                throw new IOException("s3://" + objects.bucket + "/" + p.pendingKey() + " is gone and " + p.finalKey() + " was never written");
        }

        @Override
        public CommitRecoverable getRecoverable() {
            return p;
        }
    }
}
