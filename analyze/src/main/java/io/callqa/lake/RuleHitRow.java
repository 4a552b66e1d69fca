package io.callqa.lake;

import io.callqa.rules.RuleHit;
import org.apache.avro.Schema;

/** One row of rule_hits: a finding with its evidence, and the call it belongs to. */
public class RuleHitRow extends RuleHit implements LakeRow {
    public String callId;
    public String date;

    public RuleHitRow() {}

    public RuleHitRow(String callId, String date, RuleHit h) {
        super(h);
        this.callId = callId;
        this.date = date;
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
