package io.callqa.rules;

import java.io.Reader;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The analysis chains for transcript text and rule queries, one per field, each starting with
 * {@link SpokenNumberCharFilter}: {@code text} holds HanLP words; {@code bigrams} pairs of adjacent
 * characters (quoted phrases, matched as exact substrings); {@code chars} single characters (one-
 * character phrases and "..."~N proximity); {@code pinyin} pairs of syllables as they sound (rules
 * that opt into homophones); {@code numbers} whole digit runs (/regex/ patterns).
 */
public final class ChineseAnalyzer extends DelegatingAnalyzerWrapper {
    public static final String WORDS = "text";
    public static final String CHARS = "chars";
    public static final String BIGRAMS = "bigrams";
    public static final String PINYIN = "pinyin";
    public static final String NUMBERS = "numbers";
    private final Analyzer words = chain(HanLpTokenizer::new, null);
    private final Analyzer chars = chain(CharacterTokenizer::new, null);
    private final Analyzer bigrams = chain(CharacterTokenizer::new, "");
    private final Analyzer pinyin = chain(PinyinTokenizer::new, " ");
    private final Analyzer numbers = chain(NumberTokenizer::new, null);

    public ChineseAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** @param bigramSeparator null for single tokens, else joins adjacent tokens into bigrams */
    private static Analyzer chain(Supplier<Tokenizer> tokenizer, String bigramSeparator) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new SpokenNumberCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return bigramSeparator == null ? new TokenStreamComponents(source)
                        : new TokenStreamComponents(source, new AdjacentBigramFilter(source, bigramSeparator));
            }
        };
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return switch (fieldName) {
            case CHARS -> chars;
            case BIGRAMS -> bigrams;
            case PINYIN -> pinyin;
            case NUMBERS -> numbers;
            default -> words;
        };
    }
}
