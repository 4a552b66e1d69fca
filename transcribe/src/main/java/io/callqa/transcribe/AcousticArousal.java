package io.callqa.transcribe;

import io.callqa.call.Utterance;
import java.util.Arrays;
import java.util.List;

/**
 * How aroused a speaker sounds in each turn: loudness and pitch against the same speaker's own
 * baseline in this call (z-scores, averaged). A raised voice stands out from a quiet speaker and
 * from a loud line alike. It says nothing about whether the arousal is anger or joy: the emotion
 * stage combines it with the words.
 */
public final class AcousticArousal {
    /** Spreads below these are treated as these, so a very even speaker does not turn small changes into alarms. */
    static final double MIN_DB_SPREAD = 3.0;
    static final double MIN_SEMITONE_SPREAD = 1.5;

    private AcousticArousal() {}

    /** Sets {@link Utterance#arousal} on turns of one speaker, all taken from this channel. */
    public static void measure(float[] samples, int sampleRate, List<Utterance> turns) {
        int n = turns.size();
        if (n < 3) return; // no baseline to compare against
        double[] db = new double[n];
        double[] st = new double[n];
        for (int i = 0; i < n; i++) {
            Utterance u = turns.get(i);
            int from = (int) Math.min(samples.length, u.startMs * sampleRate / 1000);
            int to = (int) Math.min(samples.length, u.endMs * sampleRate / 1000);
            double sum = 0;
            for (int k = from; k < to; k++) sum += samples[k] * samples[k];
            db[i] = 10 * Math.log10(sum / Math.max(1, to - from) + 1e-12);
            double hz = PitchTracker.medianHz(samples, sampleRate, u.startMs, u.endMs);
            st[i] = hz > 0 ? 12 * Math.log(hz / 100) / Math.log(2) : Double.NaN;
        }
        double dbMid = median(db);
        double dbSpread = Math.max(MIN_DB_SPREAD, 1.4826 * median(absDev(db, dbMid)));
        double[] voiced = Arrays.stream(st).filter(x -> !Double.isNaN(x)).toArray();
        double stMid = voiced.length == 0 ? Double.NaN : median(voiced);
        double stSpread = voiced.length == 0 ? 1 : Math.max(MIN_SEMITONE_SPREAD, 1.4826 * median(absDev(voiced, stMid)));
        for (int i = 0; i < n; i++) {
            double z = (db[i] - dbMid) / dbSpread;
            if (!Double.isNaN(st[i]) && !Double.isNaN(stMid)) z = (z + (st[i] - stMid) / stSpread) / 2;
            turns.get(i).arousal = Math.round(z * 100) / 100.0;
        }
    }

    private static double[] absDev(double[] x, double mid) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = Math.abs(x[i] - mid);
        return d;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
