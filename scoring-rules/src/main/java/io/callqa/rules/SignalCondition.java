package io.callqa.rules;

import io.callqa.signals.CallFacts;
import io.callqa.signals.Measures;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "measure op number" ({@code max_silence_ms > 15000}, {@code talk_over_count >= 2}) or
 * "measure outside LOW..HIGH" ({@code agent_chars_per_min outside 120..300}). A measure that is
 * unknown for a call (negative, e.g. speech rate without text) satisfies nothing.
 */
public class SignalCondition implements Serializable {
    private static final Pattern FORM = Pattern.compile("\\s*([a-z_]+)\\s*(>=|<=|>|<|==|outside)\\s*(-?[0-9]+(?:\\.[0-9]+)?)(?:\\s*\\.\\.\\s*(-?[0-9]+(?:\\.[0-9]+)?))?\\s*");
    public String measure;
    public String op;
    public double value;
    /** Upper bound of an "outside" range. */
    public double high;

    public SignalCondition() {}

    public static SignalCondition parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not of the form 'measure > number'");
        SignalCondition c = new SignalCondition();
        c.measure = m.group(1);
        c.op = m.group(2);
        c.value = Double.parseDouble(m.group(3));
        if (c.op.equals("outside") != (m.group(4) != null)) throw new IllegalArgumentException("'" + text + "': use 'outside LOW..HIGH' for a range");
        if (m.group(4) != null) c.high = Double.parseDouble(m.group(4));
        if (!Measures.isKnown(c.measure)) {
            throw new IllegalArgumentException("unknown measure '" + c.measure + "'; known: " + String.join(", ", Measures.names()));
        }
        return c;
    }

    public boolean holds(Measures m) {
        double v = m.get(measure);
        if (Double.isNaN(v) || (v < 0 && !CallFacts.SIGNED.contains(measure))) return false; // unknown for this call
        return switch (op) {
            case "outside" -> v < value || v > high;
            case ">" -> v > value;
            case ">=" -> v >= value;
            case "<" -> v < value;
            case "<=" -> v <= value;
            default -> v == value;
        };
    }

    @Override
    public String toString() {
        return measure + " " + op + " " + number(value) + (op.equals("outside") ? ".." + number(high) : "");
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
