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
    private String previous;
    private int previousStart;
    private boolean gapBefore;

    public AdjacentBigramFilter(TokenStream in, String separator) {
        super(in);
        this.separator = separator;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String current = term.toString();
            int start = offset.startOffset();
            boolean adjacent = previous != null && increment.getPositionIncrement() == 1;
            boolean gap = previous != null && !adjacent;
            String first = previous;
            int firstStart = previousStart;
            previous = current;
            previousStart = start;
            if (gap) gapBefore = true;
            if (!adjacent) continue;
            term.setEmpty().append(first).append(separator).append(current);
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
        previous = null;
        gapBefore = false;
    }
}
