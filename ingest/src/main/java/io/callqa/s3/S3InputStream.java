package io.callqa.s3;

import java.io.IOException;
import java.io.InputStream;
import org.apache.flink.core.fs.FSDataInputStream;

/** Reads an object from the current position; a seek reopens the object at the new offset. */
final class S3InputStream extends FSDataInputStream {
    private final S3Objects objects;
    private final String key;
    private InputStream in;
    private long pos;

    S3InputStream(S3Objects objects, String key) {
        this.objects = objects;
        this.key = key;
    }

    private InputStream in() throws IOException {
        if (in == null) in = objects.read(key, pos);
        return in;
    }

    @Override
    public void seek(long to) throws IOException {
        if (to == pos) return;
        close();
        pos = to;
    }

    @Override
    public long getPos() {
        return pos;
    }

    @Override
    public int read() throws IOException {
        int b = in().read();
        if (b >= 0) pos++;
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = in().read(buf, off, len);
        if (n > 0) pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (in != null) in.close();
        in = null;
    }
}
