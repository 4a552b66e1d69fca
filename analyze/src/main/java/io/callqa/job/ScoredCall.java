package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.rules.RuleHit;
import io.callqa.rules.Scorecard;
import io.callqa.signals.CallFacts;
import io.callqa.signals.TalkSignals;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A call with everything analysis found: signals, facts, findings, scorecard. */
public class ScoredCall implements Serializable {
    public Call call;
    public TalkSignals signals;
    public CallFacts facts;
    public List<RuleHit> hits = new ArrayList<>();
    public Scorecard scorecard;
    public String rulesVersion;

    public ScoredCall() {}
}
