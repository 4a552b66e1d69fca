package io.callqa.job;

import io.callqa.lake.RuleHitRow;
import io.callqa.rules.RuleHit;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** The rule_hits rows of a scored call: one per finding. */
public class ToRuleHitRows implements FlatMapFunction<ScoredCall, RuleHitRow> {
    @Override
    public void flatMap(ScoredCall s, Collector<RuleHitRow> out) {
        for (RuleHit h : s.hits) out.collect(new RuleHitRow(s.call.meta.callId, s.call.meta.startDate(), h));
    }
}
