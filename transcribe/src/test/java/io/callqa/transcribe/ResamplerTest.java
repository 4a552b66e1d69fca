package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static float[] tone(double hz, int rate, double seconds) {
        float[] s = new float[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) s[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / rate));
        return s;
    }

    /** Amplitude of one frequency in a signal (single-bin DFT over the middle, away from the edges). */
    private static double amplitude(float[] s, double hz, int rate) {
        double re = 0, im = 0;
        int from = s.length / 4, to = 3 * s.length / 4;
        for (int i = from; i < to; i++) {
            re += s[i] * Math.cos(2 * Math.PI * hz * i / rate);
            im += s[i] * Math.sin(2 * Math.PI * hz * i / rate);
        }
        return 2 * Math.hypot(re, im) / (to - from);
    }

    @Test
    void upsamplingTelephoneSpeechKeepsTheToneAndAddsNoImage() {
        float[] up = Resampler.resample(tone(1000, 8000, 1), 8000, 16000);
        assertEquals(16000, up.length);
        assertEquals(0.5, amplitude(up, 1000, 16000), 0.01);
        assertTrue(amplitude(up, 7000, 16000) < 0.005, "no mirror image of 1 kHz at 7 kHz");
    }

    @Test
    void downsamplingRemovesWhatTheNewRateCannotHold() {
        float[] down = Resampler.resample(tone(11000, 48000, 1), 48000, 16000);
        assertEquals(16000, down.length);
        assertTrue(amplitude(down, 5000, 16000) < 0.01, "11 kHz must not alias to 5 kHz");
        float[] kept = Resampler.resample(tone(3000, 48000, 1), 48000, 16000);
        assertEquals(0.5, amplitude(kept, 3000, 16000), 0.01);
    }

    @Test
    void muLawTelephoneCopyUpsampledMatchesTheOriginalsLength() throws Exception {
        Path shared = Path.of(System.getProperty("callqa.shared", "../../shared")).resolve("data/audio");
        PcmAudio tel = WavDecoder.decode("t", Files.readAllBytes(shared.resolve("telephone-sim-8k-ulaw/tel_BAC009S0150W0154.wav")));
        PcmAudio wide = Resampler.resample(tel, 16000);
        assertEquals(16000, wide.sampleRate);
        assertEquals(tel.frames() * 2, wide.frames());
        assertEquals(tel.durationMs(), wide.durationMs());
    }
}
