package io.callqa.rules;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;

/**
 * A text as the string of units an exact phrase is matched on in one of the one-character fields:
 * in {@code chars} and {@code bigrams} each letter or digit in lower case, in {@code pinyin} and
 * {@code pinyin_span} each one's syllable (one private-use character per folded spelling), and one
 * {@link #BREAK} wherever the field's tokenizer leaves a position gap. An exact phrase over such a
 * field's tokens holds exactly where its own units occur in this string, so an Aho-Corasick pass
 * finds all of them without analysing the text into tokens.
 */
final class PhraseUnits {
    /** Where a phrase may not run on (punctuation, a line; in {@code pinyin} a space too). Not a letter or digit, so never a unit. */
    static final char BREAK = '\uF8FF';
    private static final Map<String, Character> SYLLABLES = new HashMap<>();
    /** The unit of each HanLP syllable, by ordinal, and of each ASCII character (a letter may spell a syllable: a, e, o). */
    private static final char[] SYLLABLE_UNIT = new char[Pinyin.values().length];
    private static final char[] ASCII_UNIT = new char[128];

    static {
        for (String s : PinyinTokenizer.FOLDED) SYLLABLES.computeIfAbsent(s, k -> (char) (0xE000 + SYLLABLES.size()));
        for (Pinyin p : Pinyin.values()) SYLLABLE_UNIT[p.ordinal()] = unit(PinyinTokenizer.FOLDED[p.ordinal()]);
        for (char c = 0; c < 128; c++) ASCII_UNIT[c] = unit(String.valueOf(c));
    }

    final String units;
    /** Offset in the text of each unit (-1 for a break). */
    final int[] offsets;

    private PhraseUnits(String units, int[] offsets) {
        this.units = units;
        this.offsets = offsets;
    }

    /** The fields whose tokens are single characters or their syllables. */
    static boolean covers(String field) {
        return field.equals(ChineseAnalyzer.CHARS) || field.equals(ChineseAnalyzer.BIGRAMS) || field.equals(ChineseAnalyzer.PINYIN) || field.equals(ChineseAnalyzer.PINYIN_SPAN);
    }

    /** The field whose units are the same: chars and bigrams differ in tokens, not in units (one automaton serves both). */
    static String sameUnitsAs(String field) {
        return field.equals(ChineseAnalyzer.CHARS) ? ChineseAnalyzer.BIGRAMS : field;
    }

    /** The text's units in a covered field, as {@link CharacterTokenizer} and {@link PinyinTokenizer} would make its tokens. */
    static PhraseUnits of(String field, String text) {
        boolean sound = field.equals(ChineseAnalyzer.PINYIN) || field.equals(ChineseAnalyzer.PINYIN_SPAN);
        boolean spaceBreaks = field.equals(ChineseAnalyzer.PINYIN);
        List<Pinyin> pinyin = sound ? PinyinTokenizer.pinyinOf(text) : null;
        StringBuilder units = new StringBuilder(text.length());
        int[] offsets = new int[2 * text.length()];
        boolean gap = false;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (!Character.isLetterOrDigit(c)) {
                gap |= spaceBreaks || CharacterTokenizer.breaksPhrase(c);
                continue;
            }
            if (gap && units.length() > 0) {
                offsets[units.length()] = -1;
                units.append(BREAK);
            }
            gap = false;
            offsets[units.length()] = at;
            units.append(sound ? soundOf(pinyin, at, c) : Character.toLowerCase(c));
        }
        return new PhraseUnits(units.toString(), Arrays.copyOf(offsets, units.length()));
    }

    /**
     * The units of a term or exact phrase of a covered field (terms at their positions: a bigram
     * overlaps the next by one unit, a position skipped is a break); null if it is not of that shape.
     */
    static String ofPhrase(Term[] terms, int[] positions) {
        boolean sound = terms[0].field().equals(ChineseAnalyzer.PINYIN) || terms[0].field().equals(ChineseAnalyzer.PINYIN_SPAN);
        boolean pairs = !terms[0].field().equals(ChineseAnalyzer.CHARS);
        StringBuilder out = new StringBuilder();
        String last = null;
        for (int i = 0; i < terms.length; i++) {
            String[] parts = sound ? terms[i].text().split(" ", -1) : terms[i].text().split("");
            if (parts.length != (pairs ? 2 : 1)) return null;
            for (String part : parts) if (sound ? part.length() != 1 && !SYLLABLES.containsKey(part) : part.length() != 1) return null;
            int step = i == 0 ? 0 : positions[i] - positions[i - 1];
            // In chars a skipped position is a break; a pair of a phrase overlaps the pair before (a gap
            // between pairs may hide a lone character, as in 好的，嗯，谢谢: those stay with the tokens).
            if (step == 2 && !pairs) out.append(BREAK);
            else if (i > 0 && (step != 1 || pairs && !parts[0].equals(last))) return null;
            for (int k = step == 1 && pairs ? 1 : 0; k < parts.length; k++) out.append(sound ? unit(parts[k]) : parts[k].charAt(0));
            last = parts[parts.length - 1];
        }
        return out.toString();
    }

    /** The unit of the token {@link PinyinTokenizer} makes for the character at an offset, without making the string. */
    private static char soundOf(List<Pinyin> pinyin, int at, char c) {
        Pinyin p = PinyinTokenizer.syllableAt(pinyin, at);
        if (p != Pinyin.none5) return SYLLABLE_UNIT[p.ordinal()];
        char lower = Character.toLowerCase(c);
        return lower < 128 ? ASCII_UNIT[lower] : lower;
    }

    /** One character per spelling: a syllable's private-use code, or a letter or digit that has no syllable itself. */
    private static char unit(String spelling) {
        Character code = SYLLABLES.get(spelling);
        return code != null ? code : spelling.charAt(0);
    }
}
