package io.callqa.s3;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.core.fs.BlockLocation;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.apache.flink.core.fs.RecoverableWriter;

/**
 * A Flink file system over one S3 / MinIO bucket (s3://bucket/key), through the MinIO client. With
 * it the job's file source, Parquet file sinks and checkpoints work on a bucket exactly as on a
 * local folder. Folders are key prefixes: they exist while something is under them.
 */
public final class S3FileSystem extends FileSystem {
    private final S3Objects objects;
    private final URI root;

    public S3FileSystem(S3Objects objects) {
        this.objects = objects;
        this.root = URI.create("s3://" + objects.bucket + "/");
    }

    static String key(Path p) {
        String k = p.toUri().getPath();
        while (k.startsWith("/")) k = k.substring(1);
        return k;
    }

    static String folder(String key) {
        return key.isEmpty() || key.endsWith("/") ? key : key + "/";
    }

    private Path path(String key) {
        return new Path(root.resolve(key.endsWith("/") ? key.substring(0, key.length() - 1) : key));
    }

    @Override
    public FileStatus getFileStatus(Path p) throws IOException {
        String key = key(p);
        if (key.isEmpty()) return ObjectStatus.folder(p);
        Optional<S3Objects.Entry> o = objects.stat(key);
        if (o.isPresent()) return new ObjectStatus(p, o.get().size(), o.get().modifiedMs(), false);
        if (!objects.list(folder(key), false).isEmpty()) return ObjectStatus.folder(p);
        throw new FileNotFoundException(p + " does not exist");
    }

    @Override
    public FileStatus[] listStatus(Path p) throws IOException {
        List<FileStatus> out = new ArrayList<>();
        for (S3Objects.Entry e : objects.list(folder(key(p)), false)) {
            out.add(e.folder() ? ObjectStatus.folder(path(e.key())) : new ObjectStatus(path(e.key()), e.size(), e.modifiedMs(), false));
        }
        return out.toArray(FileStatus[]::new);
    }

    @Override
    public FSDataInputStream open(Path p, int bufferSize) throws IOException {
        return open(p);
    }

    @Override
    public FSDataInputStream open(Path p) throws IOException {
        String key = key(p);
        if (objects.stat(key).isEmpty()) throw new FileNotFoundException(p + " does not exist");
        return new S3InputStream(objects, key);
    }

    @Override
    public FSDataOutputStream create(Path p, WriteMode mode) throws IOException {
        if (mode == WriteMode.NO_OVERWRITE && objects.stat(key(p)).isPresent()) throw new IOException(p + " already exists");
        return new S3OutputStream(objects, key(p));
    }

    @Override
    public boolean delete(Path p, boolean recursive) throws IOException {
        String key = key(p);
        boolean deleted = false;
        if (!key.isEmpty() && objects.stat(key).isPresent()) {
            objects.remove(key);
            deleted = true;
        }
        List<S3Objects.Entry> below = objects.list(folder(key), true);
        if (!below.isEmpty() && !recursive) throw new IOException(p + " is not empty");
        for (S3Objects.Entry e : below) objects.remove(e.key());
        return deleted || !below.isEmpty();
    }

    /** Object stores have no empty folders; a folder appears with its first object. */
    @Override
    public boolean mkdirs(Path p) {
        return true;
    }

    @Override
    public boolean rename(Path from, Path to) throws IOException {
        String src = key(from);
        if (objects.stat(src).isEmpty()) return false;
        objects.copy(src, key(to));
        objects.remove(src);
        return true;
    }

    @Override
    public RecoverableWriter createRecoverableWriter() {
        return new S3RecoverableWriter(objects);
    }

    @Override
    public BlockLocation[] getFileBlockLocations(FileStatus file, long start, long len) {
        return new BlockLocation[] {new WholeObject(file.getLen())};
    }

    @Override
    public Path getWorkingDirectory() {
        return new Path(root);
    }

    @Override
    public Path getHomeDirectory() {
        return new Path(root);
    }

    @Override
    public URI getUri() {
        return root;
    }

    @Override
    public boolean isDistributedFS() {
        return true;
    }

    /** An object is one block with no particular host. */
    private record WholeObject(long getLength) implements BlockLocation {
        @Override
        public String[] getHosts() {
            return new String[] {"localhost"};
        }

        @Override
        public long getOffset() {
            return 0;
        }

        @Override
        public int compareTo(BlockLocation o) {
            return Long.compare(getOffset(), o.getOffset());
        }
    }
}
