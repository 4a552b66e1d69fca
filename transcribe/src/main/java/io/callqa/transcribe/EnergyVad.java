package io.callqa.transcribe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Voice activity by frame energy against the channel's own noise floor: 20 ms frames, speech when
 * a frame is well above the quietest tenth of the channel, short gaps bridged, blips dropped.
 * Telephone channels differ in gain and hiss, so the threshold is relative, with an absolute floor.
 * Two thresholds (hysteresis): loud frames start a segment, which then extends over the weaker
 * frames around it, so soft onsets and trailing consonants are not cut off.
 */
public final class EnergyVad {
    static final int FRAME_MS = 20;
    /** Frames this far above the noise floor extend a segment begun by louder frames. */
    static final double EXTEND_MARGIN_DB = 6.0;
    /** The extension steps over dips this short (a stop consonant, a breath between syllables). */
    static final int EXTEND_GAP_FRAMES = 8;
    private final double marginDb;
    private final double absoluteFloorDb;
    private final long bridgeGapMs;
    private final long minSpeechMs;

    public EnergyVad() {
        this(9.0, -50.0, 300, 120);
    }

    public EnergyVad(double marginDb, double absoluteFloorDb, long bridgeGapMs, long minSpeechMs) {
        this.marginDb = marginDb;
        this.absoluteFloorDb = absoluteFloorDb;
        this.bridgeGapMs = bridgeGapMs;
        this.minSpeechMs = minSpeechMs;
    }

    public List<SpeechSegment> segments(float[] samples, int sampleRate) {
        int frameLen = sampleRate * FRAME_MS / 1000;
        int frames = samples.length / frameLen;
        double[] db = new double[frames];
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * frameLen; i < (f + 1) * frameLen; i++) sum += samples[i] * samples[i];
            db[f] = 10 * Math.log10(sum / frameLen + 1e-12);
        }
        double floor = noiseFloor(db);
        double trigger = Math.max(absoluteFloorDb, floor + marginDb);
        double extend = Math.max(absoluteFloorDb - (marginDb - EXTEND_MARGIN_DB), floor + EXTEND_MARGIN_DB);
        List<SpeechSegment> raw = new ArrayList<>();
        int f = 0;
        while (f < frames) {
            if (db[f] <= trigger) {
                f++;
                continue;
            }
            int start = f;
            for (int k = start - 1; k >= 0 && start - k <= EXTEND_GAP_FRAMES; k--) {
                if (db[k] > extend) start = k;
            }
            int end = f + 1;
            for (int k = end; k < frames && k - end < EXTEND_GAP_FRAMES; k++) {
                if (db[k] > extend) end = k + 1;
            }
            if (!raw.isEmpty() && start * FRAME_MS < raw.get(raw.size() - 1).endMs()) start = (int) (raw.get(raw.size() - 1).endMs() / FRAME_MS);
            raw.add(new SpeechSegment((long) start * FRAME_MS, (long) end * FRAME_MS));
            f = end;
        }
        return mergeAndFilter(raw);
    }

    private static double noiseFloor(double[] db) {
        if (db.length == 0) return -120;
        double[] sorted = db.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 10];
    }

    private List<SpeechSegment> mergeAndFilter(List<SpeechSegment> raw) {
        List<SpeechSegment> merged = new ArrayList<>();
        for (SpeechSegment s : raw) {
            SpeechSegment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.startMs() - last.endMs() <= bridgeGapMs) {
                merged.set(merged.size() - 1, new SpeechSegment(last.startMs(), s.endMs()));
            } else {
                merged.add(s);
            }
        }
        merged.removeIf(s -> s.durationMs() < minSpeechMs);
        return merged;
    }
}
