package io.callqa.transcribe;

import java.util.List;

/**
 * Vosk's Chinese models print words separated by spaces ("您好 华夏 银行"). Chinese is written
 * without spaces; a space stays only between two Latin or digit words (e.g. "VIP 2").
 */
public final class ChineseWordJoiner {
    private ChineseWordJoiner() {}

    public static String join(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (out.length() > 0 && isLatinOrDigit(out.charAt(out.length() - 1)) && isLatinOrDigit(w.charAt(0))) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }
}
