package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every named query runs on a real lake; the answers are what the sample calls hold. */
class NamedQueriesTest {
    @TempDir Path tmp;

    @Test
    void everyNamedQueryAnswersOnTheSampleLake() throws Exception {
        Path in = tmp.resolve("in");
        for (String s : new String[] {"svc-0002", "wm-0001", "col-0002", "svc-0001"}) TestInputs.copySample(s + ".transcript.json", in);
        TestInputs.transcriptAs("svc-0001", "svc-0001-again", in); // the same customer calls back the same day
        Path lake = tmp.resolve("lake");
        assertEquals(0, RunCommand.run(TestInputs.once(in, lake, true), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        for (String name : QueryCommand.named().keySet()) {
            String out = query(lake, name);
            assertTrue(out.contains("行 rows"), name + ":\n" + out);
        }
        assertTrue(query(lake, "red-lines-by-rule").contains("WM-GUARANTEE-01"));
        String repeat = query(lake, "repeat-callers");
        assertTrue(repeat.contains("svc-0001") && repeat.contains("svc-0001-again"), repeat);
    }

    @Test
    void theJobWritesTopicTrendsThatAddUpToTheCalls() throws Exception {
        Path in = tmp.resolve("in");
        Path lake = tmp.resolve("lake");
        // Two runs, the second adding calls to the same days: its windows must hold both runs' calls.
        for (String s : new String[] {"svc-0001", "wm-0001", "col-0001"}) TestInputs.copySample(s + ".transcript.json", in);
        assertEquals(0, RunCommand.run(TestInputs.once(in, lake, true), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        for (String s : new String[] {"svc-0002", "col-0002", "ins-0001"}) TestInputs.copySample(s + ".transcript.json", in);
        TestInputs.transcriptAs("col-0001", "col-0001-again", in); // same day, line and topic as a call of the first run
        TestInputs.transcriptAs("wm-0001", "wm-0001-again", in);
        assertEquals(0, RunCommand.run(TestInputs.once(in, lake, true), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(List.of("2"), LakeReader.column(lake, "voc_topic_trends", "SELECT arg_max(calls, emitted_at) FROM {t}"
                + " WHERE granularity = 'day' AND topic = '还款/逾期' AND business_line = 'collection'"), "both runs' calls in one window");
        // Read independently: the calls' topics per local day against each daily trend window's latest row.
        var fromCalls = LakeReader.rows(lake, "calls",
                "SELECT dt, business_line, topic, count(*) FROM (SELECT dt, business_line, unnest(topics) AS topic FROM {t}) GROUP BY ALL ORDER BY ALL");
        var fromTrends = LakeReader.rows(lake, "voc_topic_trends", "SELECT dt, business_line, topic, arg_max(calls, emitted_at) FROM {t}"
                + " WHERE granularity = 'day' GROUP BY ALL ORDER BY ALL");
        assertTrue(!fromCalls.isEmpty(), "the sample calls have topics");
        assertEquals(fromCalls, fromTrends);
        ByteArrayOutputStream emerging = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"topics", "emerging", "--lake", lake.toString()}, new PrintStream(emerging, true, StandardCharsets.UTF_8)));
        assertTrue(emerging.toString(StandardCharsets.UTF_8).contains("新兴主题关键词 keywords"), emerging.toString(StandardCharsets.UTF_8));
        var hourly = LakeReader.rows(lake, "voc_topic_trends", "SELECT sum(calls) FROM (SELECT arg_max(calls, emitted_at) AS calls FROM {t}"
                + " WHERE granularity = 'hour' GROUP BY window_start, business_line, topic)");
        var topical = LakeReader.rows(lake, "calls", "SELECT sum(len(topics)) FROM {t}");
        assertEquals(topical, hourly);
    }

    private static String query(Path lake, String name) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"query", "--lake", lake.toString(), "--named", name}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
