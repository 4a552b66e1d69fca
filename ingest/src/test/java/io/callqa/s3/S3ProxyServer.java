package io.callqa.s3;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real S3 server for tests: S3Proxy (filesystem backend) in its own process, from the jar the
 * build copies to target/s3proxy. It can be stopped and started again on the same port and data,
 * which is how tests make a bucket outage.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "callqa-test";
    public static final String SECRET_KEY = "callqa-test-secret";

    private final Path dataDir;
    private final Path log;
    private final int port;
    private Process process;

    public S3ProxyServer(Path workDir) throws IOException {
        this.dataDir = Files.createDirectories(workDir.resolve("s3-data"));
        this.log = workDir.resolve("s3proxy.log");
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        Path conf = workDir.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + dataDir) + "\n");
        start();
    }

    public static Path jar() {
        Path jar = Path.of("target/s3proxy/s3proxy.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException(jar + " missing: the build copies it (mvn generate-test-resources)");
        return jar;
    }

    public void start() throws IOException {
        Path conf = log.resolveSibling("s3proxy.conf");
        process = new ProcessBuilder("java", "-Xmx256m", "-jar", jar().toString(), "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) throw new IOException("S3Proxy exited: " + Files.readString(log));
                if (System.currentTimeMillis() > deadline) throw new IOException("S3Proxy did not start in 60 s: " + Files.readString(log));
                sleep(100);
            }
        }
    }

    /** Stops the server (the bucket's data stays on disk). */
    public void stop() throws InterruptedException {
        if (process == null) return;
        process.destroy();
        process.waitFor();
        process = null;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public MinioClient client() {
        return MinioClient.builder().endpoint(endpoint()).credentials(ACCESS_KEY, SECRET_KEY).region("us-east-1").build();
    }

    public void createBucket(String bucket) throws Exception {
        MinioClient c = client();
        if (!c.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) c.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
    }

    /** Settings as environment variables, for a job run in its own process. */
    public Map<String, String> environment() {
        return Map.of("CALLQA_S3_ENDPOINT", endpoint(), "CALLQA_S3_ACCESS_KEY", ACCESS_KEY, "CALLQA_S3_SECRET_KEY", SECRET_KEY);
    }

    /** The same settings as Flink configuration keys, for a job in this JVM. */
    public Map<String, String> flinkConfig() {
        return Map.of("s3.endpoint", endpoint(), "s3.access-key", ACCESS_KEY, "s3.secret-key", SECRET_KEY);
    }

    public List<String> keys(String bucket, String prefix) throws IOException {
        return new S3Objects(client(), bucket).list(prefix, true).stream().map(S3Objects.Entry::key).sorted().toList();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
