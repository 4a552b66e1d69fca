package io.callqa.lake;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** One row of rule_hits: a finding with its evidence. */
public class RuleHitRow implements LakeRow {
    public String callId;
    public String date;
    public String ruleId;
    public String ruleName;
    public String ruleVersion;
    public String category;
    public String severity;
    public int deduction;
    public String speaker;
    public long startMs;
    public long endMs;
    public String evidence;
    public String matched;

    public RuleHitRow() {}

    @Override
    public String partitionDate() {
        return date;
    }

    @Override
    public GenericRecord toRecord() {
        GenericData.Record r = new GenericData.Record(LakeSchema.RULE_HITS);
        r.put("call_id", callId);
        r.put("rule_id", ruleId);
        r.put("rule_name", ruleName);
        r.put("rule_version", ruleVersion);
        r.put("category", category);
        r.put("severity", severity);
        r.put("deduction", deduction);
        r.put("speaker", speaker);
        r.put("start_ms", startMs);
        r.put("end_ms", endMs);
        r.put("evidence", evidence);
        r.put("matched", matched);
        return r;
    }
}
