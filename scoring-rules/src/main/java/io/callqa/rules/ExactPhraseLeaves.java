package io.callqa.rules;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The leaves that are one term or an exact phrase (nearly all of them: quoted phrases, words, their
 * sound-alikes), matched without the Monitor. In the one-character fields a phrase is a string of
 * {@link PhraseUnits}, and one Aho-Corasick pass per field (HanLP's double-array automaton) finds
 * them all. In the others (HanLP words) the call's tokens, from the same analysis chain, go into a
 * small table (term → positions), and each leaf is checked only where its rarest term occurs.
 * Either way the same matches and offsets as Lucene's phrase matching (a test compares the two on
 * every labelled call), for a fraction of the cost of building a MemoryIndex, presearching and
 * highlighting a thousand candidates per call.
 */
final class ExactPhraseLeaves {
    /** A leaf's terms in position order, with their positions relative to the first. */
    private record Phrase(int leaf, String[] terms, int[] positions, int anchor) {}

    /** Where a leaf matched: its field and the offsets of its first and last term. */
    interface Hits {
        void hit(int leaf, String field, int start, int end);
    }

    /** Field → anchor term → the leaves filed under it (fields of words). */
    private final Map<String, Map<String, List<Phrase>>> byAnchor = new HashMap<>();
    /** Field → phrase units → the leaves that are that phrase (one-character fields), until {@link #build}. */
    private final Map<String, TreeMap<String, int[]>> unitPhrases = new HashMap<>();
    private final Map<String, AhoCorasickDoubleArrayTrie<int[]>> automata = new HashMap<>();
    private final TermWeightor weight;

    ExactPhraseLeaves(TermWeightor weight) {
        this.weight = weight;
    }

    /** Builds the automata once all leaves are added. */
    void build() {
        unitPhrases.forEach((field, phrases) -> {
            AhoCorasickDoubleArrayTrie<int[]> automaton = new AhoCorasickDoubleArrayTrie<>();
            automaton.build(phrases);
            automata.put(field, automaton);
        });
        unitPhrases.clear();
    }

    /** Takes the leaf if it is a term or an exact phrase; false: the Monitor must match it. */
    boolean add(int leaf, Query q) {
        Term[] terms;
        int[] positions;
        if (q instanceof TermQuery t) {
            terms = new Term[] {t.getTerm()};
            positions = new int[] {0};
        } else if (q instanceof PhraseQuery p && p.getSlop() == 0 && p.getTerms().length > 0) {
            terms = p.getTerms();
            positions = p.getPositions().clone();
        } else {
            return false;
        }
        if (PhraseUnits.covers(terms[0].field())) {
            String units = PhraseUnits.ofPhrase(terms, positions);
            if (units != null) {
                unitPhrases.computeIfAbsent(PhraseUnits.sameUnitsAs(terms[0].field()), f -> new TreeMap<>()).merge(units, new int[] {leaf}, ExactPhraseLeaves::concat);
                return true;
            }
        }
        int anchor = 0;
        int base = positions[0];
        String[] texts = new String[terms.length];
        for (int i = 0; i < terms.length; i++) {
            texts[i] = terms[i].text();
            positions[i] -= base;
            if (weight.applyAsDouble(terms[i]) > weight.applyAsDouble(terms[anchor])) anchor = i;
        }
        Phrase phrase = new Phrase(leaf, texts, positions, anchor);
        byAnchor.computeIfAbsent(terms[0].field(), f -> new HashMap<>()).computeIfAbsent(texts[anchor], k -> new ArrayList<>()).add(phrase);
        return true;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Reports every occurrence of every leaf in the text (already spoken-number normalised). */
    void match(Analyzer analyzer, String text, Hits hits) throws IOException {
        for (Map.Entry<String, AhoCorasickDoubleArrayTrie<int[]>> field : automata.entrySet()) {
            PhraseUnits units = PhraseUnits.of(field.getKey(), text);
            field.getValue().parseText(units.units, (begin, end, leaves) -> {
                for (int leaf : leaves) hits.hit(leaf, field.getKey(), units.offsets[begin], units.offsets[end - 1] + 1);
            });
        }
        for (Map.Entry<String, Map<String, List<Phrase>>> field : byAnchor.entrySet()) {
            Tokens tokens = Tokens.of(analyzer, field.getKey(), text);
            for (Map.Entry<String, BitSet> term : tokens.positions.entrySet()) {
                List<Phrase> anchored = field.getValue().get(term.getKey());
                if (anchored == null) continue;
                BitSet at = term.getValue();
                for (Phrase p : anchored) {
                    for (int pos = at.nextSetBit(0); pos >= 0; pos = at.nextSetBit(pos + 1)) {
                        int first = pos - p.positions[p.anchor];
                        if (first >= 0 && tokens.holds(p, first)) {
                            hits.hit(p.leaf, field.getKey(), tokens.start[first], tokens.end[first + p.positions[p.positions.length - 1]]);
                        }
                    }
                }
            }
        }
    }

    /** One field's tokens of a call: where each term is, and each position's offsets. */
    private static final class Tokens {
        final Map<String, BitSet> positions = new HashMap<>();
        int[] start = new int[256];
        int[] end = new int[256];

        static Tokens of(Analyzer analyzer, String field, String text) throws IOException {
            Tokens t = new Tokens();
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                int pos = -1;
                while (ts.incrementToken()) {
                    if (increment.getPositionIncrement() < 1) throw new IllegalStateException("two tokens at one position in " + field);
                    pos += increment.getPositionIncrement();
                    if (pos >= t.start.length) {
                        t.start = java.util.Arrays.copyOf(t.start, Math.max(pos + 1, 2 * t.start.length));
                        t.end = java.util.Arrays.copyOf(t.end, t.start.length);
                    }
                    t.start[pos] = offset.startOffset();
                    t.end[pos] = offset.endOffset();
                    t.positions.computeIfAbsent(term.toString(), k -> new BitSet()).set(pos);
                }
                ts.end();
            }
            return t;
        }

        boolean holds(Phrase p, int first) {
            for (int i = 0; i < p.terms.length; i++) {
                if (i == p.anchor) continue;
                BitSet at = positions.get(p.terms[i]);
                if (at == null || !at.get(first + p.positions[i])) return false;
            }
            return true;
        }
    }
}
