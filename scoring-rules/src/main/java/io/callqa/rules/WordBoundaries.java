package io.callqa.rules;

import com.hankcs.hanlp.seg.common.Term;
import java.util.BitSet;

/**
 * Where a text's HanLP words begin and end, segmented clause by clause (as {@link HanLpTokenizer}
 * does) and only for the clauses asked about. A sound-alike of two or three syllables must not cut
 * through a word: 全部买 sounds like 不买 and 起步要 like 不要 only across the words 全部 and 起步.
 */
final class WordBoundaries {
    private final String text;
    /** Offsets of clauses already segmented. */
    private final BitSet segmented = new BitSet();
    /** Offsets strictly inside a word of two or more characters: a match that starts or ends there cuts it. */
    private final BitSet insideWord = new BitSet();

    WordBoundaries(String text) {
        this.text = text;
    }

    /** Whether the span [start, end) begins or ends inside a word (it lies in one clause). */
    boolean cuts(int start, int end) {
        segmentClauseAt(start);
        return insideWord.get(start) || insideWord.get(end);
    }

    private void segmentClauseAt(int offset) {
        if (segmented.get(offset)) return;
        int start = offset;
        while (start > 0 && HanLpTokenizer.inClause(text.charAt(start - 1))) start--;
        int end = offset;
        while (end < text.length() && HanLpTokenizer.inClause(text.charAt(end))) end++;
        segmented.set(start, Math.max(end, start + 1));
        if (end <= start) return;
        for (Term t : ClauseWords.of(text.substring(start, end))) {
            int from = start + t.offset;
            if (t.word.length() > 1) insideWord.set(from + 1, from + t.word.length());
        }
    }
}
