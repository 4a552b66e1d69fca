package io.callqa.rules;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One token per run of digits (after {@link SpokenNumberCharFilter}: 幺三八 零零 is already 13800).
 * Rules' /regex/ patterns match these whole numbers: /[0-9]{15,19}/ is a card number however it
 * was said, /[0-9]{4}/ the last four digits a caller gives.
 */
public final class NumberTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int position;
    private int pending = -2; // -2: nothing held back; -1: end of input held back

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        StringBuilder digits = new StringBuilder();
        int start = -1;
        while (true) {
            int c = pending != -2 ? pending : input.read();
            pending = -2;
            if (c >= '0' && c <= '9') {
                if (start < 0) start = position;
                digits.append((char) c);
                position++;
                continue;
            }
            if (start >= 0) {
                pending = c; // read one past the run: keep it for the next call
                term.setEmpty().append(digits);
                offset.setOffset(correctOffset(start), correctOffset(position));
                return true;
            }
            if (c == -1) return false;
            position++;
        }
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
        pending = -2;
    }
}
