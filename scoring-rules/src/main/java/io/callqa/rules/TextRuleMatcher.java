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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * All text conditions of all rules as Lucene Monitor stored queries: a call's utterances are matched
 * once, as one batch, against every rule, and each match keeps the offsets of the words that matched.
 */
public final class TextRuleMatcher implements Closeable {
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
            try {
                if (r.query != null) queries.add(new MonitorQuery(r.id, parse(r.query, r)));
                for (Map.Entry<String, List<Rule.Reference>> ref : r.references().entrySet()) {
                    for (int k = 0; k < ref.getValue().size(); k++) {
                        queries.add(new MonitorQuery(r.id + "#" + ref.getKey() + "#" + k, parse(ref.getValue().get(k).query, r)));
                    }
                }
            } catch (ParseException e) {
                throw new IllegalArgumentException("rule " + r.id + ": " + e.getMessage(), e);
            }
        }
        monitor.register(queries);
    }

    /**
     * Rule-query syntax: Lucene classic (AND/OR/NOT, grouping, "..."~N proximity, /regex/ on words).
     * An unquoted term matches HanLP words (理财 does not fire inside the word 理财经理); a quoted
     * phrase matches the exact characters wherever they occur, whatever the word segmentation.
     * With the rule's options, a phrase also matches its synonyms, and what sounds the same.
     */
    public static Query parse(String query, Rule options) throws ParseException {
        QueryParser parser = new QueryParser(ChineseAnalyzer.WORDS, ANALYZER) {
            @Override
            protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
                List<String> variants = options.synonyms.getOrDefault(text, List.of(text));
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (String v : variants) {
                    Query exact = super.getFieldQuery(quoted ? ChineseAnalyzer.CHARS : field, v, quoted);
                    if (exact != null) any.add(exact, BooleanClause.Occur.SHOULD);
                    if (options.homophones && v.codePoints().filter(Character::isIdeographic).count() >= 2) { // one syllable alone is too ambiguous
                        Query sound = super.getFieldQuery(ChineseAnalyzer.PINYIN, v, true);
                        if (sound != null) any.add(sound, BooleanClause.Occur.SHOULD);
                    }
                }
                BooleanQuery q = any.build();
                return q.clauses().size() == 1 ? q.clauses().get(0).getQuery() : q.clauses().isEmpty() ? null : q;
            }

            @Override
            protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
                if (slop == 0) return getFieldQuery(field, text, true); // a plain "quoted phrase"
                // Proximity: the exact characters within slop, without synonym or sound variants.
                Query q = super.getFieldQuery(ChineseAnalyzer.CHARS, text, true);
                if (!(q instanceof PhraseQuery p)) return q;
                PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
                for (int i = 0; i < p.getTerms().length; i++) b.add(p.getTerms()[i], p.getPositions()[i]);
                return b.build();
            }
        };
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser.parse(query);
    }

    /** Parses without synonym or homophone options (tests, validation). */
    public static Query parse(String query) throws ParseException {
        return parse(query, new Rule());
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
            docs[i].add(new Field(ChineseAnalyzer.WORDS, texts.get(i), TEXT_WITH_OFFSETS));
            docs[i].add(new Field(ChineseAnalyzer.CHARS, texts.get(i), TEXT_WITH_OFFSETS));
            docs[i].add(new Field(ChineseAnalyzer.PINYIN, texts.get(i), TEXT_WITH_OFFSETS));
        }
        MultiMatchingQueries<HighlightsMatch> matches = monitor.match(docs, HighlightsMatch.MATCHER);
        for (int i = 0; i < docs.length; i++) {
            for (HighlightsMatch m : matches.getMatches(i)) {
                List<Span> spans = new ArrayList<>();
                for (String field : m.getFields()) {
                    for (HighlightsMatch.Hit h : m.getHits(field)) spans.add(new Span(h.startOffset, h.endOffset));
                }
                out.computeIfAbsent(m.getQueryId(), k -> new HashMap<>()).put(i, merge(spans));
            }
        }
        return out;
    }

    /** Sorted, overlapping spans joined (a word hit inside a phrase hit, the same words matched by two clauses). */
    private static List<Span> merge(List<Span> spans) {
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            else out.add(s);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }
}
