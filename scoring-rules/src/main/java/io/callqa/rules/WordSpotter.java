package io.callqa.rules;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.BitSet;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Where any of a set of words occurs in a text, as plain substrings, found in one Aho-Corasick pass
 * (HanLP's double-array automaton). A clause without one of a rule's words needs no segmenting.
 */
public final class WordSpotter {
    private final AhoCorasickDoubleArrayTrie<Boolean> automaton = new AhoCorasickDoubleArrayTrie<>();

    public WordSpotter(CharArraySet words) {
        TreeMap<String, Boolean> map = new TreeMap<>();
        for (Object w : words) map.put(new String((char[]) w), Boolean.TRUE);
        automaton.build(map);
    }

    /** The offsets at which one of the words starts. */
    public BitSet starts(String text) {
        BitSet at = new BitSet();
        if (automaton.size() > 0) automaton.parseText(text.toCharArray(), (begin, end, value) -> at.set(begin));
        return at;
    }
}
