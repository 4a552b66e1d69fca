package io.callqa.s3;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.core.fs.FSDataOutputStream;

/**
 * Spools what is written to a local temporary file; the object appears, whole, when the stream is
 * closed. S3 has no append, so nothing partial is ever visible in the bucket.
 */
class S3OutputStream extends FSDataOutputStream {
    final S3Objects objects;
    final String key;
    final Path spool;
    private final OutputStream out;
    private long pos;
    boolean closed;

    S3OutputStream(S3Objects objects, String key) throws IOException {
        this.objects = objects;
        this.key = key;
        this.spool = Files.createTempFile("callqa-s3-", ".spool");
        this.out = Files.newOutputStream(spool);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        pos++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        pos += len;
    }

    @Override
    public long getPos() {
        return pos;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Durability comes at close, when the object is uploaded. */
    @Override
    public void sync() throws IOException {
        out.flush();
    }

    /** Closes the spool and uploads it to {@code target}; the spool is removed either way. */
    void uploadTo(String target) throws IOException {
        closed = true;
        try {
            out.close();
            objects.upload(spool, target);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) uploadTo(key);
    }
}
