package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callqa run --once} on the embedded MiniCluster: good calls land once, bad inputs are quarantined with reasons. */
class RunOnceTest {
    @TempDir Path tmp;

    private int run(RunCommand.Options o) throws Exception {
        return RunCommand.run(o, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void goodCallsLandAndBadInputsAreQuarantinedWithTheirReason() throws Exception {
        Path in = tmp.resolve("in");
        Path lake = tmp.resolve("lake");
        TestInputs.copySample("svc-0001.transcript.json", in);
        TestInputs.copySample("wm-0001.transcript.json", in);
        TestInputs.copySample("rec-0002.wav", in);
        TestInputs.copySample("rec-0002.json", in);
        byte[] wav = Files.readAllBytes(TestInputs.SAMPLES.resolve("rec-0001.wav"));
        Files.write(in.resolve("truncated.wav"), java.util.Arrays.copyOf(wav, 30));
        Files.write(in.resolve("header-only.wav"), java.util.Arrays.copyOf(wav, 58));
        byte[] sixChannels = wav.clone();
        sixChannels[22] = 6;
        Files.write(in.resolve("six-channels.wav"), sixChannels);
        Files.write(in.resolve("empty.transcript.json"), new byte[0]);
        Files.writeString(in.resolve("broken.transcript.json"), "{\"callId\": \"x-1\",\n \"utterances\": [", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("robot.transcript.json"), "{\"callId\":\"x-2\",\"startTime\":\"2026-11-16T10:00:00+08:00\","
                + "\"utterances\":[{\"speaker\":\"robot\",\"startMs\":0,\"endMs\":10,\"text\":\"hi\"}]}", StandardCharsets.UTF_8);
        Files.write(in.resolve("song.mp3"), new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0});

        assertEquals(0, run(TestInputs.once(in, lake, true)));

        Map<String, Long> calls = LakeReader.rows(lake, "calls", "SELECT call_id, count(*) FROM {t} GROUP BY 1").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> Long.parseLong(r.get(1))));
        assertEquals(Map.of("svc-0001", 1L, "wm-0001", 1L, "rec-0002", 1L), calls);

        Map<String, String> reasons = LakeReader.rows(lake, "quarantine", "SELECT source, reason FROM {t}").stream()
                .collect(Collectors.toMap(r -> Path.of(r.get(0)).getFileName().toString(), r -> r.get(1)));
        assertEquals(List.of("broken.transcript.json", "empty.transcript.json", "header-only.wav", "robot.transcript.json", "six-channels.wav",
                "song.mp3", "truncated.wav"),
                reasons.keySet().stream().sorted().toList());
        assertTrue(reasons.get("broken.transcript.json").contains("line 2"), reasons.get("broken.transcript.json"));
        assertTrue(reasons.get("empty.transcript.json").contains("empty file"));
        assertTrue(reasons.get("robot.transcript.json").contains("utterances[0].speaker"));
        assertTrue(reasons.get("song.mp3").contains("unsupported file type"));
        assertTrue(reasons.get("truncated.wav").contains("WAV"), reasons.get("truncated.wav"));
        assertTrue(reasons.get("header-only.wav").contains("zero samples"), reasons.get("header-only.wav"));
        assertTrue(reasons.get("six-channels.wav").contains("6 channels"), reasons.get("six-channels.wav"));

        // The wealth call promised principal and return: red line, score 0, with the words as evidence.
        List<String> wm = LakeReader.rows(lake, "calls", "SELECT qa_score, red_line, flagged, dt FROM {t} WHERE call_id = 'wm-0001'").get(0);
        assertEquals(List.of("0", "true", "true", "2026-11-18"), wm);
        List<String> evidence = LakeReader.column(lake, "rule_hits", "SELECT evidence FROM {t} WHERE call_id = 'wm-0001' AND category = 'guaranteed_return'");
        assertTrue(evidence.stream().anyMatch(e -> e.contains("【保本】") || e.contains("【稳赚不赔】")), evidence.toString());

        // The recording was scored on signals: both roles talked, two talk-overs of over 1 s.
        List<String> rec = LakeReader.rows(lake, "calls", "SELECT source, asr, talk_over_count, agent_talk_ms > 10000, customer_talk_ms > 10000 FROM {t} WHERE call_id = 'rec-0002'").get(0);
        assertEquals(List.of("audio", "none", "2", "true", "true"), rec);
    }

    @Test
    void runningAgainAddsOnlyNewFilesAndRetriesNothingAlreadyRefused() throws Exception {
        Path in = tmp.resolve("in");
        Path lake = tmp.resolve("lake");
        TestInputs.copySample("svc-0002.transcript.json", in);
        Files.write(in.resolve("empty.transcript.json"), new byte[0]);
        assertEquals(0, run(TestInputs.once(in, lake, true)));
        TestInputs.copySample("col-0002.transcript.json", in);
        assertEquals(0, run(TestInputs.once(in, lake, true)));

        assertEquals(List.of("col-0002", "svc-0002"), LakeReader.column(lake, "calls", "SELECT call_id FROM {t} ORDER BY 1"));
        assertEquals(List.of("1"), LakeReader.column(lake, "quarantine", "SELECT count(*) FROM {t}"));
        assertTrue(Files.notExists(lake.resolve("_checkpoints")), "a finished --once run leaves no checkpoint behind");
    }

    @Test
    void withoutASpeechModelRecordingsAreRefusedWithHowToGiveOne() throws Exception {
        assumeTrue(System.getenv("CALLQA_VOSK_MODEL") == null, "CALLQA_VOSK_MODEL is set: recordings would be transcribed");
        Path in = tmp.resolve("in");
        Path lake = tmp.resolve("lake");
        TestInputs.copySample("rec-0001.wav", in);
        TestInputs.copySample("rec-0001.json", in);
        assertEquals(0, run(TestInputs.once(in, lake, false)));
        String reason = LakeReader.column(lake, "quarantine", "SELECT reason FROM {t}").get(0);
        assertTrue(reason.contains("--vosk-model") && reason.contains("CALLQA_VOSK_MODEL") && reason.contains("--signal-only"), reason);
        // Refused for the set-up, not the file: the next run with --signal-only takes it.
        assertEquals(0, run(TestInputs.once(in, lake, true)));
        assertEquals(List.of("rec-0001"), LakeReader.column(lake, "calls", "SELECT call_id FROM {t}"));
    }
}
