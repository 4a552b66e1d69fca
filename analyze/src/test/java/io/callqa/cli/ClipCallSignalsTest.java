package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Speaker;
import io.callqa.transcribe.ClipCall;
import io.callqa.transcribe.PcmAudio;
import io.callqa.transcribe.SharedAudio;
import io.callqa.transcribe.TestWavs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-channel calls built from real AISHELL clips with exact gaps and overlaps, as 16 kHz PCM and
 * as their 8 kHz mu-law telephone copies (band-passed as shared/'s telephone-sim clips were), scored
 * by the job in signal-only mode. Every talk signal in the lake must match the placement within 100 ms.
 */
class ClipCallSignalsTest {
    static final long TOLERANCE_MS = 100;
    @TempDir Path tmp;

    /** A step of a call design: who speaks, and when relative to the previous turn's end (negative = overlap). */
    record Step(String speaker, long afterPreviousEndMs) {}

    static final List<Step> DEAD_AIR_CALL = List.of(
            new Step(Speaker.AGENT, 500), new Step(Speaker.CUSTOMER, 800), new Step(Speaker.AGENT, 1200),
            new Step(Speaker.CUSTOMER, 18_000), new Step(Speaker.AGENT, 600), new Step(Speaker.AGENT, 700),
            new Step(Speaker.CUSTOMER, 2_000), new Step(Speaker.AGENT, 900), new Step(Speaker.AGENT, 500),
            new Step(Speaker.CUSTOMER, 1_500), new Step(Speaker.AGENT, 700), new Step(Speaker.AGENT, 600),
            new Step(Speaker.AGENT, 800));
    static final List<Step> TALK_OVER_CALL = List.of(
            new Step(Speaker.AGENT, 500), new Step(Speaker.CUSTOMER, 700), new Step(Speaker.AGENT, -1_500),
            new Step(Speaker.CUSTOMER, 900), new Step(Speaker.AGENT, -400), new Step(Speaker.CUSTOMER, 1_100),
            new Step(Speaker.AGENT, -1_200), new Step(Speaker.CUSTOMER, 2_600), new Step(Speaker.AGENT, 1_000));

    @Test
    void talkSignalsMatchThePlacementOn16kPcmAnd8kMuLaw() throws Exception {
        // Sentences long enough to be talked over, whose start and end are well defined.
        List<String> ids = new ArrayList<>(SharedAudio.aishellTranscripts().keySet());
        ids.removeIf(id -> SharedAudio.aishell(id).durationMs() < 3500 || !ClipCall.hasSharpEdges(SharedAudio.aishell(id)));
        assertTrue(ids.size() >= 13, "clips with a well-defined start and end: " + ids);
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        ClipCall deadAir = build(DEAD_AIR_CALL, ids);
        ClipCall talkOver = build(TALK_OVER_CALL, ids);
        Map<String, ClipCall> calls = Map.of("dead-air-16k", deadAir, "dead-air-8k", deadAir, "talk-over-16k", talkOver, "talk-over-8k", talkOver);
        for (Map.Entry<String, ClipCall> c : calls.entrySet()) {
            PcmAudio audio = c.getValue().stereo();
            byte[] wav = c.getKey().endsWith("8k") ? TestWavs.telephone(audio) : TestWavs.pcm(audio, 16);
            Files.writeString(in.resolve(c.getKey() + ".json"), "{\"callId\":\"" + c.getKey()
                    + "\",\"startTime\":\"2026-11-20T10:00:00+08:00\",\"businessLine\":\"service\"}", StandardCharsets.UTF_8);
            Files.write(in.resolve(c.getKey() + ".wav"), wav);
        }
        Path lake = tmp.resolve("lake");
        assertEquals(0, RunCommand.run(TestInputs.once(in, lake, true), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));

        for (Map.Entry<String, ClipCall> c : calls.entrySet()) {
            String id = c.getKey();
            Truth t = Truth.of(c.getValue().turns);
            List<String> row = LakeReader.rows(lake, "calls", "SELECT max_dead_air_ms, max_silence_ms, talk_over_count, talk_over_ms, "
                    + "response_latency_avg_ms, response_latency_max_ms, agent_chars_per_min FROM {t} WHERE call_id = '" + id + "'").get(0);
            System.out.printf("%-14s truth dead_air=%d silence=%d talk_over=%d/%dms latency avg=%d max=%d | lake %s%n",
                    id, t.maxSilenceMs, t.maxSilenceMs, t.talkOvers, t.talkOverMs, t.latencyAvgMs, t.latencyMaxMs, row);
            near(id + " max_dead_air_ms", t.maxSilenceMs, row.get(0));
            near(id + " max_silence_ms", t.maxSilenceMs, row.get(1));
            assertEquals(String.valueOf(t.talkOvers), row.get(2), id + " talk_over_count");
            assertTrue(Math.abs(Long.parseLong(row.get(3)) - t.talkOverMs) <= TOLERANCE_MS * t.talkOvers, id + " talk_over_ms " + row.get(3));
            near(id + " response_latency_avg_ms", t.latencyAvgMs, row.get(4));
            near(id + " response_latency_max_ms", t.latencyMaxMs, row.get(5));
            everyTurnWasFound(lake, id, c.getValue().turns);
        }
        // The dead-air design has over 30 s of agent speech: its acoustic rate is within 15% of the characters said.
        for (String id : List.of("dead-air-16k", "dead-air-8k")) {
            double acoustic = Double.parseDouble(LakeReader.column(lake, "calls", "SELECT agent_chars_per_min FROM {t} WHERE call_id = '" + id + "'").get(0));
            double truth = agentCharsPerMinute(calls.get(id).turns, lake, id);
            assertTrue(Math.abs(acoustic - truth) / truth <= 0.15, id + " acoustic " + acoustic + " vs true " + truth);
        }
    }

    /** Each placed turn is covered by detected utterances of its role starting and ending within 100 ms of it. */
    private static void everyTurnWasFound(Path lake, String id, List<ClipCall.Turn> turns) throws Exception {
        List<List<String>> found = LakeReader.rows(lake, "utterances", "SELECT speaker, start_ms, end_ms FROM {t} WHERE call_id = '" + id + "' ORDER BY start_ms");
        for (ClipCall.Turn turn : turns) {
            List<long[]> inside = found.stream().filter(r -> r.get(0).equals(turn.speaker()))
                    .map(r -> new long[] {Long.parseLong(r.get(1)), Long.parseLong(r.get(2))})
                    .filter(r -> r[1] > turn.startMs() - TOLERANCE_MS && r[0] < turn.endMs() + TOLERANCE_MS).toList();
            assertTrue(!inside.isEmpty(), id + " no speech found for " + turn);
            assertTrue(Math.abs(inside.get(0)[0] - turn.startMs()) <= TOLERANCE_MS, id + " start of " + turn + " found at " + inside.get(0)[0]);
            assertTrue(Math.abs(inside.get(inside.size() - 1)[1] - turn.endMs()) <= TOLERANCE_MS,
                    id + " end of " + turn + " found at " + inside.get(inside.size() - 1)[1]);
        }
    }

    /** True rate: the agent's reference characters over the agent's speaking time as the lake measured it. */
    private static double agentCharsPerMinute(List<ClipCall.Turn> turns, Path lake, String id) throws Exception {
        long chars = turns.stream().filter(t -> t.speaker().equals(Speaker.AGENT))
                .mapToLong(t -> t.text().codePoints().filter(Character::isLetterOrDigit).count()).sum();
        long ms = Long.parseLong(LakeReader.column(lake, "calls", "SELECT agent_talk_ms FROM {t} WHERE call_id = '" + id + "'").get(0));
        return chars * 60_000.0 / ms;
    }

    private static ClipCall build(List<Step> design, List<String> ids) {
        Map<String, String> texts = SharedAudio.aishellTranscripts();
        ClipCall call = new ClipCall(16000);
        long previousEnd = 0;
        for (int i = 0; i < design.size(); i++) {
            String id = ids.get(i % ids.size());
            PcmAudio clip = SharedAudio.aishell(id);
            previousEnd = call.place(design.get(i).speaker(), clip, texts.get(id), previousEnd + design.get(i).afterPreviousEndMs());
        }
        return call;
    }

    private static void near(String what, long expected, String actual) {
        assertTrue(Math.abs(Long.parseLong(actual) - expected) <= TOLERANCE_MS, what + ": expected " + expected + " ±" + TOLERANCE_MS + ", got " + actual);
    }

    /** Talk signals computed directly from the placements, independently of the analyzer. */
    record Truth(long maxSilenceMs, int talkOvers, long talkOverMs, long latencyAvgMs, long latencyMaxMs) {
        static Truth of(List<ClipCall.Turn> turns) {
            List<ClipCall.Turn> t = turns.stream().sorted(java.util.Comparator.comparingLong(ClipCall.Turn::startMs)).toList();
            long maxSilence = 0;
            long covered = t.get(0).endMs();
            for (ClipCall.Turn u : t) {
                maxSilence = Math.max(maxSilence, u.startMs() - covered);
                covered = Math.max(covered, u.endMs());
            }
            int overs = 0;
            long overMs = 0;
            List<Long> latencies = new ArrayList<>();
            for (int i = 1; i < t.size(); i++) {
                ClipCall.Turn prev = t.get(i - 1);
                ClipCall.Turn cur = t.get(i);
                if (!cur.speaker().equals(Speaker.AGENT) || !prev.speaker().equals(Speaker.CUSTOMER)) continue;
                if (cur.startMs() < prev.endMs()) {
                    long overlap = Math.min(prev.endMs(), cur.endMs()) - cur.startMs();
                    if (overlap >= 1000) {
                        overs++;
                        overMs += overlap;
                    }
                } else {
                    latencies.add(cur.startMs() - prev.endMs());
                }
            }
            long avg = latencies.isEmpty() ? 0 : latencies.stream().mapToLong(Long::longValue).sum() / latencies.size();
            long max = latencies.stream().mapToLong(Long::longValue).max().orElse(0);
            return new Truth(maxSilence, overs, overMs, avg, max);
        }
    }
}
