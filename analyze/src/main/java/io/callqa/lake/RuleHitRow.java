package io.callqa.lake;

import io.callqa.rules.RuleHit;
import org.apache.avro.Schema;

/** One row of rule_hits: a finding with its evidence, and the call it belongs to. */
public class RuleHitRow extends RuleHit implements LakeRow {
    public String callId;
    public String date;

    public RuleHitRow() {}

    public static RuleHitRow of(String callId, String date, RuleHit h) {
        RuleHitRow r = new RuleHitRow();
        r.callId = callId;
        r.date = date;
        r.ruleId = h.ruleId;
        r.ruleName = h.ruleName;
        r.ruleVersion = h.ruleVersion;
        r.category = h.category;
        r.severity = h.severity;
        r.deduction = h.deduction;
        r.flagsCall = h.flagsCall;
        r.speaker = h.speaker;
        r.startMs = h.startMs;
        r.endMs = h.endMs;
        r.evidence = h.evidence;
        r.matched = h.matched;
        return r;
    }

    @Override
    public String partitionDate() {
        return date;
    }

    @Override
    public Schema schema() {
        return LakeSchema.RULE_HITS;
    }
}
