package io.callqa.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Character 1–3-grams and HanLP words hashed into a fixed space, log term frequency, unit length.
 * Characters are robust to segmentation errors and ASR homophones; words carry what characters
 * split (不满意 vs 满意). Digits are folded to 0 so amounts do not matter.
 */
public final class CharNgramFeatures {
    public static final int DIMENSIONS = 1 << 20;
    /** Changes whenever the features change: a model built for other features must be rebuilt, not misread. */
    public static final String FORMAT = "char1-3+hanlp-words/v2";
    private static final ThreadLocal<com.hankcs.hanlp.seg.Segment> SEGMENT = ThreadLocal.withInitial(com.hankcs.hanlp.HanLP::newSegment);

    static {
        io.callqa.rules.BankingDictionary.load();
    }

    private CharNgramFeatures() {}

    public static Feature[] of(String text) {
        String t = fold(text);
        Map<Integer, Double> counts = new TreeMap<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                String g = t.substring(i, i + n);
                if (g.isBlank()) continue;
                int index = 1 + Math.floorMod((n * 31 + g.hashCode()) * 0x9E3779B1, DIMENSIONS);
                counts.merge(index, 1.0, Double::sum);
            }
        }
        for (com.hankcs.hanlp.seg.common.Term w : SEGMENT.get().seg(text)) {
            if (w.word.isBlank()) continue;
            counts.merge(1 + Math.floorMod(("w:" + w.word).hashCode() * 0x9E3779B1, DIMENSIONS), 1.0, Double::sum);
        }
        double norm = 0;
        for (Map.Entry<Integer, Double> e : counts.entrySet()) {
            e.setValue(1 + Math.log(e.getValue()));
            norm += e.getValue() * e.getValue();
        }
        norm = Math.sqrt(norm);
        Feature[] out = new Feature[counts.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : counts.entrySet()) out[k++] = new FeatureNode(e.getKey(), e.getValue() / norm);
        return out;
    }

    private static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('^');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return b.append('$').toString();
    }
}
