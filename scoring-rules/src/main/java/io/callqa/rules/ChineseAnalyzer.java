package io.callqa.rules;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The analysis chain for transcript text and rule queries: field {@code text} holds HanLP words,
 * field {@code chars} single characters (for quoted phrases, matched as exact substrings).
 */
public final class ChineseAnalyzer extends DelegatingAnalyzerWrapper {
    public static final String WORDS = "text";
    public static final String CHARS = "chars";
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new HanLpTokenizer());
        }
    };
    private final Analyzer chars = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new CharacterTokenizer());
        }
    };

    public ChineseAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return CHARS.equals(fieldName) ? chars : words;
    }
}
