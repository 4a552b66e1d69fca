package io.callqa.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/** {@link SpokenNumbers} as the first step of every analysis chain; offsets still point into the original text. */
public final class SpokenNumberCharFilter extends BaseCharFilter {
    private Reader normalized;

    public SpokenNumberCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (normalized == null) {
            StringBuilder sb = new StringBuilder();
            char[] b = new char[1024];
            for (int n; (n = input.read(b)) > 0; ) sb.append(b, 0, n);
            SpokenNumbers.Normalized n = SpokenNumbers.normalize(sb.toString());
            int[] src = n.sourceOffsets();
            for (int o = 0; o < src.length; o++) {
                if (src[o] != o + getLastCumulativeDiff()) addOffCorrectMap(o, src[o] - o);
            }
            normalized = new StringReader(n.text());
        }
        return normalized.read(buf, off, len);
    }
}
