package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything around the Vosk recogniser; the real-model test runs only when CALLQA_VOSK_MODEL names a model folder. */
class VoskTest {
    @TempDir Path tmp;

    @Test
    void spacedChineseOutputBecomesNormalText() {
        assertEquals("您好华夏通银行", ChineseWordJoiner.join(List.of("您好", "华夏", "通", "银行")));
        assertEquals("尾号VIP 2的卡", ChineseWordJoiner.join(List.of("尾号", "VIP", "2", "的", "卡")));
    }

    @Test
    void recogniserResultBecomesAnUtteranceOnTheCallClock() throws IOException {
        String result = "{\"result\":[{\"conf\":0.98,\"end\":0.62,\"start\":0.12,\"word\":\"您好\"},"
                + "{\"conf\":0.71,\"end\":1.30,\"start\":0.70,\"word\":\"银行\"}],\"text\":\"您好 银行\"}";
        Utterance u = VoskTranscriber.toUtterance(result, 5000, "agent", new SpeechSegment(5050, 6400));
        assertEquals("您好银行", u.text);
        assertEquals(5120, u.startMs);
        assertEquals(6300, u.endMs);
        assertEquals(0.71, u.words.get(1).conf);
    }

    @Test
    void modelProblemsSayHowToFixThem() throws IOException {
        String missing = assertThrows(IOException.class, () -> VoskModels.load(tmp.resolve("nope").toString())).getMessage();
        assertTrue(missing.contains("does not exist") && missing.contains("--vosk-model") && missing.contains("CALLQA_VOSK_MODEL"), missing);
        Files.createDirectories(tmp.resolve("not-a-model"));
        String empty = assertThrows(IOException.class, () -> VoskModels.load(tmp.resolve("not-a-model").toString())).getMessage();
        assertTrue(empty.contains("no am/"), empty);
        Files.createDirectories(tmp.resolve("broken/am"));
        Files.writeString(tmp.resolve("broken/am/final.mdl"), "not a model");
        String broken = assertThrows(IOException.class, () -> VoskModels.load(tmp.resolve("broken").toString())).getMessage();
        assertTrue(broken.contains("Vosk could not load the model"), broken);
    }

    @Test
    void realModelTranscribesTheSampleRecording() throws Exception {
        String model = System.getenv(VoskModels.ENV);
        assumeTrue(model != null, "skipped: set CALLQA_VOSK_MODEL to a Vosk Chinese model folder (e.g. vosk-model-small-cn-0.22) to run");
        Call call = new Call();
        call.source = Call.SOURCE_AUDIO;
        call.sourceFile = "rec-0001.wav";
        call.audio = Files.readAllBytes(Path.of("../ingest/samples/rec-0001.wav"));
        new AudioCallTranscriber(model).transcribe(call);
        assertFalse(call.utterances.isEmpty());
        assertTrue(call.hasText());
        assertTrue(call.utterances.stream().anyMatch(u -> !u.words.isEmpty()), "word timings present");
        assertTrue(call.asr.startsWith("vosk:"));
    }
}
