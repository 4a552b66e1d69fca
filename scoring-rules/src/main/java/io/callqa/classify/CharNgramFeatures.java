package io.callqa.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.Arrays;

/**
 * Character 1–3-grams and HanLP words hashed into a fixed space, log term frequency, unit length.
 * Characters are robust to segmentation errors and ASR homophones; words carry what characters
 * split (不满意 vs 满意). Digits are folded to 0 so amounts do not matter.
 */
public final class CharNgramFeatures {
    public static final int DIMENSIONS = 1 << 20;
    /** Changes whenever the features change: a model built for other features must be rebuilt, not misread. */
    public static final String FORMAT = "char1-3+hanlp-words/v3";
    private static final ThreadLocal<com.hankcs.hanlp.seg.Segment> SEGMENT = ThreadLocal.withInitial(io.callqa.rules.HanLpTokenizer::wordSegment);

    private CharNgramFeatures() {}

    public static Feature[] of(String text) {
        String t = fold(text);
        java.util.List<com.hankcs.hanlp.seg.common.Term> words = SEGMENT.get().seg(text);
        int[] hashed = new int[3 * t.length() + words.size()];
        int m = 0;
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                int h = 0; // the n-gram's String.hashCode, without making the string
                boolean blank = true;
                for (int j = i; j < i + n; j++) {
                    char c = t.charAt(j);
                    h = 31 * h + c;
                    blank &= Character.isWhitespace(c);
                }
                if (!blank) hashed[m++] = 1 + Math.floorMod((n * 31 + h) * 0x9E3779B1, DIMENSIONS);
            }
        }
        for (com.hankcs.hanlp.seg.common.Term w : words) {
            if (!w.word.isBlank()) hashed[m++] = 1 + Math.floorMod(("w:" + w.word).hashCode() * 0x9E3779B1, DIMENSIONS);
        }
        Arrays.sort(hashed, 0, m);
        // Distinct indices ascending, each with log term frequency, then unit length.
        int distinct = 0;
        double[] value = new double[m];
        for (int i = 0; i < m; ) {
            int j = i;
            while (j < m && hashed[j] == hashed[i]) j++;
            hashed[distinct] = hashed[i];
            value[distinct++] = 1 + Math.log(j - i);
            i = j;
        }
        double norm = 0;
        for (int k = 0; k < distinct; k++) norm += value[k] * value[k];
        norm = Math.sqrt(norm);
        Feature[] out = new Feature[distinct];
        for (int k = 0; k < distinct; k++) out[k] = new FeatureNode(hashed[k], value[k] / norm);
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
