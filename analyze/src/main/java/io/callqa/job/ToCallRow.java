package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.call.CallMetadata;
import io.callqa.lake.CallRow;
import io.callqa.signals.CallFacts;
import org.apache.flink.api.common.functions.MapFunction;

/** The calls-table row of a scored call. */
public class ToCallRow implements MapFunction<ScoredCall, CallRow> {
    /** A customer is dissatisfied with this many angry turns, or when the call ends this negative. */
    static final int DISSATISFIED_TURNS = 2;
    static final double DISSATISFIED_END = -0.4;

    private static Double score(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
    }

    @Override
    public CallRow map(ScoredCall s) {
        Call c = s.call;
        CallMetadata m = c.meta;
        CallRow r = new CallRow();
        r.callId = m.callId;
        r.startTime = m.startEpochMs();
        r.startTimeLocal = m.startTime;
        r.date = m.startDate();
        r.businessLine = m.businessLine;
        r.direction = m.direction;
        r.agentId = m.agentId;
        r.team = m.team;
        r.vendor = m.vendor;
        r.customerId = m.customerId;
        r.durationMs = c.durationMs;
        r.agentTalkMs = s.signals.agentTalkMs;
        r.customerTalkMs = s.signals.customerTalkMs;
        r.silenceMs = s.signals.silenceMs;
        r.maxSilenceMs = s.signals.maxSilenceMs;
        r.maxDeadAirMs = s.signals.maxDeadAirMs;
        CallFacts f = s.facts;
        r.customerSentimentStart = score(f.customerSentimentStart);
        r.customerSentimentEnd = score(f.customerSentimentEnd);
        r.customerSentimentChange = score(f.customerSentimentEnd - f.customerSentimentStart);
        r.angriestMs = f.angriestMs < 0 ? null : f.angriestMs;
        r.customerAngryUtterances = f.customerAngryUtterances < 0 ? null : f.customerAngryUtterances;
        r.agentAbuseMax = score(f.agentAbuseMax);
        r.talkOverCount = s.signals.talkOverCount;
        r.talkOverMs = s.signals.talkOverMs;
        r.responseLatencyAvgMs = s.signals.responseLatencyAvgMs;
        r.responseLatencyMaxMs = s.signals.responseLatencyMaxMs;
        r.holdCount = s.signals.holdCount;
        r.holdMs = s.signals.holdMs;
        r.agentCharsPerMin = known(s.signals.agentCharsPerMin);
        r.customerCharsPerMin = known(s.signals.customerCharsPerMin);
        r.qaScore = s.scorecard.score;
        r.redLine = s.scorecard.redLine;
        r.flagged = s.scorecard.flagged;
        r.flagReasons = s.scorecard.flagReasons;
        if (s.hits.stream().anyMatch(h -> "complaint_escalation".equals(h.category))) r.complaintKinds.add("escalation");
        if (f.customerAngryUtterances >= DISSATISFIED_TURNS || f.customerSentimentEnd <= DISSATISFIED_END) r.complaintKinds.add("dissatisfaction");
        r.complaint = !r.complaintKinds.isEmpty();
        r.topics = new java.util.ArrayList<>(c.topics);
        r.source = c.source;
        r.asr = c.asr;
        r.utteranceCount = c.utterances.size();
        r.rulesVersion = s.rulesVersion;
        r.sourceFile = c.sourceFile;
        r.sourceModifiedMs = c.sourceModifiedMs;
        r.processedAt = System.currentTimeMillis();
        return r;
    }

    private static Double known(double rate) {
        return rate < 0 ? null : Math.round(rate * 10) / 10.0;
    }
}
