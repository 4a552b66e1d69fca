package io.callqa.rules;

import java.util.Arrays;

/**
 * Rewrites numbers as ASR writes them into plain digits, so rules (and masking) see one form:
 * runs of three or more digits, spoken (幺三八零, 两, 洞) or written, with spaces or dashes
 * between them, become Arabic digits (幺三八 零零 → 13800); 百分之四点五 becomes 4.5%.
 * Shorter runs stay as they are: 一下, 两个 and 三四天 are words, not numbers.
 * Each output character keeps the offset of the input character it came from.
 */
public final class SpokenNumbers {
    static final String SPOKEN = "零〇一二三四五六七八九幺两洞";
    static final String VALUES = "00123456789120";
    static final int MIN_RUN = 3;

    /** Normalised text and, per output char, its offset in the original. */
    public record Normalized(String text, int[] sourceOffsets) {}

    private SpokenNumbers() {}

    public static Normalized normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] src = new int[4 * s.length() + 1]; // a masked number expands up to four times
        int i = 0;
        while (i < s.length()) {
            int maskEnd = maskedNumber(s, i, out, src);
            if (maskEnd > i) {
                i = maskEnd;
                continue;
            }
            int percentEnd = percent(s, i, out, src);
            if (percentEnd > i) {
                i = percentEnd;
                continue;
            }
            int end = digitRunEnd(s, i);
            if (end > i) {
                for (int k = i; k < end; k++) {
                    int d = digit(s.charAt(k));
                    if (d < 0) continue; // a separator inside the run
                    src[out.length()] = k;
                    out.append((char) ('0' + d));
                }
                i = end;
                continue;
            }
            src[out.length()] = i;
            out.append(s.charAt(i++));
        }
        src[out.length()] = s.length();
        return new Normalized(out.toString(), Arrays.copyOf(src, out.length() + 1));
    }

    /** End of a run of at least MIN_RUN digits starting at i (separators allowed between digits), or i. */
    private static int digitRunEnd(String s, int i) {
        if (digit(s.charAt(i)) < 0) return i;
        int digits = 0;
        int end = i;
        int k = i;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (digit(c) >= 0) {
                digits++;
                end = ++k;
            } else if ((c == ' ' || c == '-' || c == '－') && k + 1 < s.length() && digit(s.charAt(k + 1)) >= 0) {
                k++;
            } else {
                break;
            }
        }
        return digits >= MIN_RUN ? end : i;
    }

    /**
     * A number already masked upstream ([卡号], [身份证号], [手机号], [账号]) still was a full number:
     * it reads as a run of zeros of that length, so rules about numbers said (read out, or given
     * to verify identity) still see it.
     */
    private static final String[][] MASKS = {{"[卡号]", "16"}, {"[身份证号]", "18"}, {"[手机号]", "11"}, {"[账号]", "16"},
                {"【卡号】", "16"}, {"【身份证号】", "18"}, {"【手机号】", "11"}, {"【账号】", "16"}};

    private static int maskedNumber(String s, int i, StringBuilder out, int[] src) {
        if (s.charAt(i) != '[' && s.charAt(i) != '【') return i;
        for (String[] m : MASKS) {
            if (!s.startsWith(m[0], i)) continue;
            for (int k = 0; k < Integer.parseInt(m[1]); k++) {
                src[out.length()] = i;
                out.append('0');
            }
            return i + m[0].length();
        }
        return i;
    }

    /** 百分之X[点Y] → X[.Y]%; returns the end of what it consumed, or i. */
    private static int percent(String s, int i, StringBuilder out, int[] src) {
        if (!s.startsWith("百分之", i)) return i;
        int k = i + 3;
        int start = k;
        while (k < s.length() && "零一二三四五六七八九十两".indexOf(s.charAt(k)) >= 0) k++;
        if (k == start) return i;
        String whole = String.valueOf(chineseUpTo99(s.substring(start, k)));
        String frac = "";
        if (k + 1 < s.length() && s.charAt(k) == '点' && digit(s.charAt(k + 1)) >= 0) {
            int f = k + 1;
            StringBuilder fb = new StringBuilder();
            while (f < s.length() && digit(s.charAt(f)) >= 0) fb.append(digit(s.charAt(f++)));
            frac = "." + fb;
            k = f;
        }
        String value = whole + frac + "%";
        for (int c = 0; c < value.length(); c++) {
            src[out.length()] = i + Math.min(c, k - i - 1);
            out.append(value.charAt(c));
        }
        return k;
    }

    private static int chineseUpTo99(String t) {
        int ten = t.indexOf('十');
        if (ten < 0) return t.chars().reduce(0, (acc, c) -> acc * 10 + Math.max(0, digit((char) c)));
        int tens = ten == 0 ? 1 : digit(t.charAt(ten - 1));
        int ones = ten + 1 < t.length() ? digit(t.charAt(ten + 1)) : 0;
        return tens * 10 + Math.max(0, ones);
    }

    /** A digit as written (0–9, ０–９) or as spoken (零 … 九, 幺, 两, 洞). */
    public static boolean isDigit(char c) {
        return digit(c) >= 0;
    }

    /** The value of a digit as written or spoken; -1 for any other character. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= '０' && c <= '９') return c - '０';
        int k = SPOKEN.indexOf(c);
        return k < 0 ? -1 : VALUES.charAt(k) - '0';
    }
}
