package io.callqa.job;

import io.callqa.rules.Rule;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the scoring job needs besides its source and sinks. */
public class JobSettings implements Serializable {
    public List<Rule> rules;
    /** The folder the rules were loaded from; the job reloads them when it changes (null: never). */
    public String rulesDir;
    /** Seals the unmasked text of masked utterances into the lake (encrypted); null keeps none. */
    public io.callqa.privacy.OriginalSealer sealer;
    /** A trained topic model (callqa topics train), or null to learn one from the taxonomy. */
    public String topicModel;
    /** The topic taxonomy YAML. */
    public String topicTaxonomy;
    /** Emotion model folder (callqa emotion train), or null to leave emotion columns empty. */
    public String emotionModel;
    /** Vosk model folder, or null. */
    public String voskModel;
    public boolean signalOnly;
    /** Time zone for recordings without metadata and for quarantine dates. */
    public String zone = "Asia/Shanghai";
    /** Topic trends: how far behind the latest call start the watermark trails. */
    public java.time.Duration trendOutOfOrder = java.time.Duration.ofHours(1);
    /** Topic trends: how long after a window closed late calls still revise it. */
    public java.time.Duration trendLateness = java.time.Duration.ofDays(2);
    /** Recent calls read back from the lake so a run that starts without checkpoint state has whole trend windows. */
    public java.util.ArrayList<io.callqa.lake.CallRow> trendHistory = new java.util.ArrayList<>();
    /** Call id → source file of calls already in the lake. */
    public Map<String, String> callsInLake = new HashMap<>();
    /** Changes every run so file-source state is never restored: each run lists the folder afresh (see CallScoringJob). */
    public String runId = "0";

    public JobSettings() {}
}
