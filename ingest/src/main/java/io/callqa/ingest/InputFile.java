package io.callqa.ingest;

import java.io.Serializable;

/** One file found in the input folder, read whole, with its recording's sidecar metadata if present. */
public class InputFile implements Serializable {
    public String path;
    public long modifiedMs;
    /** Size on disk; bytes is left empty when the file is too large to read. */
    public long sizeBytes;
    public byte[] bytes;
    /** Contents of NAME.json beside a NAME.wav recording, or null. */
    public byte[] sidecar;

    public InputFile() {}

    public InputFile(String path, long modifiedMs, long sizeBytes, byte[] bytes, byte[] sidecar) {
        this.path = path;
        this.modifiedMs = modifiedMs;
        this.sizeBytes = sizeBytes;
        this.bytes = bytes;
        this.sidecar = sidecar;
    }

    /** How the lake names an input: the local path, or the whole URI (s3://bucket/key) of a file elsewhere. */
    public static String source(org.apache.flink.core.fs.Path p) {
        java.net.URI u = p.toUri();
        return u.getScheme() == null || u.getScheme().equals("file") ? u.getPath() : u.toString();
    }

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
