package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Call;
import io.callqa.call.Speaker;
import io.callqa.call.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A turn spoken 12 dB louder than the speaker's others stands out; the speaker's ordinary turns do not. */
class AcousticArousalTest {
    @Test
    void theRaisedTurnHasTheHighestArousal() throws Exception {
        List<String> ids = SharedAudio.aishellTranscripts().keySet().stream().skip(150).limit(7).toList();
        ClipCall placed = new ClipCall(16000);
        long t = 500;
        for (int i = 0; i < ids.size(); i++) {
            PcmAudio clip = SharedAudio.aishell(ids.get(i));
            if (i == 4) clip = louder(clip, 4.0f); // +12 dB
            t = placed.place(Speaker.CUSTOMER, clip, "", t) + 800;
        }
        Call call = new Call();
        call.meta.callId = "arousal";
        call.sourceFile = "arousal.wav";
        call.audio = TestWavs.pcm(placed.stereo(), 16);
        new AudioCallTranscriber(null).transcribe(call);

        Utterance raised = call.utterances.stream().filter(u -> Math.abs(u.startMs - placed.turns.get(4).startMs()) < 200).findFirst().orElseThrow();
        double othersMax = call.utterances.stream().filter(u -> u != raised && u.arousal != null).mapToDouble(u -> u.arousal).max().orElseThrow();
        System.out.printf("arousal of the raised turn %.2f, highest other %.2f%n", raised.arousal, othersMax);
        assertTrue(raised.arousal >= 1.5, "raised turn: " + raised.arousal);
        assertTrue(othersMax < raised.arousal - 1, "others: " + othersMax);
        assertEquals(Speaker.CUSTOMER, raised.speaker);
    }

    private static PcmAudio louder(PcmAudio a, float gain) {
        float[] s = a.channels[0].clone();
        for (int i = 0; i < s.length; i++) s[i] = Math.max(-1f, Math.min(1f, s[i] * gain));
        return new PcmAudio(a.sampleRate, new float[][] {s});
    }
}
