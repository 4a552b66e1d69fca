package io.callqa.transcribe;

import java.util.List;
import uk.me.berndporr.iirj.Butterworth;

/**
 * Counts syllable nuclei in speech (after de Jong and Wempe, 2009): peaks of the band-limited
 * energy envelope that stand out from the dips on either side. Mandarin is one syllable per
 * character, so the count over speaking time estimates characters per minute without a transcript.
 * The 300–2500 Hz band holds vowel energy and survives the telephone channel.
 */
public final class SyllableNuclei {
    static final int HOP_MS = 10;
    static final double LOW_HZ = 300;
    static final double HIGH_HZ = 2500;
    /** Envelope smoothing; shorter windows split vowels, longer ones merge fast syllables. */
    static final int SMOOTH_MS = 50;
    /** A peak needs this much dip before it to count as a new syllable. */
    static final double MIN_DIP_DB = 2.0;
    /** Mandarin rarely exceeds 8 syllables per second. */
    static final int MIN_PEAK_DISTANCE_MS = 120;
    /** Peaks this far below the segment's loudest are breath or noise. */
    static final double MAX_BELOW_TOP_DB = 20.0;

    private SyllableNuclei() {}

    /** Syllable nuclei in each speech segment of one channel. */
    public static int[] perSegment(float[] samples, int sampleRate, List<SpeechSegment> speech) {
        double[] envelope = envelopeDb(samples, sampleRate);
        int[] counts = new int[speech.size()];
        for (int k = 0; k < counts.length; k++) {
            int from = (int) (speech.get(k).startMs() / HOP_MS);
            int to = (int) Math.min(envelope.length, speech.get(k).endMs() / HOP_MS);
            counts[k] = peaks(envelope, from, to);
        }
        return counts;
    }

    static double[] envelopeDb(float[] samples, int sampleRate) {
        double high = Math.min(HIGH_HZ, sampleRate * 0.45);
        Butterworth band = new Butterworth();
        band.bandPass(2, sampleRate, (LOW_HZ + high) / 2, high - LOW_HZ);
        int hop = sampleRate * HOP_MS / 1000;
        int frames = samples.length / hop;
        double[] energy = new double[frames];
        for (int f = 0, i = 0; f < frames; f++) {
            double sum = 0;
            for (int end = i + hop; i < end; i++) {
                double y = band.filter(samples[i]);
                sum += y * y;
            }
            energy[f] = sum / hop;
        }
        double[] smooth = hannSmooth(energy, SMOOTH_MS / HOP_MS);
        for (int f = 0; f < frames; f++) smooth[f] = 10 * Math.log10(smooth[f] + 1e-12);
        return smooth;
    }

    private static double[] hannSmooth(double[] x, int width) {
        double[] w = new double[width];
        double norm = 0;
        for (int k = 0; k < width; k++) {
            w[k] = Math.sin(Math.PI * (k + 1) / (width + 1));
            w[k] *= w[k];
            norm += w[k];
        }
        double[] out = new double[x.length];
        int half = width / 2;
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            for (int k = 0; k < width; k++) {
                int j = i + k - half;
                if (j >= 0 && j < x.length) sum += w[k] * x[j];
            }
            out[i] = sum / norm;
        }
        return out;
    }

    /** Local maxima near the top of the segment, each separated from the previous kept peak by a dip. */
    private static int peaks(double[] db, int from, int to) {
        if (to - from < 3) return 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) top = Math.max(top, db[i]);
        int kept = -1;
        int count = 0;
        for (int i = from + 1; i < to - 1; i++) {
            if (!(db[i] >= db[i - 1] && db[i] > db[i + 1] && db[i] > top - MAX_BELOW_TOP_DB)) continue;
            if (kept >= 0) {
                double valley = db[kept];
                for (int j = kept; j <= i; j++) valley = Math.min(valley, db[j]);
                double dip = Math.min(db[kept], db[i]) - valley;
                if (dip < MIN_DIP_DB || (i - kept) * HOP_MS < MIN_PEAK_DISTANCE_MS) {
                    if (db[i] > db[kept]) kept = i; // same syllable: keep its louder peak
                    continue;
                }
            }
            kept = i;
            count++;
        }
        return count;
    }
}
