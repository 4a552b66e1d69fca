package io.callqa.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import com.hankcs.hanlp.seg.common.Term;
import io.callqa.rules.ClauseWords;
import io.callqa.rules.HanLpTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Character 1–3-grams and HanLP words (clause by clause, as the rules' words field has them) hashed
 * into a fixed space, log term frequency, unit length.
 * Characters are robust to segmentation errors and ASR homophones; words carry what characters
 * split (不满意 vs 满意). Digits are folded to 0 so amounts do not matter.
 */
public final class CharNgramFeatures {
    public static final int DIMENSIONS = 1 << 20;
    /** Changes whenever the features change: a model built for other features must be rebuilt, not misread. */
    public static final String FORMAT = "char1-3+hanlp-clause-words/v4";

    private CharNgramFeatures() {}

    public static Feature[] of(String text) {
        String t = fold(text);
        List<String> words = words(text);
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
        for (String w : words) hashed[m++] = 1 + Math.floorMod(("w:" + w).hashCode() * 0x9E3779B1, DIMENSIONS);
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

    /** HanLP words clause by clause, as the rules' words field has them (and shared with it); punctuation marks one by one. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int end = i;
            while (end < text.length() && HanLpTokenizer.inClause(text.charAt(end))) end++;
            if (end == i) {
                if (!Character.isWhitespace(text.charAt(i))) out.add(String.valueOf(text.charAt(i)));
                i++;
                continue;
            }
            for (Term t : ClauseWords.of(text.substring(i, end))) out.add(t.word);
            i = end;
        }
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
