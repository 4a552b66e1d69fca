package io.callqa.rules;

import io.callqa.signals.TalkSignals;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "measure op number", e.g. {@code max_silence_ms > 15000} or {@code talk_over_count >= 2}. */
public class SignalCondition implements Serializable {
    private static final Pattern FORM = Pattern.compile("\\s*([a-z_]+)\\s*(>=|<=|>|<|==)\\s*(-?[0-9.]+)\\s*");
    public String measure;
    public String op;
    public double value;

    public SignalCondition() {}

    public static SignalCondition parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not of the form 'measure > number'");
        SignalCondition c = new SignalCondition();
        c.measure = m.group(1);
        c.op = m.group(2);
        c.value = Double.parseDouble(m.group(3));
        new TalkSignals().get(c.measure); // rejects unknown measures now rather than per call
        return c;
    }

    public boolean holds(TalkSignals s) {
        double v = s.get(measure);
        return switch (op) {
            case ">" -> v > value;
            case ">=" -> v >= value;
            case "<" -> v < value;
            case "<=" -> v <= value;
            default -> v == value;
        };
    }

    @Override
    public String toString() {
        return measure + " " + op + " " + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
    }
}
