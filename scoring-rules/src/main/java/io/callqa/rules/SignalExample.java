package io.callqa.rules;

import io.callqa.signals.CallFacts;
import io.callqa.signals.Measures;
import io.callqa.signals.TalkSignals;
import java.util.HashMap;
import java.util.Map;

/** A signal rule's example: measure values, e.g. {@code max_dead_air_ms=20000, talk_over_count=1}. */
final class SignalExample {
    private SignalExample() {}

    /** Sets the field named like the measure (customer_risk_level → customerRiskLevel), if the object has one. */
    private static void set(Object target, String measure, double value) {
        StringBuilder camel = new StringBuilder();
        for (String part : measure.split("_")) camel.append(camel.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        try {
            java.lang.reflect.Field f = target.getClass().getField(camel.toString());
            Class<?> t = f.getType();
            if (t == int.class) f.setInt(target, (int) value);
            else if (t == long.class) f.setLong(target, (long) value);
            else if (t == double.class) f.setDouble(target, value);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            // not a field of this object: the other one, or a derived measure
        }
    }

    static Measures parse(String example) {
        Map<String, Double> given = new HashMap<>();
        for (String part : example.split("[,，]")) {
            String[] kv = part.split("=");
            if (kv.length != 2) throw new IllegalArgumentException("signal example '" + example + "': write measure=value, …");
            given.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        TalkSignals talk = new TalkSignals();
        CallFacts facts = new CallFacts();
        given.forEach((name, value) -> {
            set(talk, name, value);
            set(facts, name, value);
        });
        // Measures derived from others (risk_level_excess) come out of the fields just set.
        return new Measures(talk, facts) {
            @Override
            public double get(String name) {
                return given.containsKey(name) ? given.get(name) : super.get(name);
            }
        };
    }
}
