package io.callqa.s3;

import io.minio.MinioClient;
import java.io.Serializable;
import java.util.function.Function;

/**
 * Where the S3 / MinIO store is and how to sign in. Each setting comes from the Flink
 * configuration key (s3.endpoint, s3.access-key, s3.secret-key, s3.region) when set, else from
 * the environment: CALLQA_S3_ENDPOINT, CALLQA_S3_ACCESS_KEY, CALLQA_S3_SECRET_KEY, CALLQA_S3_REGION,
 * or the AWS_* names the AWS tools use.
 */
public record S3Settings(String endpoint, String accessKey, String secretKey, String region) implements Serializable {

    public static final String HOW_TO_CONFIGURE = "set CALLQA_S3_ENDPOINT (e.g. http://minio:9000), CALLQA_S3_ACCESS_KEY and CALLQA_S3_SECRET_KEY";

    /** Settings from a key lookup (the Flink configuration), falling back to the environment. */
    public static S3Settings from(Function<String, String> config) {
        return new S3Settings(
                first(config.apply("s3.endpoint"), System.getenv("CALLQA_S3_ENDPOINT"), System.getenv("AWS_ENDPOINT_URL")),
                first(config.apply("s3.access-key"), System.getenv("CALLQA_S3_ACCESS_KEY"), System.getenv("AWS_ACCESS_KEY_ID")),
                first(config.apply("s3.secret-key"), System.getenv("CALLQA_S3_SECRET_KEY"), System.getenv("AWS_SECRET_ACCESS_KEY")),
                first(config.apply("s3.region"), System.getenv("CALLQA_S3_REGION"), "us-east-1"));
    }

    public static S3Settings fromEnvironment() {
        return from(key -> null);
    }

    public MinioClient client() {
        if (endpoint == null) throw new IllegalStateException("no S3 endpoint configured: " + HOW_TO_CONFIGURE);
        MinioClient.Builder b = MinioClient.builder().endpoint(endpoint).region(region);
        if (accessKey != null) b.credentials(accessKey, secretKey == null ? "" : secretKey);
        return b.build();
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", accessKey=" + accessKey + ", region=" + region + "]"; // never the secret
    }
}
