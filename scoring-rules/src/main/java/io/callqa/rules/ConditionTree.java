package io.callqa.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A rule query as a tree of AND/OR/NOT over its leaves (phrases, words, patterns). Each
 * distinct leaf is matched once per call; the tree then says, utterance by utterance, where the
 * whole condition holds: 保本 AND 收益 needs both in the same utterance, and 不保本 said elsewhere
 * in the call does not excuse 保本 here.
 */
final class ConditionTree {
    sealed interface Node permits Leaf, Bool {}

    record Leaf(int id) implements Node {}

    /**
     * Lucene semantics: with MUST clauses the SHOULD ones are optional; MUST_NOT removes. The SHOULD
     * leaves are kept apart as ids, nested ORs flattened into them: most of a rule is a long OR of
     * phrases and their variants, nearly all unmatched, and is checked in one pass over an array.
     */
    record Bool(int[] anyLeaf, List<Node> should, List<Node> must, List<Node> mustNot) implements Node {}

    private ConditionTree() {}

    /** The tree of a parsed query; leaves get ids from the shared table, so equal leaves of many rules are matched once. */
    static Node of(Query q, Map<Query, Integer> leafIds) {
        if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() > 0) {
            return new Leaf(leafIds.computeIfAbsent(q, k -> leafIds.size()));
        }
        List<Integer> anyLeaf = new ArrayList<>();
        List<Node> should = new ArrayList<>();
        List<Node> must = new ArrayList<>();
        List<Node> mustNot = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            Node child = of(c.getQuery(), leafIds);
            switch (c.getOccur()) {
                case SHOULD -> {
                    if (child instanceof Leaf l) {
                        anyLeaf.add(l.id());
                    } else if (child instanceof Bool or && or.must().isEmpty() && or.mustNot().isEmpty()) {
                        for (int id : or.anyLeaf()) anyLeaf.add(id);
                        should.addAll(or.should());
                    } else {
                        should.add(child);
                    }
                }
                case MUST, FILTER -> must.add(child);
                case MUST_NOT -> mustNot.add(child);
            }
        }
        return new Bool(anyLeaf.stream().mapToInt(Integer::intValue).toArray(), should, must, mustNot);
    }

    /** The utterances where the condition holds, given where each leaf matched (null: nowhere). */
    static BitSet eval(Node n, BitSet[] leaves) {
        if (n instanceof Leaf l) return leaves[l.id()] == null ? new BitSet() : (BitSet) leaves[l.id()].clone();
        Bool b = (Bool) n;
        BitSet out;
        if (!b.must().isEmpty()) {
            out = eval(b.must().get(0), leaves);
            for (int i = 1; i < b.must().size() && !out.isEmpty(); i++) out.and(eval(b.must().get(i), leaves));
        } else {
            out = new BitSet();
            for (int id : b.anyLeaf()) if (leaves[id] != null) out.or(leaves[id]);
            for (Node s : b.should()) out.or(eval(s, leaves));
        }
        for (int i = 0; i < b.mustNot().size() && !out.isEmpty(); i++) {
            Node x = b.mustNot().get(i);
            BitSet not = x instanceof Leaf l ? leaves[l.id()] : eval(x, leaves);
            if (not != null) out.andNot(not);
        }
        return out;
    }

    /**
     * The leaves whose words are the evidence in one utterance: those of the branches that hold there
     * (in (还款 OR 催收) NOT 专员 said as 催收专员, 催收 is no evidence).
     */
    static void evidence(Node n, BitSet[] leaves, int utterance, Set<Integer> out) {
        if (!eval(n, leaves).get(utterance)) return;
        if (n instanceof Leaf l) {
            out.add(l.id());
            return;
        }
        Bool b = (Bool) n;
        for (int id : b.anyLeaf()) if (leaves[id] != null && leaves[id].get(utterance)) out.add(id);
        b.should().forEach(c -> evidence(c, leaves, utterance, out));
        b.must().forEach(c -> evidence(c, leaves, utterance, out));
    }

    /** Leaves that can make the condition true: all but those under a NOT. */
    static void positiveLeaves(Node n, Set<Integer> out) {
        if (n instanceof Leaf l) {
            out.add(l.id());
            return;
        }
        Bool b = (Bool) n;
        for (int id : b.anyLeaf()) out.add(id);
        b.should().forEach(c -> positiveLeaves(c, out));
        b.must().forEach(c -> positiveLeaves(c, out));
    }
}
