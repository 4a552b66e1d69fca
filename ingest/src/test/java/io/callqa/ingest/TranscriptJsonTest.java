package io.callqa.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.call.Word;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TranscriptJsonTest {
    static final Path SAMPLES = Path.of("samples");

    private static Call read(String json) throws InputRejectedException {
        return TranscriptJson.read("t.transcript.json", json.getBytes(StandardCharsets.UTF_8), 0);
    }

    private static String rejection(String json) {
        return assertThrows(InputRejectedException.class, () -> read(json)).getMessage();
    }

    @Test
    void readsEverySampleTranscript() throws Exception {
        try (var files = Files.list(SAMPLES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".transcript.json")).toList()) {
                Call c = TranscriptJson.read(p.toString(), Files.readAllBytes(p), 1);
                assertEquals(p.getFileName().toString().replace(".transcript.json", ""), c.meta.callId);
                assertTrue(c.utterances.size() >= 12, p + " has " + c.utterances.size() + " utterances");
                assertTrue(c.durationMs >= c.utterances.get(c.utterances.size() - 1).endMs);
                assertEquals("external", c.asr);
            }
        }
    }

    @Test
    void writeThenReadGivesTheSameCall() throws Exception {
        Call c = read("{\"callId\":\"c1\",\"startTime\":\"2026-11-16T10:00:00+08:00\",\"businessLine\":\"wealth\",\"direction\":\"outbound\","
                + "\"utterances\":[{\"speaker\":\"customer\",\"startMs\":900,\"endMs\":1500,\"text\":\"好的\"},"
                + "{\"speaker\":\"agent\",\"startMs\":0,\"endMs\":800,\"text\":\"您好\",\"words\":[{\"w\":\"您好\",\"startMs\":0,\"endMs\":800,\"conf\":0.9}]}]}");
        assertEquals("agent", c.utterances.get(0).speaker, "utterances are put in time order");
        Call back = TranscriptJson.read("x", TranscriptJson.write(c).getBytes(StandardCharsets.UTF_8), 0);
        assertEquals("wealth", back.meta.businessLine);
        assertEquals("outbound", back.meta.direction);
        Utterance u = back.utterances.get(0);
        Word w = u.words.get(0);
        assertEquals(java.util.List.of("您好", 0L, 800L, 0.9), java.util.List.of(w.w, w.startMs, w.endMs, w.conf));
        assertEquals("好的", back.utterances.get(1).text);
        assertEquals(1500, back.durationMs);
    }

    @Test
    void problemsNameTheFileAndTheFieldOrLine() {
        String start = "{\"callId\":\"c1\",\"startTime\":\"2026-11-16T10:00:00+08:00\",";
        assertEquals("t.transcript.json: empty file (0 bytes)", rejection(""));
        assertTrue(rejection("{\"callId\": \"c1\",\n\"utterances\": [").startsWith("t.transcript.json: line 2"));
        assertTrue(rejection("{\"startTime\":\"2026-11-16T10:00:00+08:00\",\"utterances\":[]}").contains("field callId is required"));
        assertTrue(rejection("{\"callId\":\"c1\",\"startTime\":\"16/11/2026\",\"utterances\":[]}").contains("field startTime"));
        assertTrue(rejection(start + "\"businessLine\":\"cards\",\"utterances\":[]}").contains("field businessLine 'cards' is not one of"));
        assertTrue(rejection(start + "\"utterances\":{}}").contains("field utterances is required and must be an array"));
        assertTrue(rejection(start + "\"utterances\":[{\"speaker\":\"agent\",\"startMs\":5,\"endMs\":2,\"text\":\"x\"}]}")
                .contains("utterances[0].endMs (2) is before startMs (5)"));
        assertTrue(rejection(start + "\"utterances\":[{\"speaker\":\"agent\",\"startMs\":0,\"endMs\":2}]}").contains("utterances[0].text is required"));
        assertTrue(rejection(start + "\"utterances\":[{\"speaker\":\"agent\",\"startMs\":0,\"endMs\":2,\"text\":\"x\",\"words\":[{\"w\":\"x\",\"startMs\":\"a\"}]}]}")
                .contains("utterances[0].words[0].startMs"));
    }

    @Test
    void inputKindsByName() {
        assertEquals(InputKind.TRANSCRIPT, InputKind.of("a.transcript.json"));
        assertEquals(InputKind.RECORDING, InputKind.of("A.WAV"));
        assertEquals(InputKind.SIDECAR, InputKind.of("a.json"));
        assertEquals(InputKind.IGNORED, InputKind.of(".a.wav.part"));
        assertEquals(InputKind.UNSUPPORTED, InputKind.of("a.mp3"));
        assertEquals("a", InputKind.baseName("a.transcript.json"));
        assertEquals("a.json", InputKind.sidecarName("a.wav"));
    }
}
