package io.callqa.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compliance officers' search over the fixture lake's transcripts, its filters, and exports recorded in the audit log. */
class AuditSearchTest {
    @TempDir Path state;
    ReviewServer server;
    WebClient compliance;

    @BeforeEach
    void start() throws Exception {
        server = ReviewFixture.server(state);
        compliance = new WebClient(server.port()).login("comp");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> search(WebClient c, String query) throws Exception {
        return c.get("/search?" + query);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void phrasesBooleansAndHighlights() throws Exception {
        String page = search(compliance, q("\"听不懂\"")).body();
        assertTrue(page.contains("/calls/svc-0002") && !page.contains("/calls/col-0002"), page);
        assertTrue(page.contains("<mark class=\"hit\">听不懂</mark>"), "the matched words are highlighted");
        String both = search(compliance, q("\"后果自负\" OR \"听不懂\"")).body();
        assertTrue(both.contains("/calls/svc-0002") && both.contains("/calls/col-0002"), both);
        String not = search(compliance, q("(\"后果自负\" OR \"听不懂\") AND NOT \"神经病\"")).body();
        assertTrue(not.contains("/calls/svc-0002") && !not.contains("/calls/col-0002"), not);
        HttpResponse<String> broken = search(compliance, q("\"未闭合"));
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("查询语法错误"));
    }

    @Test
    void callsWhereACategoryWasOrWasNotFound() throws Exception {
        String found = search(compliance, "found=collection_threat").body();
        assertTrue(found.contains("/calls/col-0002") && !found.contains("/calls/svc-0002"), found);
        String missing = search(compliance, "missing=collection_threat").body();
        assertTrue(missing.contains("/calls/svc-0002") && !missing.contains("/calls/col-0002"), missing);
    }

    @Test
    void exportsAreCsvForExcelAndAudited() throws Exception {
        HttpResponse<byte[]> csv = compliance.bytes("/search/export?" + q("\"听不懂\""));
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF通话 call_id"), "UTF-8 with a byte-order mark");
        assertTrue(text.contains("\"svc-0002\""));
        assertFalse(text.contains("\"col-0002\""));
        String log = Files.readString(state.resolve("audit.jsonl"));
        assertTrue(log.contains("\"action\":\"export\"") && log.contains("听不懂") && log.contains("rows=1"), log);
        assertEquals("\"'=cmd|' /C calc'!A0\"", SearchPage.cell("=cmd|' /C calc'!A0"), "no formula injection into Excel");
    }

    @Test
    void searchIsNotForEveryone() throws Exception {
        assertEquals(403, new WebClient(server.port()).login("prod").get("/search?" + q("\"听不懂\"")).statusCode());
        assertEquals(403, new WebClient(server.port()).login("insp").get("/search/export?" + q("\"听不懂\"")).statusCode());
    }
}
