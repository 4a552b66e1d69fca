package io.callqa.rules;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins each pair of adjacent one-character tokens into one token (存款产品 → 存款 款产 产品; with
 * pinyin, "li cai"). A pair never spans a position gap, so never crosses punctuation. Bigrams are
 * what makes 500 phrase rules fast: the Monitor only tries rules that share a bigram with an
 * utterance, where single characters would make almost every rule a candidate.
 */
public final class AdjacentBigramFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final String separator;
    // The previous token and the current one, in two buffers that swap (no allocation per token).
    private char[] previous = new char[16];
    private char[] current = new char[16];
    private int previousLength = -1; // -1: no previous token
    private int previousStart;
    private boolean gapBefore;

    public AdjacentBigramFilter(TokenStream in, String separator) {
        super(in);
        this.separator = separator;
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
            char[] out = term.resizeBuffer(total);
            System.arraycopy(first, 0, out, 0, firstLength);
            separator.getChars(0, separator.length(), out, firstLength);
            System.arraycopy(previous, 0, out, firstLength + separator.length(), length);
            term.setLength(total);
            offset.setOffset(firstStart, offset.endOffset());
            increment.setPositionIncrement(gapBefore ? 2 : 1);
            gapBefore = false;
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousLength = -1;
        gapBefore = false;
    }
}
