package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.emotion.EmotionAnalyzer;
import io.callqa.emotion.EmotionTraining;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an emotion model the job fills emotion, sentiment and abuse per utterance and the customer's trajectory per call. */
class EmotionInLakeTest {
    /** Built by the scoring-rules tests earlier in the same build; built here when this module runs alone. */
    static final Path MODEL = Path.of("../scoring-rules/target/emotion-model");
    @TempDir Path tmp;

    @Test
    void utterancesCarryEmotionAndCallsTheCustomersTrajectory() throws Exception {
        if (!EmotionAnalyzer.isModel(MODEL)) {
            EmotionTraining.build(Path.of(System.getProperty("callqa.shared", "../../shared")).resolve("data/text"), MODEL,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }
        Path in = tmp.resolve("in");
        TestInputs.copySample("col-0002.transcript.json", in);
        TestInputs.copySample("svc-0001.transcript.json", in);
        Path lake = tmp.resolve("lake");
        RunCommand.Options o = TestInputs.once(in, lake, true);
        o = new RunCommand.Options(o.input(), o.lake(), o.rules(), null, MODEL.toAbsolutePath().toString(), true, true, 2, 1, o.zone(), null, null);
        assertEquals(0, RunCommand.run(o, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));

        assertEquals(List.of("0"), LakeReader.column(lake, "utterances", "SELECT count(*) FROM {t} WHERE emotion IS NULL OR sentiment IS NULL OR abusive IS NULL"));
        List<String> abusive = LakeReader.column(lake, "utterances", "SELECT text FROM {t} WHERE call_id = 'col-0002' AND speaker = 'customer' AND abusive");
        assertTrue(abusive.stream().anyMatch(t -> t.contains("他妈的")), abusive.toString());
        List<String> threatCall = LakeReader.rows(lake, "calls", "SELECT customer_sentiment_end < 0, angriest_ms > 0, customer_angry_utterances > 0, "
                + "agent_abuse_max IS NOT NULL, complaint, list_contains(complaint_kinds, 'dissatisfaction') FROM {t} WHERE call_id = 'col-0002'").get(0);
        assertEquals(List.of("true", "true", "true", "true", "true", "true"), threatCall);
        String calm = LakeReader.column(lake, "calls", "SELECT customer_sentiment_end FROM {t} WHERE call_id = 'svc-0001'").get(0);
        assertTrue(Double.parseDouble(calm) > Double.parseDouble(LakeReader.column(lake, "calls",
                "SELECT customer_sentiment_end FROM {t} WHERE call_id = 'col-0002'").get(0)), "a resolved service call ends calmer than a threatened debtor");
    }
}
