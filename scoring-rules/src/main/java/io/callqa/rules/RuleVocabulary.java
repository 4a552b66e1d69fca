package io.callqa.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms rule queries ask for, per field. A call's tokens outside them can never make a rule
 * match, so they need not be indexed. A field read by a pattern (/regex/) could match any term:
 * it is open, and keeps all its tokens.
 */
final class RuleVocabulary {
    private final Map<String, CharArraySet> terms = new HashMap<>();
    private final Set<String> open = new HashSet<>();

    void add(Query q) {
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                for (Term t : ts) terms.computeIfAbsent(t.field(), f -> new CharArraySet(64, false)).add(t.text());
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                open.add(field);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this; // the terms under a NOT must be indexed too, or the NOT could never exclude
            }
        });
    }

    /** Every field some query reads. */
    Set<String> fields() {
        Set<String> all = new HashSet<>(terms.keySet());
        all.addAll(open);
        return all;
    }

    /** Per field that is not open, the only terms worth indexing. */
    Map<String, CharArraySet> terms() {
        Map<String, CharArraySet> closed = new HashMap<>(terms);
        closed.keySet().removeAll(open);
        return closed;
    }
}
