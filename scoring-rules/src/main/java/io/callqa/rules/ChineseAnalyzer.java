package io.callqa.rules;

import java.io.Reader;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.KeepWordFilter;

/**
 * The analysis chains for transcript text and rule queries, one per field, each starting with
 * {@link SpokenNumberCharFilter}: {@code text} holds HanLP words; {@code bigrams} pairs of adjacent
 * characters (quoted phrases, matched as exact substrings); {@code chars} single characters (one-
 * character phrases and "..."~N proximity); {@code pinyin} pairs of syllables as they sound (rules
 * that opt into homophones), within a written word, and {@code pinyin_span} the same across the spaces
 * of ASR's words (for phrases of four syllables or more); {@code numbers} whole digit runs (/regex/ patterns).
 */
public final class ChineseAnalyzer extends DelegatingAnalyzerWrapper {
    public static final String WORDS = "text";
    public static final String CHARS = "chars";
    public static final String BIGRAMS = "bigrams";
    public static final String PINYIN = "pinyin";
    public static final String PINYIN_SPAN = "pinyin_span";
    public static final String NUMBERS = "numbers";
    private final Analyzer words;
    private final Analyzer chars;
    private final Analyzer bigrams;
    private final Analyzer pinyin;
    private final Analyzer pinyinSpan;
    private final Analyzer numbers;

    public ChineseAnalyzer() {
        this(true, Map.of());
    }

    /**
     * @param normalize whether spoken numbers are rewritten first (false: the caller already did, once for all fields)
     * @param keep per field, the only terms worth indexing (the terms some rule asks for); a field not in it keeps all
     */
    private ChineseAnalyzer(boolean normalize, Map<String, CharArraySet> keep) {
        super(PER_FIELD_REUSE_STRATEGY);
        CharArraySet ruleWords = keep.get(WORDS);
        WordSpotter spotter = ruleWords == null ? null : new WordSpotter(ruleWords);
        words = chain(() -> new HanLpTokenizer(spotter), null, normalize, ruleWords);
        chars = chain(CharacterTokenizer::new, null, normalize, keep.get(CHARS));
        bigrams = chain(CharacterTokenizer::new, "", normalize, keep.get(BIGRAMS));
        pinyin = chain(() -> new PinyinTokenizer(false), " ", normalize, keep.get(PINYIN));
        pinyinSpan = chain(() -> new PinyinTokenizer(true), " ", normalize, keep.get(PINYIN_SPAN));
        numbers = chain(NumberTokenizer::new, null, normalize, keep.get(NUMBERS));
    }

    /**
     * For call documents matched against rules: the text comes already rewritten by {@link SpokenNumbers},
     * and only the terms some rule asks for are indexed (a phrase still needs its terms at adjacent
     * positions, which the dropped terms keep). Indexing a fifth of the tokens is what makes matching fast.
     */
    public static ChineseAnalyzer forDocuments(Map<String, CharArraySet> vocabulary) {
        return new ChineseAnalyzer(false, vocabulary);
    }

    /** @param bigramSeparator null for single tokens, else joins adjacent tokens into bigrams */
    private static Analyzer chain(Supplier<Tokenizer> tokenizer, String bigramSeparator, boolean normalize, CharArraySet keep) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalize ? new SpokenNumberCharFilter(reader) : reader;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                if (bigramSeparator != null) return new TokenStreamComponents(source, new AdjacentBigramFilter(source, bigramSeparator, keep));
                return new TokenStreamComponents(source, keep == null ? source : new KeepWordFilter(source, keep));
            }
        };
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return switch (fieldName) {
            case CHARS -> chars;
            case BIGRAMS -> bigrams;
            case PINYIN -> pinyin;
            case PINYIN_SPAN -> pinyinSpan;
            case NUMBERS -> numbers;
            default -> words;
        };
    }
}
