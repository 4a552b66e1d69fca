package io.callqa.s3;

import java.io.IOException;
import java.net.URI;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.FileSystemFactory;

/** Registers {@link S3FileSystem} for s3:// paths (found by Flink through META-INF/services). */
public final class S3FileSystemFactory implements FileSystemFactory {
    private S3Settings settings = S3Settings.fromEnvironment();

    @Override
    public String getScheme() {
        return "s3";
    }

    @Override
    public void configure(Configuration config) {
        settings = S3Settings.from(key -> config.get(ConfigOptions.key(key).stringType().noDefaultValue()));
    }

    @Override
    public FileSystem create(URI uri) throws IOException {
        if (uri.getAuthority() == null) throw new IOException(uri + " names no bucket (s3://BUCKET/prefix)");
        if (settings.endpoint() == null) throw new IOException("cannot open " + uri + ": no S3 endpoint configured; " + S3Settings.HOW_TO_CONFIGURE);
        return new S3FileSystem(new S3Objects(settings.client(), uri.getAuthority()));
    }
}
