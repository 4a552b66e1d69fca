package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Call;
import io.callqa.call.Speaker;
import io.callqa.call.Utterance;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mono telephone calls mixed from two real speakers (AISHELL S0150 as the agent, S0252 as the
 * customer, shared/'s 8 kHz mu-law copies): roles inferred per turn against who was placed there.
 */
class MonoRoleInferenceTest {
    @Test
    void inboundMonoCallGetsItsRolesFromTwoVoicesAndWhoSpokeFirst() throws Exception {
        ClipCall placed = alternating(clips("S0150"), clips("S0252"));
        Call call = monoCall(placed, "inbound");
        new AudioCallTranscriber(null).transcribe(call);

        long right = 0;
        long total = 0;
        double confidentWhenRight = 0;
        int rightTurns = 0;
        for (Utterance u : call.utterances) {
            String truth = truthAt(placed, (u.startMs + u.endMs) / 2);
            if (truth == null) continue;
            total += u.durationMs();
            if (truth.equals(u.speaker)) {
                right += u.durationMs();
                confidentWhenRight += u.roleConfidence;
                rightTurns++;
            }
        }
        double accuracy = (double) right / total;
        System.out.printf("mono role inference: %.1f%% of speech time attributed correctly, mean confidence %.2f%n",
                100 * accuracy, confidentWhenRight / rightTurns);
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy);
        assertTrue(confidentWhenRight / rightTurns > 0.6, "confidence when right");
    }

    @Test
    void serviceWordsDecideWhichVoiceIsTheAgentWhenThereIsText() {
        List<Utterance> turns = new ArrayList<>(List.of(
                new Utterance(Speaker.AGENT, 0, 2000, "喂，我想问一下我的卡怎么被锁了"),
                new Utterance(Speaker.AGENT, 2500, 6000, "您好，东方汇银行客服中心，工号幺二三，很高兴为您服务"),
                new Utterance(Speaker.AGENT, 6500, 8000, "对，就是那张信用卡")));
        MonoRoleInference.assign(turns, new double[] {140, 190, 135}, "inbound");
        assertEquals(List.of(Speaker.CUSTOMER, Speaker.AGENT, Speaker.CUSTOMER), turns.stream().map(u -> u.speaker).toList());
    }

    @Test
    void oneVoiceFallsBackToAlternatingTurnsWithLowConfidence() {
        List<Utterance> turns = new ArrayList<>(List.of(new Utterance(Speaker.AGENT, 0, 1000, ""), new Utterance(Speaker.AGENT, 1500, 3000, "")));
        MonoRoleInference.assign(turns, new double[] {180, 181}, "outbound");
        assertEquals(List.of(Speaker.CUSTOMER, Speaker.AGENT), turns.stream().map(u -> u.speaker).toList());
        assertTrue(turns.stream().allMatch(u -> u.roleConfidence < 0.5));
    }

    private static List<PcmAudio> clips(String speaker) throws Exception {
        try (var files = Files.list(SharedAudio.TELEPHONE)) {
            return files.filter(p -> p.getFileName().toString().startsWith("tel_BAC009" + speaker)).sorted().limit(8)
                    .map(SharedAudio::decode).toList();
        }
    }

    private static ClipCall alternating(List<PcmAudio> agent, List<PcmAudio> customer) {
        ClipCall call = new ClipCall(8000);
        long t = 400;
        for (int i = 0; i < agent.size(); i++) {
            t = call.place(Speaker.AGENT, agent.get(i), "", t) + 900;
            t = call.place(Speaker.CUSTOMER, customer.get(i), "", t) + 1100;
        }
        return call;
    }

    private static Call monoCall(ClipCall placed, String direction) {
        Call call = new Call();
        call.meta.callId = "mono";
        call.meta.direction = direction;
        call.sourceFile = "mono.wav";
        call.audio = TestWavs.g711(placed.mono(), javax.sound.sampled.AudioFormat.Encoding.ULAW);
        return call;
    }

    private static String truthAt(ClipCall placed, long ms) {
        return placed.turns.stream().filter(t -> t.startMs() <= ms && ms < t.endMs()).map(ClipCall.Turn::speaker).findFirst().orElse(null);
    }
}
