package io.callqa.transcribe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Downloads an official Vosk model zip into a cache folder, checks its SHA-256, and unpacks it.
 * Vosk does not publish checksums, so the expected SHA-256 is the user's (from the bank's verified
 * copy); nothing unverified is ever unpacked. Never called by tests against the internet.
 */
public final class ModelDownloader {
    /** Official model archives by name. */
    public static final Map<String, String> OFFICIAL = Map.of(
            "vosk-model-small-cn-0.22", "https://alphacephei.com/vosk/models/vosk-model-small-cn-0.22.zip",
            "vosk-model-cn-0.22", "https://alphacephei.com/vosk/models/vosk-model-cn-0.22.zip");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final PrintStream progress;

    public ModelDownloader(PrintStream progress) {
        this.progress = progress;
    }

    /** Downloads {@code url}, verifies it, unpacks it under {@code cache}; returns the model folder. */
    public Path download(String name, URI url, String expectedSha256, Path cache) throws IOException, InterruptedException {
        if (expectedSha256 == null || !expectedSha256.matches("[0-9a-fA-F]{64}")) {
            throw new IOException("give the expected SHA-256 of " + name + ".zip (64 hex digits) with --sha256; Vosk publishes none,"
                    + " so take it from a copy your bank has verified");
        }
        Path target = cache.resolve(name);
        if (Files.isDirectory(target.resolve("am"))) {
            progress.println("model already unpacked: " + target);
            return target;
        }
        Files.createDirectories(cache);
        Path zip = cache.resolve(name + ".zip.part");
        String actual = fetch(url, zip);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            Files.deleteIfExists(zip);
            throw new IOException("SHA-256 mismatch for " + url + ": expected " + expectedSha256.toLowerCase() + ", got " + actual
                    + "; the download was deleted");
        }
        Path staging = Files.createTempDirectory(cache, ".unpack-");
        unzip(zip, staging);
        Path unpacked = Files.isDirectory(staging.resolve(name)) ? staging.resolve(name) : staging;
        if (!Files.isDirectory(unpacked.resolve("am"))) throw new IOException(url + " does not contain a Vosk model (" + name + "/am missing)");
        Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(zip);
        deleteTree(staging);
        progress.println("model ready: " + target);
        return target;
    }

    private String fetch(URI url, Path to) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            r.body().close();
            throw new IOException("download of " + url + " failed: HTTP " + r.statusCode());
        }
        long total = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(r.body(), sha); OutputStream out = Files.newOutputStream(to)) {
            byte[] buf = new byte[1 << 16];
            long done = 0;
            int lastShown = -1;
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                done += n;
                int pct = total > 0 ? (int) (done * 100 / total) : -1;
                if (pct != lastShown && (pct < 0 ? done % (8 << 20) < n : true)) {
                    progress.print("\r" + bar(done, total));
                    lastShown = pct;
                }
            }
        }
        progress.println();
        return HexFormat.of().formatHex(sha.digest());
    }

    static String bar(long done, long total) {
        if (total <= 0) return String.format("downloaded %.1f MB", done / 1e6);
        int filled = (int) (done * 30 / total);
        return String.format("[%s%s] %3d%% %.1f/%.1f MB", "#".repeat(filled), " ".repeat(30 - filled), done * 100 / total, done / 1e6, total / 1e6);
    }

    /** Unpacks a zip, refusing entries that would land outside {@code into} (zip slip). */
    static void unzip(Path zip, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path dest = root.resolve(e.getName()).normalize();
                if (!dest.startsWith(root)) throw new IOException("refusing zip entry outside the model folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }
}
