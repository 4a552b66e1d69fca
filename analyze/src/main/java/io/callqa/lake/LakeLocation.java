package io.callqa.lake;

import io.callqa.s3.S3Objects;
import io.callqa.s3.S3Settings;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a lake (or an input) lives: a local folder, or a bucket prefix written s3://bucket/prefix.
 * The job reaches both through Flink's file systems; SQL reads a local folder, so a bucket lake is
 * first mirrored to a local cache ({@link LakeMirror}).
 */
public record LakeLocation(String uri) implements Serializable {

    /** A command-line argument: s3://bucket/prefix, or a local folder (relative to the working directory). */
    public static LakeLocation of(String arg) {
        if (arg.startsWith("s3://")) {
            URI u = URI.create(arg);
            if (u.getAuthority() == null) throw new IllegalArgumentException(arg + " names no bucket: write s3://BUCKET/prefix");
            return new LakeLocation("s3://" + u.getAuthority() + "/" + strip(u.getPath()));
        }
        if (arg.contains("://")) throw new IllegalArgumentException(arg + ": only local folders and s3://bucket/prefix are supported");
        return new LakeLocation(Path.of(arg).toAbsolutePath().normalize().toUri().toString());
    }

    public static LakeLocation of(Path folder) {
        return of(folder.toString());
    }

    public boolean inBucket() {
        return uri.startsWith("s3://");
    }

    /** The local folder of a local lake. */
    public Path folder() {
        if (inBucket()) throw new IllegalStateException(uri + " is in a bucket, not a local folder");
        return Path.of(URI.create(uri));
    }

    public String bucket() {
        return URI.create(uri).getAuthority();
    }

    /** The key prefix inside the bucket, "" or ending in "/". */
    public String prefix() {
        String p = strip(URI.create(uri).getPath());
        return p.isEmpty() ? "" : p + "/";
    }

    public org.apache.flink.core.fs.Path resolve(String child) {
        return new org.apache.flink.core.fs.Path(uri.endsWith("/") ? uri + child : uri + "/" + child);
    }

    public org.apache.flink.core.fs.Path flinkPath() {
        return new org.apache.flink.core.fs.Path(uri);
    }

    /** A local folder holding the lake's tables, for SQL: the lake itself, or a bucket lake's fresh mirror. */
    public Path forQuery() throws IOException {
        if (!inBucket()) {
            Files.createDirectories(folder());
            return folder();
        }
        S3Objects objects = new S3Objects(S3Settings.fromEnvironment().client(), bucket());
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "callqa", "lake-mirror", bucket()).resolve(prefix());
        return LakeMirror.sync(objects, prefix(), cache);
    }

    @Override
    public String toString() {
        return inBucket() ? uri : folder().toString();
    }

    private static String strip(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) p = p.substring(1);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p;
    }
}
