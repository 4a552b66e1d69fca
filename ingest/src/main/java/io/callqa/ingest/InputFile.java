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

    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
