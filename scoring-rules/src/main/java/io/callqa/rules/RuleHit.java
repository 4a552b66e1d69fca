package io.callqa.rules;

import java.io.Serializable;

/**
 * A finding: a forbidden thing said (the words and where), or a required thing missing (located at
 * the window where it was due), or a signal over its threshold.
 */
public class RuleHit implements Serializable {
    public String ruleId;
    public String ruleName;
    public String ruleVersion;
    public String category;
    public String severity;
    public int deduction;
    /** Customer-side finding: flags the call for review without deducting. */
    public boolean flagsCall;
    public String speaker;
    public long startMs;
    public long endMs;
    /** What a reviewer reads: the utterance with the matched words in 【】, or why a requirement failed. */
    public String evidence;
    /** Just the matched words, empty for missing-requirement and signal findings. */
    public String matched = "";

    public RuleHit() {}

    /** A copy, for records that extend a finding with where it belongs. */
    public RuleHit(RuleHit h) {
        ruleId = h.ruleId;
        ruleName = h.ruleName;
        ruleVersion = h.ruleVersion;
        category = h.category;
        severity = h.severity;
        deduction = h.deduction;
        flagsCall = h.flagsCall;
        speaker = h.speaker;
        startMs = h.startMs;
        endMs = h.endMs;
        evidence = h.evidence;
        matched = h.matched;
    }
}
