package io.callqa.rules;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * All text conditions of all rules as Lucene Monitor stored queries: a call's utterances are matched
 * once, as one batch, against every rule, and each match keeps the offsets of the words that matched.
 */
public final class TextRuleMatcher implements Closeable {
    private static final ChineseAnalyzer ANALYZER = new ChineseAnalyzer();
    private static final List<String> FIELDS = List.of(ChineseAnalyzer.WORDS, ChineseAnalyzer.CHARS, ChineseAnalyzer.BIGRAMS, ChineseAnalyzer.PINYIN);
    private final Monitor monitor;
    private final Map<String, Query> queries = new HashMap<>();

    public TextRuleMatcher(List<Rule> rules) throws IOException {
        monitor = new Monitor(ANALYZER);
        List<MonitorQuery> queries = new ArrayList<>();
        for (Rule r : rules) {
            try {
                if (r.query != null) this.queries.put(r.id, parse(r.query, r));
                for (Map.Entry<String, List<Rule.Reference>> ref : r.references().entrySet()) {
                    for (int k = 0; k < ref.getValue().size(); k++) {
                        this.queries.put(r.id + "#" + ref.getKey() + "#" + k, parse(ref.getValue().get(k).query, r));
                    }
                }
            } catch (ParseException e) {
                throw new IllegalArgumentException("rule " + r.id + ": " + e.getMessage(), e);
            }
        }
        for (Map.Entry<String, Query> q : this.queries.entrySet()) queries.add(new MonitorQuery(q.getKey(), q.getValue()));
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
                    Query exact = super.getFieldQuery(quoted ? phraseField(v) : field, v, quoted);
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

    /** Bigrams for a run of two or more letters and digits (fast); single characters otherwise. */
    private static String phraseField(String phrase) {
        boolean plain = phrase.codePoints().allMatch(Character::isLetterOrDigit);
        return plain && phrase.codePointCount(0, phrase.length()) >= 2 ? ChineseAnalyzer.BIGRAMS : ChineseAnalyzer.CHARS;
    }

    /** Parses without synonym or homophone options (tests, validation). */
    public static Query parse(String query) throws ParseException {
        return parse(query, new Rule());
    }

    /** A matched span inside one text. */
    public record Span(int start, int end) {}

    /**
     * For each rule (or reference, "id#name#k") that matched: the indices of the texts it matched.
     * A call's utterances go to the Monitor as one batch. Which texts match is all the engine needs
     * for most rules; offsets are only worked out for matches that become findings ({@link Evidence}).
     */
    public Map<String, Set<Integer>> match(List<String> texts) throws IOException {
        Map<String, Set<Integer>> out = new HashMap<>();
        if (texts.isEmpty()) return out;
        Document[] docs = new Document[texts.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new Document();
            for (String field : FIELDS) docs[i].add(new TextField(field, texts.get(i), Field.Store.NO));
        }
        MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
        for (int i = 0; i < docs.length; i++) {
            for (QueryMatch m : matches.getMatches(i)) out.computeIfAbsent(m.getQueryId(), k -> new HashSet<>()).add(i);
        }
        return out;
    }

    /** Where in the text a rule's query matched: the words to quote as evidence. */
    public List<Span> spans(String queryId, String text) throws IOException {
        return spans(queryId, searcher(text));
    }

    /** Evidence lookups over one call's texts; each text is indexed once, when first asked about. */
    public final class Evidence {
        private final List<String> texts;
        private final Map<Integer, IndexSearcher> indexed = new HashMap<>();

        Evidence(List<String> texts) {
            this.texts = texts;
        }

        public List<Span> spans(String queryId, int text) throws IOException {
            IndexSearcher s = indexed.get(text);
            if (s == null) indexed.put(text, s = searcher(texts.get(text)));
            return TextRuleMatcher.this.spans(queryId, s);
        }
    }

    public Evidence evidence(List<String> texts) {
        return new Evidence(texts);
    }

    private static IndexSearcher searcher(String text) {
        MemoryIndex index = new MemoryIndex(true, false);
        for (String field : FIELDS) index.addField(field, text, ANALYZER);
        return index.createSearcher();
    }

    private List<Span> spans(String queryId, IndexSearcher searcher) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(queries.get(queryId)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Matches matches = weight.matches(searcher.getIndexReader().leaves().get(0), 0);
        List<Span> spans = new ArrayList<>();
        if (matches == null) return spans;
        for (String field : matches) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.startOffset() >= 0) spans.add(new Span(it.startOffset(), it.endOffset()));
            }
        }
        return merge(spans);
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
