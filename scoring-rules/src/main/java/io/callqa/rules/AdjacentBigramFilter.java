package io.callqa.rules;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins each pair of adjacent one-character tokens into one token (存款产品 → 存款 款产 产品; with
 * pinyin, "li cai"). A pair never spans a position gap, so never crosses punctuation. Quoted phrases
 * compile to phrases of bigrams: a Monitor then only tries rules that share a bigram with an
 * utterance, where single characters would make almost every rule a candidate (callqa matches most
 * of them as strings instead, see {@link ExactPhraseLeaves}, which gives the same matches).
 */
public final class AdjacentBigramFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final String separator;
    /** When given, the only pairs emitted; the others only move the position on (as a KeepWordFilter after this would, without building them). */
    private final CharArraySet keep;
    // The previous token and the current one, in two buffers that swap (no allocation per token).
    private char[] previous = new char[16];
    private char[] current = new char[16];
    private char[] pair = new char[32];
    private int previousLength = -1; // -1: no previous token
    private int previousStart;
    private boolean gapBefore;
    private int skipped;

    public AdjacentBigramFilter(TokenStream in, String separator) {
        this(in, separator, null);
    }

    public AdjacentBigramFilter(TokenStream in, String separator, CharArraySet keep) {
        super(in);
        this.separator = separator;
        this.keep = keep;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            boolean adjacent = previousLength >= 0 && increment.getPositionIncrement() == 1;
            if (previousLength >= 0 && !adjacent) gapBefore = true;
            int start = offset.startOffset();
            int length = term.length();
            if (current.length < length) current = new char[length];
            System.arraycopy(term.buffer(), 0, current, 0, length);
            char[] first = previous;
            int firstLength = previousLength;
            int firstStart = previousStart;
            previous = current;
            current = first;
            previousLength = length;
            previousStart = start;
            if (!adjacent) continue;
            int total = firstLength + separator.length() + length;
            if (pair.length < total) pair = new char[total];
            System.arraycopy(first, 0, pair, 0, firstLength);
            separator.getChars(0, separator.length(), pair, firstLength);
            System.arraycopy(previous, 0, pair, firstLength + separator.length(), length);
            int step = gapBefore ? 2 : 1;
            gapBefore = false;
            if (keep != null && !keep.contains(pair, 0, total)) {
                skipped += step;
                continue;
            }
            term.copyBuffer(pair, 0, total);
            offset.setOffset(firstStart, offset.endOffset());
            increment.setPositionIncrement(skipped + step);
            skipped = 0;
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
        skipped = 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
        gapBefore = false;
        skipped = 0;
    }
}
