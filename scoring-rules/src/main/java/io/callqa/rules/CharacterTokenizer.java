package io.callqa.rules;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One token per letter or digit, punctuation and spaces dropped. A phrase over these tokens is an
 * exact substring match that does not depend on where the word segmenter put its boundaries; a
 * punctuation mark or line break leaves a position gap, so a phrase never spans two clauses.
 */
public final class CharacterTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int position;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        boolean punctuated = false;
        for (int c; (c = input.read()) != -1; ) {
            int at = position++;
            if (!Character.isLetterOrDigit(c)) {
                punctuated |= breaksPhrase(c);
                continue;
            }
            increment.setPositionIncrement(punctuated ? 2 : 1);
            term.setEmpty().append(Character.toLowerCase((char) c));
            offset.setOffset(correctOffset(at), correctOffset(at + 1));
            return true;
        }
        return false;
    }

    /**
     * A phrase does not run across punctuation or a line (存款，产品 is not 存款产品), but it does across a
     * space: ASR output that other engines write as space-separated words (让 大伙 都 知道) is one clause,
     * and so is speech with hesitations a transcriber wrote as ellipses (您自己……去网点).
     */
    static boolean breaksPhrase(int c) {
        return c != ' ' && c != '\u3000' && c != '\t' && c != '\u2026' && c != '\u22ef';
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(position), correctOffset(position));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        position = 0;
    }
}
