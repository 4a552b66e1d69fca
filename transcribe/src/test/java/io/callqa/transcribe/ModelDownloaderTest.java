package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model download against a real HTTP server on loopback serving model-shaped zips. */
class ModelDownloaderTest {
    @TempDir Path tmp;
    private HttpServer server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private ModelDownloader downloader;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        downloader = new ModelDownloader(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI serve(String path, byte[] body) {
        server.createContext(path, ex -> {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(("content of " + e).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void downloadsVerifiesAndUnpacksWithProgress() throws Exception {
        byte[] body = zip("m-1/am/final.mdl", "m-1/conf/model.conf", "m-1/graph/HCLr.fst");
        Path model = downloader.download("m-1", serve("/m-1.zip", body), sha(body), tmp.resolve("cache"));
        assertEquals(tmp.resolve("cache/m-1"), model);
        assertEquals("content of m-1/am/final.mdl", Files.readString(model.resolve("am/final.mdl")));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("100%"), log.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(tmp.resolve("cache/m-1.zip.part")));
        // a second call finds the unpacked model and does not download again
        server.removeContext("/m-1.zip");
        assertEquals(model, downloader.download("m-1", URI.create("http://127.0.0.1:1/none"), sha(body), tmp.resolve("cache")));
    }

    @Test
    void aWrongChecksumDeletesTheDownloadAndUnpacksNothing() throws Exception {
        byte[] body = zip("m-2/am/final.mdl");
        String wrong = "0".repeat(64);
        IOException e = assertThrows(IOException.class, () -> downloader.download("m-2", serve("/m-2.zip", body), wrong, tmp.resolve("c")));
        assertTrue(e.getMessage().contains("SHA-256 mismatch") && e.getMessage().contains(sha(body)), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("c/m-2")) && Files.notExists(tmp.resolve("c/m-2.zip.part")));
    }

    @Test
    void refusesMissingChecksumHttpErrorsAndZipSlip() throws Exception {
        assertTrue(assertThrows(IOException.class, () -> downloader.download("m", URI.create("http://127.0.0.1:1/x"), null, tmp))
                .getMessage().contains("--sha256"));
        URI missing = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/missing.zip");
        assertTrue(assertThrows(IOException.class, () -> downloader.download("m", missing, "a".repeat(64), tmp))
                .getMessage().contains("HTTP 404"));
        byte[] evil = zip("../../evil.txt");
        IOException e = assertThrows(IOException.class, () -> downloader.download("m-3", serve("/m-3.zip", evil), sha(evil), tmp.resolve("c")));
        assertTrue(e.getMessage().contains("outside the model folder"), e.getMessage());
        assertTrue(Files.notExists(tmp.resolve("evil.txt")) && Files.notExists(tmp.getParent().resolve("evil.txt")));
    }
}
