package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.rules.Rule;
import io.callqa.rules.RuleEngine;
import io.callqa.rules.Scorecard;
import io.callqa.signals.TalkSignalAnalyzer;
import java.util.List;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Measures talk signals, applies the rule packs and computes the scorecard of one call. */
public class ScoreCall extends ProcessFunction<Call, ScoredCall> {
    private final List<Rule> rules;
    private transient RuleEngine engine;
    private transient TalkSignalAnalyzer signals;

    public ScoreCall(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void open(OpenContext ctx) throws Exception {
        engine = new RuleEngine(rules);
        signals = new TalkSignalAnalyzer();
    }

    @Override
    public void processElement(Call call, Context ctx, Collector<ScoredCall> out) {
        try {
            ScoredCall s = new ScoredCall();
            s.call = call;
            s.signals = signals.analyze(call.utterances, call.durationMs);
            s.hits = engine.evaluate(call, s.signals);
            s.scorecard = Scorecard.of(s.hits);
            s.rulesVersion = rulesVersion(call);
            Progress.SCORED.incrementAndGet();
            out.collect(s);
        } catch (Exception e) {
            ctx.output(Quarantine.TAG, Quarantine.retryable(call.sourceFile, call.sourceModifiedMs, "analyze",
                    call.sourceFile + ": analysis failed: " + e));
        }
    }

    /** The packs (name@version) whose rules apply to this call's business line. */
    private String rulesVersion(Call call) {
        TreeSet<String> packs = new TreeSet<>();
        for (Rule r : rules) if (r.appliesTo(call.meta.businessLine, call.meta.direction)) packs.add(r.packName + "@" + r.packVersion);
        return String.join(",", packs);
    }

    @Override
    public void close() throws Exception {
        if (engine != null) engine.close();
    }
}
