package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Voice activity on the bundled two-channel recordings against their placement ground truth. */
class EnergyVadTest {
    static final Path SAMPLES = Path.of("../ingest/samples");

    @Test
    void speechSegmentsMatchWhereEachUtteranceWasPlaced() throws Exception {
        List<String[]> truth = Files.readAllLines(SAMPLES.resolve("recordings-truth.tsv")).stream().skip(1).map(l -> l.split("\t")).toList();
        for (String callId : List.of("rec-0001", "rec-0002")) {
            PcmAudio audio = WavDecoder.decode(callId, Files.readAllBytes(SAMPLES.resolve(callId + ".wav")));
            for (int ch = 0; ch < 2; ch++) {
                String channel = ch == 0 ? "left" : "right";
                List<SpeechSegment> found = new EnergyVad().segments(audio.channels[ch], audio.sampleRate);
                List<String[]> expected = truth.stream().filter(t -> t[0].equals(callId) && t[1].equals(channel)).toList();
                assertEquals(expected.size(), found.size(), callId + " " + channel + " segments " + found);
                for (int i = 0; i < expected.size(); i++) {
                    long start = Long.parseLong(expected.get(i)[3]);
                    long end = Long.parseLong(expected.get(i)[4]);
                    assertTrue(Math.abs(found.get(i).startMs() - start) <= 100, callId + " start " + found.get(i) + " vs " + start);
                    assertTrue(Math.abs(found.get(i).endMs() - end) <= 100, callId + " end " + found.get(i) + " vs " + end);
                }
            }
        }
    }

    @Test
    void silenceHasNoSpeech() {
        float[] hiss = new float[16000 * 5];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < hiss.length; i++) hiss[i] = (float) (r.nextGaussian() * 0.002);
        assertEquals(List.of(), new EnergyVad().segments(hiss, 16000));
    }
}
