package io.callqa.rules;

import io.callqa.call.Call;
import io.callqa.call.Speaker;
import io.callqa.call.Utterance;
import io.callqa.signals.TalkSignalAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule's examples. A plain sentence is matched against the rule's words alone. A
 * dialogue — turns separated by ｜, each starting 坐席： or 客户： — is scored as a whole call
 * with the rule's references and order. "match" means the condition holds: a forbidden rule
 * finds something, a required rule is satisfied.
 */
public final class RuleExamples {
    static final String TURN_SEPARATOR = "｜";

    private RuleExamples() {}

    /** One line per example that does not behave as written; empty when all pass. */
    public static List<String> failures(List<Rule> rules) throws IOException {
        List<String> wrong = new ArrayList<>();
        try (TextRuleMatcher matcher = new TextRuleMatcher(rules)) {
            for (Rule r : rules) {
                for (String ex : r.positiveExamples) if (!matches(r, ex, matcher)) wrong.add(r.id + " should match: " + ex);
                for (String ex : r.negativeExamples) if (matches(r, ex, matcher)) wrong.add(r.id + " should not match: " + ex);
            }
        }
        return wrong;
    }

    static boolean isDialogue(String example) {
        return example.startsWith("坐席：") || example.startsWith("客户：");
    }

    private static boolean matches(Rule r, String example, TextRuleMatcher matcher) throws IOException {
        if (r.type == Rule.Type.SIGNAL && !isDialogue(example)) return r.signal.holds(SignalExample.parse(example));
        if (!isDialogue(example)) {
            return matcher.match(List.of(example)).of(r.id).contains(0);
        }
        Call call = dialogue(example, r.businessLines.isEmpty() ? "other" : r.businessLines.get(0));
        try (RuleEngine engine = new RuleEngine(List.of(r))) {
            boolean found = !engine.evaluate(call, new TalkSignalAnalyzer().analyze(call.utterances, call.durationMs)).isEmpty();
            return r.type == Rule.Type.REQUIRED ? !found : found;
        }
    }

    /** Turns 3 s apart, 2.5 s long, on a weekday at 10:00. */
    static Call dialogue(String example, String businessLine) {
        Call c = new Call();
        c.meta.callId = "example";
        c.meta.startTime = "2026-11-16T10:00:00+08:00";
        c.meta.businessLine = businessLine;
        c.meta.direction = "outbound".equals(businessLine) ? "outbound" : "inbound";
        List<Utterance> us = new ArrayList<>();
        long t = 500;
        for (String turn : example.split(TURN_SEPARATOR)) {
            String speaker = turn.startsWith("客户：") ? Speaker.CUSTOMER : Speaker.AGENT;
            us.add(new Utterance(speaker, t, t + 2500, turn.substring(3)));
            t += 3000;
        }
        c.utterances = us;
        c.durationMs = t;
        return c;
    }
}
