package io.callqa.job;

import io.callqa.lake.RuleHitRow;
import io.callqa.rules.RuleHit;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** The rule_hits rows of a scored call: one per finding. */
public class ToRuleHitRows implements FlatMapFunction<ScoredCall, RuleHitRow> {
    @Override
    public void flatMap(ScoredCall s, Collector<RuleHitRow> out) {
        for (RuleHit h : s.hits) {
            RuleHitRow r = new RuleHitRow();
            r.callId = s.call.meta.callId;
            r.date = s.call.meta.startDate();
            r.ruleId = h.ruleId;
            r.ruleName = h.ruleName;
            r.ruleVersion = h.ruleVersion;
            r.category = h.category;
            r.severity = h.severity;
            r.deduction = h.deduction;
            r.speaker = h.speaker;
            r.startMs = h.startMs;
            r.endMs = h.endMs;
            r.evidence = h.evidence;
            r.matched = h.matched;
            out.collect(r);
        }
    }
}
