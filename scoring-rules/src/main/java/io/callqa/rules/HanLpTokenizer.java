package io.callqa.rules;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene tokenizer that splits Chinese text into words with HanLP (banking dictionary loaded). Each
 * clause (a run of letters and digits: punctuation, spaces and line breaks end it) is segmented on
 * its own, so a word never spans two clauses, as a phrase never does in the other fields.
 */
public final class HanLpTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final WordSpotter spotter;
    private String text;
    private BitSet wanted;
    private int clauseStart;
    private int clauseEnd;
    private Iterator<Term> terms = List.<Term>of().iterator();

    static {
        BankingDictionary.load();
    }

    /**
     * HanLP as every part of callqa segments words: banking dictionary loaded, and without person,
     * place and organisation name recognition (those never decide a rule or a tone, and cost three
     * quarters of the time). Rules and text models must see the same words.
     */
    public static Segment wordSegment() {
        return HanLP.newSegment().enableNameRecognize(false).enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false).enablePlaceRecognize(false).enableOrganizationRecognize(false);
    }

    public HanLpTokenizer() {
        this(null);
    }

    /** @param spotter when given, only clauses where one of its words occurs are segmented (no other can yield one of them) */
    public HanLpTokenizer(WordSpotter spotter) {
        this.spotter = spotter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (text == null) {
            text = readAll();
            wanted = spotter == null ? null : spotter.starts(text);
        }
        while (!terms.hasNext()) {
            if (!nextClause()) return false;
            terms = ClauseWords.of(text.substring(clauseStart, clauseEnd)).iterator();
        }
        Term t = terms.next();
        term.setEmpty().append(t.word);
        offset.setOffset(correctOffset(clauseStart + t.offset), correctOffset(clauseStart + t.offset + t.word.length()));
        return true;
    }

    /** Whether a character belongs to a clause: letters and digits do; punctuation, spaces and line breaks end one. */
    public static boolean inClause(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Moves to the next clause worth segmenting; false at the end of the text. */
    private boolean nextClause() {
        int at = clauseEnd;
        while (true) {
            while (at < text.length() && !inClause(text.charAt(at))) at++;
            if (at >= text.length()) return false;
            int end = at;
            while (end < text.length() && inClause(text.charAt(end))) end++;
            clauseStart = at;
            clauseEnd = end;
            if (wanted == null) return true;
            int first = wanted.nextSetBit(at);
            if (first >= 0 && first < end) return true;
            at = end;
        }
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1024];
        for (int n; (n = input.read(buf)) > 0; ) sb.append(buf, 0, n);
        return sb.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = text == null ? 0 : text.length();
        offset.setOffset(correctOffset(end), correctOffset(end));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = null;
        wanted = null;
        clauseStart = 0;
        clauseEnd = 0;
        terms = List.<Term>of().iterator();
    }
}
