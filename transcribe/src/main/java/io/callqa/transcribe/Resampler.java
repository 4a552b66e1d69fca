package io.callqa.transcribe;

/**
 * Band-limited resampling with a Kaiser-windowed sinc (32 zero crossings each side). Telephone
 * audio (8 kHz) goes up to the 16 kHz Vosk's Chinese models were trained on; 44.1/48 kHz comes down
 * with the cut-off below the new Nyquist frequency, so nothing aliases. Rates are whole numbers of
 * hertz, so the ratio is rational (up/down) and each output sample falls on one of `up` phases:
 * the filter taps are computed once per phase (a polyphase bank), not per sample.
 */
public final class Resampler {
    private static final int ZERO_CROSSINGS = 32;
    private static final double KAISER_BETA = 8.6;

    private Resampler() {}

    public static float[] resample(float[] in, int fromRate, int toRate) {
        if (fromRate == toRate) return in.clone();
        int g = java.math.BigInteger.valueOf(fromRate).gcd(java.math.BigInteger.valueOf(toRate)).intValue();
        int up = toRate / g;
        int down = fromRate / g;
        double cutoff = Math.min(1.0, (double) toRate / fromRate) * 0.97; // fraction of the input Nyquist kept
        double halfWidth = ZERO_CROSSINGS / cutoff; // in input samples
        int reach = (int) Math.ceil(halfWidth);
        float[][] bank = bank(up, reach, cutoff, halfWidth);
        int outLen = (int) ((long) in.length * up / down);
        float[] out = new float[outLen];
        for (int o = 0; o < outLen; o++) {
            long position = (long) o * down; // in units of 1/up input samples
            int base = (int) (position / up);
            float[] taps = bank[(int) (position % up)];
            int first = base - reach;
            double sum = 0;
            if (first >= 0 && first + taps.length <= in.length) {
                for (int j = 0; j < taps.length; j++) sum += taps[j] * in[first + j];
            } else {
                for (int j = 0; j < taps.length; j++) {
                    int i = first + j;
                    if (i >= 0 && i < in.length) sum += taps[j] * in[i];
                }
            }
            out[o] = (float) sum;
        }
        return out;
    }

    /** Taps for each phase p: input samples base-reach .. base+reach+1 around the point base + p/up. */
    private static float[][] bank(int up, int reach, double cutoff, double halfWidth) {
        double i0Beta = besselI0(KAISER_BETA);
        float[][] bank = new float[up][2 * reach + 2];
        for (int p = 0; p < up; p++) {
            for (int j = 0; j < bank[p].length; j++) {
                double x = Math.abs(j - reach - (double) p / up);
                double w = x / halfWidth;
                bank[p][j] = w >= 1 ? 0f : (float) (cutoff * sinc(cutoff * x) * besselI0(KAISER_BETA * Math.sqrt(1 - w * w)) / i0Beta);
            }
        }
        return bank;
    }

    public static PcmAudio resample(PcmAudio audio, int toRate) {
        if (audio.sampleRate == toRate) return audio;
        float[][] channels = new float[audio.channels.length][];
        for (int c = 0; c < channels.length; c++) channels[c] = resample(audio.channels[c], audio.sampleRate, toRate);
        return new PcmAudio(toRate, channels);
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** Modified Bessel function of the first kind, order 0 (series; converges fast for the beta used). */
    private static double besselI0(double x) {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 50 && term > 1e-12 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
