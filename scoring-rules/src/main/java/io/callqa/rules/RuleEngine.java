package io.callqa.rules;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.signals.TalkSignals;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies every rule in scope to one call and returns its findings. */
public final class RuleEngine implements Closeable {
    private final List<Rule> rules;
    private final TextRuleMatcher matcher;

    public RuleEngine(List<Rule> rules) throws IOException {
        this.rules = List.copyOf(rules);
        this.matcher = new TextRuleMatcher(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<RuleHit> evaluate(Call call, TalkSignals signals) throws IOException {
        List<Utterance> us = call.utterances;
        List<String> texts = us.stream().map(u -> u.text == null ? "" : u.text).toList();
        Map<String, Map<Integer, List<TextRuleMatcher.Span>>> matches = call.hasText() ? matcher.match(texts) : Map.of();
        List<RuleHit> hits = new ArrayList<>();
        for (Rule r : rules) {
            if (!r.appliesTo(call.meta.businessLine, call.meta.direction)) continue;
            switch (r.type) {
                case SIGNAL -> {
                    if (r.signal.holds(signals)) hits.add(signalHit(r, signals));
                }
                case FORBIDDEN -> {
                    if (!call.hasText()) continue;
                    Map<Integer, List<TextRuleMatcher.Span>> m = matches.getOrDefault(r.id, Map.of());
                    for (int i : RuleWindow.indices(r, us)) {
                        if (m.containsKey(i)) hits.add(forbiddenHit(r, us.get(i), m.get(i)));
                    }
                }
                case REQUIRED -> {
                    if (!call.hasText()) continue; // a text requirement cannot be judged without a transcript
                    List<Integer> due = RuleWindow.indices(r, us);
                    Map<Integer, List<TextRuleMatcher.Span>> m = matches.getOrDefault(r.id, Map.of());
                    if (due.stream().noneMatch(m::containsKey)) hits.add(missingHit(r, us, due));
                }
            }
        }
        return hits;
    }

    private static RuleHit base(Rule r) {
        RuleHit h = new RuleHit();
        h.ruleId = r.id;
        h.ruleName = r.name;
        h.ruleVersion = r.packName + "@" + r.packVersion;
        h.category = r.category;
        h.severity = r.severity;
        h.deduction = r.deduction;
        h.flagsCall = r.flag;
        h.speaker = r.speaker;
        return h;
    }

    private static RuleHit forbiddenHit(Rule r, Utterance u, List<TextRuleMatcher.Span> spans) {
        RuleHit h = base(r);
        h.speaker = u.speaker;
        h.startMs = u.startMs;
        h.endMs = u.endMs;
        StringBuilder evidence = new StringBuilder();
        StringBuilder matched = new StringBuilder();
        int at = 0;
        for (TextRuleMatcher.Span s : spans) {
            if (s.start() < at) continue;
            evidence.append(u.text, at, s.start()).append('【').append(u.text, s.start(), s.end()).append('】');
            matched.append(matched.length() > 0 ? " " : "").append(u.text, s.start(), s.end());
            at = s.end();
        }
        evidence.append(u.text.substring(at));
        h.evidence = evidence.toString();
        h.matched = matched.toString();
        return h;
    }

    private static RuleHit missingHit(Rule r, List<Utterance> us, List<Integer> due) {
        RuleHit h = base(r);
        if (due.isEmpty()) {
            h.evidence = "未找到应有内容（该时段内无" + speakerName(r.speaker) + "发言）：" + r.name;
        } else {
            Utterance first = us.get(due.get(0));
            Utterance last = us.get(due.get(due.size() - 1));
            h.startMs = first.startMs;
            h.endMs = last.endMs;
            h.evidence = "未找到应有内容：" + r.name + "；该时段原话：" + first.text + (due.size() > 1 ? " … " + last.text : "");
        }
        return h;
    }

    private static RuleHit signalHit(Rule r, TalkSignals s) {
        RuleHit h = base(r);
        if (r.signal.measure.equals("max_dead_air_ms")) {
            h.startMs = s.maxDeadAirStartMs;
            h.endMs = s.maxDeadAirStartMs + s.maxDeadAirMs;
        } else if (r.signal.measure.contains("silence")) {
            h.startMs = s.maxSilenceStartMs;
            h.endMs = s.maxSilenceStartMs + s.maxSilenceMs;
        } else {
            h.endMs = s.durationMs;
        }
        h.evidence = "信号超限：" + r.signal + "（本通实际 " + r.signal.measure + " = " + (long) s.get(r.signal.measure) + "）";
        return h;
    }

    private static String speakerName(String speaker) {
        return switch (speaker) {
            case "agent" -> "坐席";
            case "customer" -> "客户";
            default -> "任何一方";
        };
    }

    @Override
    public void close() throws IOException {
        matcher.close();
    }
}
