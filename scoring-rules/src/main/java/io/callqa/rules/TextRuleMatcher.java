package io.callqa.rules;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * All text conditions of all rules as Lucene Monitor stored queries: a call's utterances are matched
 * once, as one batch, against every rule, and each match keeps the offsets of the words that matched.
 */
public final class TextRuleMatcher implements Closeable {
    static final String FIELD = "text";
    private static final ChineseAnalyzer ANALYZER = new ChineseAnalyzer();
    /** Offsets are indexed so every match can say which words it matched. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }
    private final Monitor monitor;

    public TextRuleMatcher(List<Rule> rules) throws IOException {
        monitor = new Monitor(ANALYZER);
        List<MonitorQuery> queries = new ArrayList<>();
        for (Rule r : rules) {
            if (r.query == null) continue;
            try {
                queries.add(new MonitorQuery(r.id, parse(r.query)));
            } catch (ParseException e) {
                throw new IllegalArgumentException("rule " + r.id + ": " + e.getMessage(), e);
            }
        }
        monitor.register(queries);
    }

    /** Rule-query syntax: Lucene classic (phrases, AND/OR/NOT, "a b"~N proximity); a Chinese term is a phrase of its words. */
    public static Query parse(String query) throws ParseException {
        QueryParser parser = new QueryParser(FIELD, ANALYZER);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser.parse(query);
    }

    /** A matched span inside one text. */
    public record Span(int start, int end) {}

    /** For each rule id that matched: text index → matched spans in that text. */
    public Map<String, Map<Integer, List<Span>>> match(List<String> texts) throws IOException {
        Map<String, Map<Integer, List<Span>>> out = new HashMap<>();
        if (texts.isEmpty()) return out;
        Document[] docs = new Document[texts.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new Document();
            docs[i].add(new Field(FIELD, texts.get(i), TEXT_WITH_OFFSETS));
        }
        MultiMatchingQueries<HighlightsMatch> matches = monitor.match(docs, HighlightsMatch.MATCHER);
        for (int i = 0; i < docs.length; i++) {
            for (HighlightsMatch m : matches.getMatches(i)) {
                List<Span> spans = new ArrayList<>();
                for (HighlightsMatch.Hit h : m.getHits(FIELD)) spans.add(new Span(h.startOffset, h.endOffset));
                spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
                out.computeIfAbsent(m.getQueryId(), k -> new HashMap<>()).put(i, spans);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }
}
