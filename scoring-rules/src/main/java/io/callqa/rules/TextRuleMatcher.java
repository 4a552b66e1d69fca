package io.callqa.rules;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * All text conditions of all rules, compiled to Lucene queries. A call is matched once, as one text
 * (its utterances joined by line breaks, which no phrase crosses), against the distinct leaves
 * (phrases, words, patterns) of every rule: terms and exact phrases by {@link ExactPhraseLeaves},
 * the rest (proximity, patterns) as Lucene Monitor stored queries. The offsets of each leaf match
 * say which utterance it was in, and each rule's {@link ConditionTree} combines its leaves utterance
 * by utterance. The same offsets are the evidence quoted in a finding.
 */
public final class TextRuleMatcher implements Closeable {
    private static final ChineseAnalyzer ANALYZER = new ChineseAnalyzer();
    /** The fields the Monitor's leaves read: only these are indexed per call. */
    private final Set<String> monitorFields = new java.util.TreeSet<>();
    private final ChineseAnalyzer analyzer;
    private final Monitor monitor;
    private final ExactPhraseLeaves exact = new ExactPhraseLeaves(RARE_TERMS_FIRST);
    /** Rule or reference id ("id#name#k") → its condition over leaves. */
    private final Map<String, ConditionTree.Node> conditions = new HashMap<>();
    /** Leaf → the conditions it can make true (those it is a positive part of): only these are evaluated when it matches. */
    private final Map<Integer, List<String>> conditionsOf = new HashMap<>();
    private final int leafCount;
    /** Suffix of the id under which a rule with a model keeps its NOT clauses (see {@link #notClauses}). */
    public static final String VETO = "#veto";
    /** Suffixes of the ids under which a reference's replyTo and notReplyTo queries are kept. */
    public static final String REPLY_TO = "#replyTo";
    public static final String NOT_REPLY_TO = "#notReplyTo";
    /** Suffix of the id under which an unless condition's until query is kept. */
    public static final String UNTIL = "#until";
    /**
     * The Monitor tries a phrase only on calls holding the one term of it that weighs most: its least
     * common (and {@link ExactPhraseLeaves} checks a phrase of words only where that term is). A
     * bigram that is a frequent word (不会, 我们) in HanLP's core dictionary lets through almost every
     * call; one across a word boundary (会联 in 不会联系) rarely occurs by chance.
     */
    private static final TermWeightor RARE_TERMS_FIRST =
            t -> 1.0 / (1 + Math.log1p(CoreDictionary.getTermFrequency(t.text()))) + t.text().length() * 0.01;

    public TextRuleMatcher(List<Rule> rules) throws IOException {
        this(rules, true, true);
    }

    /**
     * @param onlyRuleTerms index only the terms some rule asks for; false indexes every token
     * @param exactOutsideMonitor match terms and exact phrases with {@link ExactPhraseLeaves}; false: all in the Monitor
     * (false, false: plain Lucene, to check that the two shortcuts change no match)
     */
    TextRuleMatcher(List<Rule> rules, boolean onlyRuleTerms, boolean exactOutsideMonitor) throws IOException {
        Map<Query, Integer> leafIds = new LinkedHashMap<>();
        for (Rule r : rules) {
            try {
                if (r.query != null) {
                    Query q = parse(r.query, r);
                    add(r.id, q, leafIds);
                    Query veto = r.model == null ? null : notClauses(q);
                    if (veto != null) add(r.id + VETO, veto, leafIds);
                }
                for (Map.Entry<String, List<Rule.Reference>> ref : r.references().entrySet()) {
                    for (int k = 0; k < ref.getValue().size(); k++) {
                        Rule.Reference condition = ref.getValue().get(k);
                        String id = referenceId(r.id, ref.getKey(), k);
                        Rule options = r.optionsFor(condition);
                        add(id, parse(condition.query, options), leafIds);
                        if (condition.replyTo != null) add(id + REPLY_TO, parse(condition.replyTo, options), leafIds);
                        if (condition.notReplyTo != null) add(id + NOT_REPLY_TO, parse(condition.notReplyTo, options), leafIds);
                        if (condition.until != null) add(id + UNTIL, parse(condition.until, options), leafIds);
                    }
                }
            } catch (ParseException e) {
                throw new IllegalArgumentException("rule " + r.id + ": " + e.getMessage(), e);
            }
        }
        List<MonitorQuery> leaves = new ArrayList<>();
        RuleVocabulary vocabulary = new RuleVocabulary();
        RuleVocabulary monitored = new RuleVocabulary();
        for (Map.Entry<Query, Integer> leaf : leafIds.entrySet()) {
            vocabulary.add(leaf.getKey());
            if (exactOutsideMonitor && exact.add(leaf.getValue(), leaf.getKey())) continue;
            leaves.add(new MonitorQuery(String.valueOf(leaf.getValue()), leaf.getKey()));
            monitored.add(leaf.getKey());
        }
        exact.build();
        monitorFields.addAll(monitored.fields());
        analyzer = ChineseAnalyzer.forDocuments(onlyRuleTerms ? vocabulary.terms() : Map.of());
        monitor = new Monitor(analyzer, new TermFilteredPresearcher(RARE_TERMS_FIRST, List.of(), Set.of()));
        monitor.register(leaves);
        leafCount = leafIds.size();
    }

    /** The id under which alternative k of a rule's reference (when, unless, after, before) is kept: "id#name#k". */
    static String referenceId(String ruleId, String name, int k) {
        return ruleId + "#" + name + "#" + k;
    }

    /**
     * Rule-query syntax: Lucene classic (AND/OR/NOT, grouping, "..."~N proximity, /regex/ on whole digit runs).
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
                    long syllables = v.codePoints().filter(Character::isIdeographic).count();
                    if (options.homophones && syllables >= 2) { // one syllable alone is too ambiguous
                        // Four syllables or more sound alike across ASR's word spaces too (里才 不是 村款); fewer only
                        // within a written word, as 保守 一 would otherwise sound like 保收益, and without cutting
                        // through a HanLP word (see match).
                        Query sound = super.getFieldQuery(syllables >= 4 ? ChineseAnalyzer.PINYIN_SPAN : ChineseAnalyzer.PINYIN, v, true);
                        if (sound != null) any.add(sound, BooleanClause.Occur.SHOULD);
                    }
                }
                BooleanQuery q = any.build();
                return q.clauses().size() == 1 ? q.clauses().get(0).getQuery() : q.clauses().isEmpty() ? null : q;
            }

            @Override
            protected Query getRegexpQuery(String field, String pattern) throws ParseException {
                return super.getRegexpQuery(ChineseAnalyzer.NUMBERS, pattern); // patterns are about numbers
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

    /** The NOT clauses of a rule's query, as one OR: they also veto what the rule's model finds. */
    private static Query notClauses(Query q) {
        if (!(q instanceof BooleanQuery b)) return null;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (BooleanClause c : b.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.MUST_NOT) {
                any.add(c.getQuery(), BooleanClause.Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : any.build();
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

    private void add(String id, Query q, Map<Query, Integer> leafIds) {
        ConditionTree.Node tree = ConditionTree.of(q, leafIds);
        conditions.put(id, tree);
        Set<Integer> positive = new HashSet<>();
        ConditionTree.positiveLeaves(tree, positive);
        for (int leaf : positive) conditionsOf.computeIfAbsent(leaf, k -> new ArrayList<>()).add(id);
    }

    /**
     * What a call's texts matched: for each rule (or reference, "id#name#k"), the indices of the
     * texts it matched, and on demand the matched words of one text (evidence for a finding).
     */
    public final class CallMatches {
        private final Map<String, Set<Integer>> matched = new HashMap<>();
        /** Leaf → the texts it matched (null: none). */
        private final BitSet[] leaves = new BitSet[leafCount];
        /** Leaf → its hits as (text, start, end) triples, the first {@link #hitInts} ints of each (null: none). */
        private final int[][] hits = new int[leafCount][];
        private final int[] hitInts = new int[leafCount];
        /** The leaves with a hit, in the order of their first hit. */
        private final List<Integer> hitLeaves = new ArrayList<>();

        private void add(int leaf, int text, int start, int end) {
            int[] h = hits[leaf];
            int n = hitInts[leaf];
            if (h == null) {
                h = hits[leaf] = new int[12];
                leaves[leaf] = new BitSet();
                hitLeaves.add(leaf);
            } else if (n + 3 > h.length) {
                h = hits[leaf] = java.util.Arrays.copyOf(h, 2 * h.length);
            }
            h[n] = text;
            h[n + 1] = start;
            h[n + 2] = end;
            hitInts[leaf] = n + 3;
            leaves[leaf].set(text);
        }

        public Set<Integer> of(String queryId) {
            return matched.getOrDefault(queryId, Set.of());
        }

        /** The words of a text that made a rule's condition hold there (its NOT parts, and branches that did not hold, aside). */
        public List<Span> spans(String queryId, int text) {
            List<Span> out = new ArrayList<>();
            Set<Integer> evidence = new HashSet<>();
            ConditionTree.Node tree = conditions.get(queryId);
            if (tree != null) ConditionTree.evidence(tree, leaves, text, evidence);
            for (int leaf : evidence) {
                for (int k = 0; k < hitInts[leaf]; k += 3) if (hits[leaf][k] == text) out.add(new Span(hits[leaf][k + 1], hits[leaf][k + 2]));
            }
            return merge(out);
        }
    }

    public CallMatches match(List<String> texts) throws IOException {
        CallMatches result = new CallMatches();
        if (texts.isEmpty()) return result;
        StringBuilder call = new StringBuilder();
        int[] starts = new int[texts.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = call.length();
            call.append(texts.get(i)).append('\n');
        }
        // Spoken numbers are rewritten once for all fields; offsets are mapped back to the call's own text.
        SpokenNumbers.Normalized normalized = SpokenNumbers.normalize(call.toString());
        int[] source = normalized.sourceOffsets();
        WordBoundaries words = new WordBoundaries(normalized.text());
        ExactPhraseLeaves.Hits hits = (leaf, field, from, to) -> {
            if (field.equals(ChineseAnalyzer.PINYIN) && words.cuts(from, to)) return; // a short sound-alike inside one word only
            int start = source[from];
            int end = source[to];
            int text = textAt(starts, start);
            if (text != textAt(starts, end - 1)) return; // a proximity match across two utterances
            result.add(leaf, text, start - starts[text], end - starts[text]);
        };
        exact.match(analyzer, normalized.text(), hits);
        if (!monitorFields.isEmpty()) {
            Document doc = new Document();
            for (String field : monitorFields) doc.add(new TextField(field, normalized.text(), Field.Store.NO));
            for (HighlightsMatch m : monitor.match(doc, HighlightsMatch.MATCHER).getMatches()) {
                int leaf = Integer.parseInt(m.getQueryId());
                for (String field : m.getFields()) {
                    for (HighlightsMatch.Hit h : m.getHits(field)) hits.hit(leaf, field, h.startOffset, h.endOffset);
                }
            }
        }
        Set<String> touched = new HashSet<>();
        for (int leaf : result.hitLeaves) touched.addAll(conditionsOf.getOrDefault(leaf, List.of()));
        for (String id : touched) {
            BitSet where = ConditionTree.eval(conditions.get(id), result.leaves);
            if (!where.isEmpty()) result.matched.put(id, where.stream().boxed().collect(java.util.stream.Collectors.toSet()));
        }
        return result;
    }

    /** The index of the text holding this offset of the joined call. */
    private static int textAt(int[] starts, int offset) {
        int k = java.util.Arrays.binarySearch(starts, offset);
        return k >= 0 ? k : -k - 2;
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
        analyzer.close();
    }
}
