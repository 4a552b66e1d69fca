package io.callqa.rules;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HanLP words of a clause (see {@link HanLpTokenizer#inClause}), segmented once per call: the
 * words field, {@link WordBoundaries} and the text models all ask for the same clauses of a call.
 * One memo per thread, forgotten at each {@link #newCall} so that memory stays bounded by one call
 * and a call never reuses another's work (which would flatter a benchmark of repeated calls).
 */
public final class ClauseWords {
    /** A bound for callers that never start a call (training, search indexing): about one long call's clauses. */
    private static final int MAX_CLAUSES = 4096;
    private static final ThreadLocal<ClauseWords> MEMO = ThreadLocal.withInitial(ClauseWords::new);
    private final Segment segment = HanLpTokenizer.wordSegment().enableOffset(true);
    private final Map<String, List<Term>> words = new HashMap<>();

    private ClauseWords() {}

    /** The words of one clause, offsets relative to it; the list is shared and must not be changed. */
    public static List<Term> of(String clause) {
        ClauseWords memo = MEMO.get();
        List<Term> w = memo.words.get(clause);
        if (w == null) {
            if (memo.words.size() >= MAX_CLAUSES) memo.words.clear();
            w = List.copyOf(memo.segment.seg(clause));
            memo.words.put(clause, w);
        }
        return w;
    }

    /** Forgets the clauses segmented so far on this thread. */
    public static void newCall() {
        MEMO.get().words.clear();
    }
}
