package io.callqa.transcribe;

/**
 * Band-limited resampling with a Kaiser-windowed sinc (32 zero crossings each side). Telephone
 * audio (8 kHz) goes up to the 16 kHz Vosk's Chinese models were trained on; 44.1/48 kHz comes down
 * with the cut-off below the new Nyquist frequency, so nothing aliases.
 */
public final class Resampler {
    private static final int ZERO_CROSSINGS = 32;
    private static final double KAISER_BETA = 8.6;
    /** Kernel samples per input sample; taps are interpolated linearly between them. */
    private static final int TABLE_STEPS = 512;

    private Resampler() {}

    public static float[] resample(float[] in, int fromRate, int toRate) {
        if (fromRate == toRate) return in.clone();
        double ratio = (double) toRate / fromRate;
        double cutoff = Math.min(1.0, ratio) * 0.97; // fraction of the input Nyquist kept
        int outLen = (int) Math.floor(in.length * ratio);
        float[] out = new float[outLen];
        double halfWidth = ZERO_CROSSINGS / cutoff; // in input samples
        double[] kernel = kernel(cutoff, halfWidth);
        for (int o = 0; o < outLen; o++) {
            double t = o / ratio; // position in input samples
            int first = Math.max(0, (int) Math.ceil(t - halfWidth));
            int last = Math.min(in.length - 1, (int) Math.floor(t + halfWidth));
            double sum = 0;
            for (int i = first; i <= last; i++) {
                double pos = Math.abs(i - t) * TABLE_STEPS;
                int k = (int) pos;
                double frac = pos - k;
                sum += in[i] * (kernel[k] + frac * (kernel[k + 1] - kernel[k]));
            }
            out[o] = (float) sum;
        }
        return out;
    }

    /** The windowed-sinc kernel for |x| = 0 .. halfWidth input samples, TABLE_STEPS points per sample. */
    private static double[] kernel(double cutoff, double halfWidth) {
        int n = (int) Math.ceil(halfWidth * TABLE_STEPS) + 2;
        double[] k = new double[n];
        double i0Beta = besselI0(KAISER_BETA);
        for (int j = 0; j < n; j++) {
            double x = (double) j / TABLE_STEPS;
            double w = x / halfWidth;
            k[j] = w >= 1 ? 0 : cutoff * sinc(cutoff * x) * besselI0(KAISER_BETA * Math.sqrt(1 - w * w)) / i0Beta;
        }
        return k;
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
