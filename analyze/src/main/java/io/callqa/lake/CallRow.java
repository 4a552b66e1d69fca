package io.callqa.lake;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/** One row of the calls table: metadata, talk signals and the scorecard of one call. */
public class CallRow implements LakeRow {
    public String callId;
    public long startTime;
    public String startTimeLocal;
    public String date;
    public String businessLine;
    public String direction;
    public String agentId;
    public String team;
    public String vendor;
    public String customerId;
    public long durationMs;
    public long agentTalkMs;
    public long customerTalkMs;
    public long silenceMs;
    public long maxSilenceMs;
    public long maxDeadAirMs;
    public int talkOverCount;
    public long talkOverMs;
    public long responseLatencyAvgMs;
    public long responseLatencyMaxMs;
    public int holdCount;
    public long holdMs;
    /** Null when unknown: no text, or under 30 s of the role's speech. */
    public Double agentCharsPerMin;
    public Double customerCharsPerMin;
    /** Customer sentiment trajectory and abuse (null without an emotion model). */
    public Double customerSentimentStart;
    public Double customerSentimentEnd;
    public Double customerSentimentChange;
    public Long angriestMs;
    public Integer customerAngryUtterances;
    public Double agentAbuseMax;
    public int qaScore;
    public boolean redLine;
    public boolean flagged;
    public List<String> flagReasons = new ArrayList<>();
    public boolean complaint;
    /** escalation (threatened to complain outside the call), dissatisfaction (angry or ending negative). */
    public List<String> complaintKinds = new ArrayList<>();
    public List<String> topics = new ArrayList<>();
    /** Not a column: the call was read back from the lake to complete the topic trends of a fresh run. */
    public boolean fromLake;
    public String source;
    public String asr;
    public int utteranceCount;
    public String rulesVersion;
    public String sourceFile;
    public long sourceModifiedMs;
    public long processedAt;

    public CallRow() {}

    @Override
    public String partitionDate() {
        return date;
    }

    @Override
    public Schema schema() {
        return LakeSchema.CALLS;
    }
}
