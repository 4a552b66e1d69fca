package io.callqa.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may see and do what, over real HTTP: deny by default, roles, origin checks, traversal, injection, concurrent reviewers. */
class ReviewAccessTest {
    @TempDir Path state;
    ReviewServer server;

    @BeforeEach
    void start() throws Exception {
        server = ReviewFixture.server(state);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private WebClient as(String name) throws Exception {
        return new WebClient(server.port()).login(name);
    }

    @Test
    void nothingWithoutSigningIn() throws Exception {
        WebClient anonymous = new WebClient(server.port());
        assertEquals("/login", anonymous.get("/queue").headers().firstValue("Location").orElse(""));
        assertEquals(401, anonymous.get("/calls/rec-0001/audio").statusCode());
        assertEquals(401, anonymous.post("/calls/svc-0002/verdict", Map.of("verdict", "confirmed"), true).statusCode());
        assertEquals(200, anonymous.get("/login").statusCode());
        HttpResponse<String> wrong = anonymous.post("/login", Map.of("name", "insp", "password", "guess"), true);
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty(), "no session for a wrong password");
    }

    @Test
    void productSeesAggregatesButNoTranscriptOrRecording() throws Exception {
        WebClient product = as("prod");
        assertEquals(403, product.get("/calls/svc-0002").statusCode());
        assertEquals(403, product.get("/calls/rec-0001/audio").statusCode());
        assertEquals(403, product.get("/queue").statusCode());
        assertEquals(403, product.get("/audit").statusCode());
        assertEquals(200, product.get("/voc").statusCode());
    }

    @Test
    void recordingsStreamWithRangeRequests() throws Exception {
        WebClient inspector = as("insp");
        long size = Files.size(ReviewFixture.ROOT.resolve("in/rec-0001.wav"));
        HttpResponse<byte[]> part = inspector.bytes("/calls/rec-0001/audio", "Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals(100, part.body().length);
        assertEquals("bytes 100-199/" + size, part.headers().firstValue("Content-Range").orElse(""));
        byte[] file = Files.readAllBytes(ReviewFixture.ROOT.resolve("in/rec-0001.wav"));
        assertEquals(file[150], part.body()[50]);
        assertEquals(404, inspector.get("/calls/svc-0002/audio").statusCode(), "a transcript-only call has no recording");
    }

    @Test
    void traversalAndInjectionFailSafely() throws Exception {
        WebClient inspector = as("insp");
        for (String path : List.of("/calls/..%2F..%2F..%2Fetc%2Fpasswd/audio", "/calls/%2e%2e/audio", "/calls/..%5Cwindows/audio", "/static/../../pom.xml")) {
            HttpResponse<String> r = inspector.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " → " + r.statusCode());
            assertFalse(r.body().contains("root:"), path);
        }
        HttpResponse<String> injected = inspector.get("/queue?business_line=%27%20OR%201%3D1%20--");
        assertEquals(200, injected.statusCode());
        assertTrue(injected.body().contains("共 0 通"), "the filter is a value, not SQL");
        HttpResponse<String> script = inspector.get("/queue?team=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertFalse(script.body().contains("<script>alert(1)</script>"), "filters are escaped when shown back");
    }

    @Test
    void changesMustComeFromThisSite() throws Exception {
        WebClient inspector = as("insp");
        String target = firstTarget(inspector, "svc-0002");
        HttpResponse<String> forged = inspector.post("/calls/svc-0002/verdict", Map.of("version", "0", "target", target, "verdict", "confirmed"), false);
        assertEquals(403, forged.statusCode());
        assertEquals(403, as("sup").post("/calls/rec-0001/verdict", Map.of("version", "0", "target", target, "verdict", "confirmed"), true).statusCode(),
                "a supervisor appeals, and does not judge findings");
        assertEquals(404, as("sup").get("/calls/svc-0002").statusCode(), "a supervisor sees only their team's calls");
    }

    @Test
    void concurrentReviewersNeverOverwriteEachOtherUnseen() throws Exception {
        WebClient a = as("insp"), b = as("lead");
        String target = firstTarget(a, "col-0002");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WebClient who = i % 2 == 0 ? a : b;
            String verdict = i % 2 == 0 ? "confirmed" : "false_positive";
            results.add(pool.submit((Callable<Integer>) () -> who.post("/calls/col-0002/verdict",
                    Map.of("version", "0", "target", target, "verdict", verdict, "reason", "并发测试"), true).statusCode()));
        }
        int accepted = 0, refused = 0;
        for (Future<Integer> f : results) {
            int code = f.get();
            if (code == 302) accepted++;
            else if (code == 409) refused++;
        }
        pool.shutdown();
        assertEquals(1, accepted, "exactly one decision on version 0 is accepted");
        assertEquals(7, refused, "the others are told the call changed");
        long logged = Files.readAllLines(state.resolve("audit.jsonl")).stream().filter(l -> l.contains("\"hit_verdict\"")).count();
        assertEquals(1, logged);

        // The decision is in the lake's reviews table, read back with plain DuckDB.
        String file = ReviewFixture.LAKE.resolve("reviews/reviews.parquet").toString();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.ResultSet rs = db.createStatement().executeQuery("SELECT call_id, rule_id || '@' || start_ms, reviewer FROM read_parquet('" + file + "')")) {
            assertTrue(rs.next());
            assertEquals("col-0002", rs.getString(1));
            assertEquals(target, rs.getString(2));
            assertTrue(List.of("insp", "lead").contains(rs.getString(3)));
            assertFalse(rs.next(), "one verdict, one row");
        }
    }

    @Test
    void anEditedAuditLogIsRefused() throws Exception {
        WebClient inspector = as("insp");
        String target = firstTarget(inspector, "svc-0002");
        assertEquals(302, inspector.post("/calls/svc-0002/verdict", Map.of("version", "0", "target", target, "verdict", "confirmed"), true).statusCode());
        server.close();
        Path log = state.resolve("audit.jsonl");
        Files.writeString(log, Files.readString(log).replace("\"confirmed\"", "\"false_positive\""));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> new AuditLog(log));
        assertTrue(e.getMessage().contains("audit.jsonl:") && e.getMessage().contains("altered"), e.getMessage());
        server = ReviewFixture.server(Files.createTempDirectory(state, "fresh"));
    }

    /** The first finding's target on a call page, as its verdict form carries it. */
    static String firstTarget(WebClient c, String callId) throws Exception {
        Matcher m = Pattern.compile("name=\"target\" value=\"([^\"]+)\"").matcher(c.get("/calls/" + callId).body());
        assertTrue(m.find(), "a finding on " + callId);
        return m.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
