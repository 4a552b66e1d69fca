package io.callqa.rules;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.signals.CallFacts;
import io.callqa.signals.Measures;
import io.callqa.signals.TalkSignals;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        return evaluate(call, signals, CallFacts.of(call));
    }

    /** With the call's facts already worked out (the job keeps them for the lake row). */
    public List<RuleHit> evaluate(Call call, TalkSignals signals, CallFacts facts) throws IOException {
        ClauseWords.newCall();
        List<Utterance> us = call.utterances;
        List<String> texts = us.stream().map(u -> u.text == null ? "" : u.text).toList();
        TextRuleMatcher.CallMatches matches = matcher.match(call.hasText() ? texts : List.of());
        Measures measures = new Measures(signals, facts);
        List<RuleHit> hits = new ArrayList<>();
        for (Rule r : rules) {
            if (!r.appliesTo(call.meta.businessLine, call.meta.direction)) continue;
            boolean needsText = r.type != Rule.Type.SIGNAL || !(r.when.isEmpty() && r.unless.isEmpty() && r.after.isEmpty() && r.before.isEmpty());
            if (needsText && !call.hasText()) continue; // words cannot be judged without a transcript
            if (r.type == Rule.Type.FORBIDDEN && r.model == null && matches.of(r.id).isEmpty()) continue; // most rules, most calls
            References refs = new References(r, us, matches);
            int whenAt = r.when.isEmpty() ? us.size() : refs.first("when", 0);
            if (whenAt < 0) continue;
            if (refs.excusedByTheCall(whenAt)) continue;
            switch (r.type) {
                case SIGNAL -> {
                    if (r.signal.holds(measures)) hits.add(signalHit(r, measures));
                }
                case FORBIDDEN -> {
                    Set<Integer> m = matches.of(r.id);
                    Set<Integer> vetoed = matches.of(r.id + TextRuleMatcher.VETO); // the rule's NOT words rule a turn out for its model too
                    Map<Integer, Double> scored = new HashMap<>(); // utterances only the model found, with its score
                    List<Integer> said = new ArrayList<>();
                    for (int i : refs.scopeEachTime(RuleWindow.indices(r, us))) {
                        if (!m.contains(i)) {
                            if (r.model == null || vetoed.contains(i)) continue;
                            double p = r.model.score(us.get(i).text);
                            if (p < r.model.threshold) continue;
                            scored.put(i, p);
                        } else if (r.confirm != null && !r.confirm.holds(us.get(i).text)) {
                            continue;
                        }
                        if (!refs.excusedNear(i)) said.add(i);
                    }
                    if (said.size() < r.minCount) continue;
                    for (int i : said) hits.add(scored.containsKey(i) ? modelHit(r, us.get(i), scored.get(i)) : forbiddenHit(r, us.get(i), matches.spans(r.id, i)));
                }
                case REQUIRED -> {
                    if (!r.after.isEmpty() && refs.afterIndex() < 0) continue; // what it follows never happened
                    int dueBy = refs.beforeIndex();
                    if (!r.before.isEmpty() && dueBy >= us.size()) continue; // nothing it must precede
                    List<Integer> due = refs.scope(RuleWindow.indices(r, us));
                    if (due.stream().anyMatch(matches.of(r.id)::contains)) continue;
                    if (r.before.isEmpty()) hits.add(missingHit(r, us, due));
                    else if (!refs.excusedNear(dueBy)) hits.add(missingBefore(r, us.get(dueBy)));
                }
            }
        }
        return hits;
    }

    /** Where a rule's reference conditions matched, and the part of the call they leave in scope. */
    private static final class References {
        private final Rule rule;
        private final List<Utterance> us;
        private final TextRuleMatcher.CallMatches matches;

        References(Rule rule, List<Utterance> us, TextRuleMatcher.CallMatches matches) {
            this.rule = rule;
            this.us = us;
            this.matches = matches;
        }

        /** Earliest index at or after from where one of the alternatives reaches its count-th match, by its speaker; -1 if none. */
        int first(String name, int from) {
            List<Rule.Reference> alternatives = switch (name) {
                case "when" -> rule.when;
                case "after" -> rule.after;
                default -> rule.before;
            };
            int best = -1;
            for (int k = 0; k < alternatives.size(); k++) {
                Rule.Reference ref = alternatives.get(k);
                Set<Integer> m = matched(name, k, ref);
                int seen = 0;
                for (int i = from; i < us.size() && (best < 0 || i < best); i++) {
                    if (m.contains(i) && ref.speakerMatches(us.get(i).speaker) && ++seen >= ref.count) {
                        best = i;
                        break;
                    }
                }
            }
            return best;
        }

        /**
         * Whether an unless alternative without a time limit reached its count anywhere in the call
         * (a beforeWhen one: no later than whenAt, the turn where the rule's when first matched),
         * and its until, if it has one, was not said after that.
         */
        boolean excusedByTheCall(int whenAt) {
            for (int k = 0; k < rule.unless.size(); k++) {
                Rule.Reference ref = rule.unless.get(k);
                if (ref.withinSeconds != null) continue;
                int bound = ref.beforeWhen ? whenAt : us.size();
                List<Integer> said = saidBy(ref, matched("unless", k, ref)).filter(j -> j <= bound).sorted().toList();
                if (said.size() < ref.count) continue;
                int excusedAt = said.get(ref.count - 1);
                Set<Integer> lapse = ref.until == null ? Set.of() : matches.of(TextRuleMatcher.referenceId(rule.id, "unless", k) + TextRuleMatcher.UNTIL);
                if (lapse.stream().noneMatch(i -> i > excusedAt)) return true;
            }
            return false;
        }

        /** Whether an unless alternative with a time limit matched within that many seconds of utterance i (a hand-off right after a deflection). */
        boolean excusedNear(int i) {
            for (int k = 0; k < rule.unless.size(); k++) {
                Rule.Reference ref = rule.unless.get(k);
                if (ref.withinSeconds == null) continue;
                long limit = ref.withinSeconds * 1000L;
                if (saidBy(ref, matched("unless", k, ref)).anyMatch(j -> Math.abs(us.get(j).startMs - us.get(i).startMs) <= limit)) return true;
            }
            return false;
        }

        /** The turns where alternative k of a reference matched, kept only where they answer what its replyTo / notReplyTo ask. */
        private Set<Integer> matched(String name, int k, Rule.Reference ref) {
            String id = TextRuleMatcher.referenceId(rule.id, name, k);
            Set<Integer> m = matches.of(id);
            if (ref.replyTo == null && ref.notReplyTo == null) return m;
            Set<Integer> replyTo = matches.of(id + TextRuleMatcher.REPLY_TO);
            Set<Integer> notReplyTo = matches.of(id + TextRuleMatcher.NOT_REPLY_TO);
            Set<Integer> kept = new HashSet<>();
            for (int i : m) {
                int asked = otherPartyBefore(i);
                if (ref.replyTo != null && (asked < 0 || !replyTo.contains(asked))) continue;
                if (ref.notReplyTo != null && asked >= 0 && notReplyTo.contains(asked)) continue;
                kept.add(i);
            }
            return kept;
        }

        /** The other party's last turn before turn i; -1 if none. */
        private int otherPartyBefore(int i) {
            for (int j = i - 1; j >= 0; j--) if (!Objects.equals(us.get(j).speaker, us.get(i).speaker)) return j;
            return -1;
        }

        private java.util.stream.Stream<Integer> saidBy(Rule.Reference ref, Set<Integer> matched) {
            return matched.stream().filter(j -> ref.speakerMatches(us.get(j).speaker));
        }

        int afterIndex() {
            return rule.after.isEmpty() ? -1 : first("after", 0);
        }

        /** The first match of before following the after point; us.size() when there is none. */
        int beforeIndex() {
            int from = rule.after.isEmpty() ? 0 : Math.max(0, afterIndex() + 1);
            int b = rule.before.isEmpty() ? -1 : first("before", from);
            return b < 0 ? us.size() : b;
        }

        List<Integer> scope(List<Integer> indices) {
            int lo = rule.after.isEmpty() ? -1 : afterIndex();
            if (!rule.after.isEmpty() && lo < 0) return List.of();
            int hi = beforeIndex();
            return indices.stream().filter(i -> i > lo && i < hi).toList();
        }

        /**
         * For a forbidden rule with after and before, the scope opens again at each after point that
         * follows a before point: a cardholder confirmed (before) who then hands the phone to his wife
         * (after) puts a third party back on the line.
         */
        List<Integer> scopeEachTime(List<Integer> indices) {
            if (rule.after.isEmpty() || rule.before.isEmpty()) return scope(indices);
            BitSet open = new BitSet();
            for (int from = 0; from < us.size(); ) {
                int lo = first("after", from);
                if (lo < 0) break;
                int hi = first("before", lo + 1);
                open.set(lo + 1, hi < 0 ? us.size() : hi);
                if (hi < 0) break;
                from = hi + 1;
            }
            return indices.stream().filter(open::get).toList();
        }
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

    /** The whole utterance is the evidence: the model judged the turn, not one phrase in it. */
    private static RuleHit modelHit(Rule r, Utterance u, double score) {
        RuleHit h = base(r);
        h.speaker = u.speaker;
        h.startMs = u.startMs;
        h.endMs = u.endMs;
        h.evidence = "【" + u.text + "】（模型判定 " + r.model.name + " = " + String.format("%.2f", score) + "）";
        h.matched = u.text;
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

    /** A requirement that had to come before something that then happened without it. */
    private static RuleHit missingBefore(Rule r, Utterance at) {
        RuleHit h = base(r);
        h.speaker = at.speaker;
        h.startMs = at.startMs;
        h.endMs = at.endMs;
        h.evidence = "未在此之前完成：" + r.name + "；原话：" + at.text;
        return h;
    }

    private static RuleHit signalHit(Rule r, Measures m) {
        TalkSignals s = m.talk();
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
        h.evidence = "信号超限：" + r.signal + "（本通实际 " + r.signal.measure + " = " + (long) m.get(r.signal.measure) + "）";
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
