package io.callqa.rules;

import java.io.Reader;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The analysis chains for transcript text and rule queries, one per field, each starting with
 * {@link SpokenNumberCharFilter}: {@code text} holds HanLP words, {@code chars} single characters
 * (quoted phrases, matched as exact substrings), {@code pinyin} what each character sounds like
 * (rules that opt into homophones).
 */
public final class ChineseAnalyzer extends DelegatingAnalyzerWrapper {
    public static final String WORDS = "text";
    public static final String CHARS = "chars";
    public static final String PINYIN = "pinyin";
    private final Analyzer words = chain(HanLpTokenizer::new);
    private final Analyzer chars = chain(CharacterTokenizer::new);
    private final Analyzer pinyin = chain(PinyinTokenizer::new);

    public ChineseAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    private static Analyzer chain(Supplier<Tokenizer> tokenizer) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new SpokenNumberCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(tokenizer.get());
            }
        };
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return switch (fieldName) {
            case CHARS -> chars;
            case PINYIN -> pinyin;
            default -> words;
        };
    }
}
