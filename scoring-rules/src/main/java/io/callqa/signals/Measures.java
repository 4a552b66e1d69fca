package io.callqa.signals;

import java.util.ArrayList;
import java.util.List;

/** Every measure a rule's signal condition can name: talk signals and call facts. */
public class Measures {
    private final TalkSignals talk;
    private final CallFacts facts;

    public Measures(TalkSignals talk, CallFacts facts) {
        this.talk = talk;
        this.facts = facts;
    }

    public TalkSignals talk() {
        return talk;
    }

    public static List<String> names() {
        List<String> all = new ArrayList<>(TalkSignals.MEASURES.keySet());
        all.addAll(CallFacts.MEASURES.keySet());
        return all;
    }

    public static boolean isKnown(String name) {
        return TalkSignals.MEASURES.containsKey(name) || CallFacts.MEASURES.containsKey(name);
    }

    public double get(String name) {
        if (TalkSignals.MEASURES.containsKey(name)) return talk.get(name);
        if (CallFacts.MEASURES.containsKey(name)) return CallFacts.MEASURES.get(name).applyAsDouble(facts);
        throw new IllegalArgumentException("unknown measure '" + name + "'; known: " + String.join(", ", names()));
    }
}
