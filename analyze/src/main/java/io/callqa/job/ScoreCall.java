package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.rules.LiveRulePacks;
import io.callqa.rules.Rule;
import io.callqa.signals.CallFacts;
import io.callqa.rules.Scorecard;
import io.callqa.signals.TalkSignalAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures talk signals, applies the rule packs and computes the scorecard of one call. The packs
 * are reloaded when their folder changes; a change that does not validate goes to quarantine with
 * its reasons (once, from the first parallel instance) and the previous packs keep scoring.
 */
public class ScoreCall extends ProcessFunction<Call, ScoredCall> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreCall.class);
    static final long RULES_CHECK_MS = 5_000;
    private final List<Rule> rules;
    private final String rulesDir;
    private transient LiveRulePacks packs;
    private transient TalkSignalAnalyzer signals;

    /** @param rulesDir the folder the rules came from, watched for changes; null to keep them fixed */
    public ScoreCall(List<Rule> rules, String rulesDir) {
        this.rules = List.copyOf(rules);
        this.rulesDir = rulesDir;
    }

    @Override
    public void open(OpenContext ctx) throws Exception {
        packs = new LiveRulePacks(rulesDir == null ? null : Path.of(rulesDir), rules, RULES_CHECK_MS);
        signals = new TalkSignalAnalyzer();
    }

    @Override
    public void processElement(Call call, Context ctx, Collector<ScoredCall> out) throws Exception {
        List<Rule> before = packs.rules();
        Map<String, String> rejected = packs.refresh();
        if (packs.rules() != before) LOG.info("rule packs reloaded from {}: {} rules", rulesDir, packs.rules().size());
        for (Map.Entry<String, String> r : rejected.entrySet()) {
            LOG.warn("rule pack change rejected, previous packs stay active: {}", r.getValue());
            if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
                Path file = Path.of(r.getKey());
                long modified = Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
                ctx.output(Quarantine.TAG, Quarantine.of(r.getKey(), modified, "rules", "规则包未生效，继续使用上一版本 (rejected, previous packs stay active): " + r.getValue()));
            }
        }
        try {
            ScoredCall s = new ScoredCall();
            s.call = call;
            s.signals = signals.analyze(call.utterances, call.durationMs);
            s.facts = CallFacts.of(call);
            s.hits = packs.engine().evaluate(call, s.signals, s.facts);
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
        TreeSet<String> applied = new TreeSet<>();
        for (Rule r : packs.rules()) if (r.appliesTo(call.meta.businessLine, call.meta.direction)) applied.add(r.packName + "@" + r.packVersion);
        return String.join(",", applied);
    }

    @Override
    public void close() throws Exception {
        if (packs != null) packs.close();
    }
}
