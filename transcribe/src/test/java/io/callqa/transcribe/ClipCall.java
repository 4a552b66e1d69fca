package io.callqa.transcribe;

import io.callqa.call.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A test call assembled from real clips: each clip is trimmed to its speech and placed on the
 * agent (left) or customer (right) channel at an exact time, over low telephone hiss. The
 * placements are the ground truth for talk signals. {@link #mono()} mixes both channels.
 */
public final class ClipCall {
    /** Where speech was placed, in ms on the call clock. */
    public record Turn(String speaker, long startMs, long endMs, String text) {}

    public final int sampleRate;
    public final List<Turn> turns = new ArrayList<>();
    private float[][] channels = new float[2][0];

    public ClipCall(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    /** Places the speech of a clip so that it starts at startMs; returns where it ends. */
    public long place(String speaker, PcmAudio clip, String text, long startMs) {
        if (clip.sampleRate != sampleRate) throw new IllegalArgumentException("clip rate " + clip.sampleRate);
        float[] speech = trimToSpeech(clip.channels[0], sampleRate);
        int ch = Speaker.AGENT.equals(speaker) ? 0 : 1;
        int from = (int) (startMs * sampleRate / 1000);
        ensure(from + speech.length);
        for (int i = 0; i < speech.length; i++) channels[ch][from + i] += speech[i];
        long endMs = startMs + speech.length * 1000L / sampleRate;
        turns.add(new Turn(speaker, startMs, endMs, text));
        return endMs;
    }

    public long lastEndMs() {
        return turns.stream().mapToLong(Turn::endMs).max().orElse(0);
    }

    /** Stereo audio with a second of room after the last turn and line hiss at about -54 dBFS, above the clips' own background. */
    public PcmAudio stereo() {
        ensure((int) ((lastEndMs() + 1000) * sampleRate / 1000));
        Random r = new Random(7);
        float[][] out = new float[2][];
        for (int c = 0; c < 2; c++) {
            out[c] = channels[c].clone();
            for (int i = 0; i < out[c].length; i++) out[c][i] += (float) (r.nextGaussian() * 0.002);
        }
        return new PcmAudio(sampleRate, out);
    }

    public PcmAudio mono() {
        PcmAudio s = stereo();
        float[] mix = new float[s.frames()];
        for (int i = 0; i < mix.length; i++) mix[i] = s.channels[0][i] + s.channels[1][i];
        return new PcmAudio(sampleRate, new float[][] {mix});
    }

    private void ensure(int frames) {
        for (int c = 0; c < 2; c++) {
            if (channels[c].length < frames) channels[c] = java.util.Arrays.copyOf(channels[c], frames);
        }
    }

    /**
     * Cuts leading and trailing silence: keeps from the first to the last 10 ms frame that is
     * 12 dB above the clip's own background (its quietest tenth) and within 35 dB of its loudest.
     * Deliberately simpler than the VAD under test: one threshold, no smoothing.
     */
    static float[] trimToSpeech(float[] x, int sampleRate) {
        int hop = sampleRate / 100;
        int[] b = speechFrames(x, sampleRate, 12);
        return java.util.Arrays.copyOfRange(x, b[0] * hop, (b[1] + 1) * hop);
    }

    /**
     * Whether a clip's speech has sharp edges: its bounds at 12 and at 20 dB above the background
     * agree within 60 ms. Only such clips give a ground truth accurate to the 100 ms bar; a clip
     * that fades out slowly or ends in a click has no single true end.
     */
    public static boolean hasSharpEdges(PcmAudio clip) {
        int[] loose = speechFrames(clip.channels[0], clip.sampleRate, 12);
        int[] strict = speechFrames(clip.channels[0], clip.sampleRate, 20);
        return Math.abs(loose[0] - strict[0]) <= 6 && Math.abs(loose[1] - strict[1]) <= 6;
    }

    /** First and last 10 ms frame above the background plus marginDb (and within 35 dB of the top). */
    private static int[] speechFrames(float[] x, int sampleRate, double marginDb) {
        int hop = sampleRate / 100;
        int frames = x.length / hop;
        double[] db = new double[frames];
        double top = -200;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * hop; i < (f + 1) * hop; i++) sum += x[i] * x[i];
            db[f] = 10 * Math.log10(sum / hop + 1e-12);
            top = Math.max(top, db[f]);
        }
        double[] sorted = db.clone();
        java.util.Arrays.sort(sorted);
        double threshold = Math.max(top - 35, sorted[frames / 10] + marginDb);
        int first = 0;
        while (db[first] < threshold) first++;
        int last = frames - 1;
        while (db[last] < threshold) last--;
        return new int[] {first, last};
    }
}
