package io.callqa.transcribe;

import java.util.Arrays;

/**
 * Median fundamental frequency of a stretch of speech, by normalised autocorrelation on 40 ms
 * frames. Voice pitch is what most reliably tells two telephone speakers apart on one channel.
 */
public final class PitchTracker {
    static final double MIN_HZ = 70;
    static final double MAX_HZ = 400;
    static final int FRAME_MS = 40;
    static final int HOP_MS = 10;
    /** Autocorrelation at the pitch lag must keep this share of the frame's energy to count as voiced. */
    static final double VOICED_CORRELATION = 0.5;

    private PitchTracker() {}

    /** Median F0 in Hz of the voiced frames in [fromMs, toMs), or 0 when nothing is voiced. */
    public static double medianHz(float[] samples, int sampleRate, long fromMs, long toMs) {
        int frame = sampleRate * FRAME_MS / 1000;
        int hop = sampleRate * HOP_MS / 1000;
        int minLag = (int) (sampleRate / MAX_HZ);
        int maxLag = (int) (sampleRate / MIN_HZ);
        int from = (int) (fromMs * sampleRate / 1000);
        int to = (int) Math.min(samples.length, toMs * sampleRate / 1000);
        double loudest = 0;
        for (int i = from; i < to; i++) loudest = Math.max(loudest, Math.abs(samples[i]));
        double[] found = new double[Math.max(0, (to - from - frame - maxLag) / hop + 1)];
        int n = 0;
        for (int start = from; start + frame + maxLag <= to; start += hop) {
            double energy = 0;
            for (int i = start; i < start + frame; i++) energy += samples[i] * samples[i];
            if (Math.sqrt(energy / frame) < 0.05 * loudest) continue; // pauses and breath
            double[] r = new double[maxLag + 1];
            double best = 0;
            for (int lag = minLag; lag <= maxLag; lag++) {
                double ac = 0;
                double shifted = 0;
                for (int i = start; i < start + frame; i++) {
                    ac += samples[i] * samples[i + lag];
                    shifted += samples[i + lag] * samples[i + lag];
                }
                r[lag] = ac / Math.sqrt(energy * shifted + 1e-12);
                best = Math.max(best, r[lag]);
            }
            if (best < VOICED_CORRELATION) continue;
            // Multiples of the period correlate almost as well: the shortest near-best lag avoids octave errors.
            int lag = minLag;
            while (r[lag] < 0.9 * best) lag++;
            while (lag < maxLag && r[lag + 1] > r[lag]) lag++;
            found[n++] = (double) sampleRate / lag;
        }
        if (n == 0) return 0;
        double[] voiced = Arrays.copyOf(found, n);
        Arrays.sort(voiced);
        return voiced[n / 2];
    }
}
