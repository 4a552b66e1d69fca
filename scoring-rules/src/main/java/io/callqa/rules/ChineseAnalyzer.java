package io.callqa.rules;

import org.apache.lucene.analysis.Analyzer;

/** The analysis chain for transcript text and rule queries: HanLP words. */
public final class ChineseAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanLpTokenizer());
    }
}
