package io.callqa.rules;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Lucene tokenizer that splits Chinese text into words with HanLP (banking dictionary loaded), dropping punctuation. */
public final class HanLpTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Segment segment = HanLP.newSegment().enableOffset(true);
    private Iterator<Term> terms;

    static {
        BankingDictionary.load();
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (terms == null) terms = segment.seg(readAll()).iterator();
        while (terms.hasNext()) {
            Term t = terms.next();
            if (t.word.isBlank() || (t.nature != null && t.nature.toString().startsWith("w"))) continue;
            term.setEmpty().append(t.word);
            offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
            return true;
        }
        return false;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1024];
        for (int n; (n = input.read(buf)) > 0; ) sb.append(buf, 0, n);
        return sb.toString();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms = null;
    }
}
