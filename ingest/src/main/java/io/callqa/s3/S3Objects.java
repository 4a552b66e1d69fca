package io.callqa.s3;

import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handful of object operations callqa needs, on one bucket, with the MinIO client's many
 * checked exceptions turned into IOExceptions that name the object.
 */
public final class S3Objects {
    /** An object or a common prefix ("folder") as listed. */
    public record Entry(String key, long size, long modifiedMs, boolean folder) {}

    private final MinioClient client;
    public final String bucket;

    public S3Objects(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** The object's size and modification time, or empty if there is no such object. */
    public Optional<Entry> stat(String key) throws IOException {
        try {
            StatObjectResponse r = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return Optional.of(new Entry(key, r.size(), r.lastModified().toInstant().toEpochMilli(), false));
        } catch (ErrorResponseException e) {
            if (isMissing(e)) return Optional.empty();
            throw failed("stat", key, e);
        } catch (Exception e) {
            throw failed("stat", key, e);
        }
    }

    /** Objects and sub-folders directly under a folder prefix (ending in "/"), or every object below it when recursive. */
    public List<Entry> list(String prefix, boolean recursive) throws IOException {
        List<Entry> out = new ArrayList<>();
        try {
            for (Result<Item> r : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(recursive).build())) {
                Item i = r.get();
                out.add(i.isDir() ? new Entry(i.objectName(), 0, 0, true)
                        : new Entry(i.objectName(), i.size(), i.lastModified().toInstant().toEpochMilli(), false));
            }
        } catch (ErrorResponseException e) {
            if (isMissing(e)) return out;
            throw failed("list", prefix, e);
        } catch (Exception e) {
            throw failed("list", prefix, e);
        }
        return out;
    }

    /** The object's bytes from an offset on. */
    public InputStream read(String key, long offset) throws IOException {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).offset(offset).build());
        } catch (ErrorResponseException e) {
            if (isMissing(e)) throw new FileNotFoundException("s3://" + bucket + "/" + key + " does not exist");
            throw failed("read", key, e);
        } catch (Exception e) {
            throw failed("read", key, e);
        }
    }

    public void upload(Path file, String key) throws IOException {
        try {
            client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key).filename(file.toString()).build());
        } catch (Exception e) {
            throw failed("upload", key, e);
        }
    }

    /** Server-side copy within the bucket. */
    public void copy(String from, String to) throws IOException {
        try {
            client.copyObject(CopyObjectArgs.builder().bucket(bucket).object(to)
                    .source(CopySource.builder().bucket(bucket).object(from).build()).build());
        } catch (Exception e) {
            throw failed("copy " + from + " to", to, e);
        }
    }

    public void remove(String key) throws IOException {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (Exception e) {
            throw failed("remove", key, e);
        }
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NotFound".equals(code);
    }

    private IOException failed(String what, String key, Exception e) {
        if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        return new IOException("S3 " + what + " s3://" + bucket + "/" + key + " failed: " + e, e);
    }
}
