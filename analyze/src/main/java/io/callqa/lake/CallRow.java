package io.callqa.lake;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

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
    public int talkOverCount;
    public int qaScore;
    public boolean redLine;
    public boolean flagged;
    public List<String> flagReasons = new ArrayList<>();
    public boolean complaint;
    public List<String> topics = new ArrayList<>();
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
    public GenericRecord toRecord() {
        GenericData.Record r = new GenericData.Record(LakeSchema.CALLS);
        r.put("call_id", callId);
        r.put("start_time", startTime);
        r.put("start_time_local", startTimeLocal);
        r.put("business_line", businessLine);
        r.put("direction", direction);
        r.put("agent_id", agentId);
        r.put("team", team);
        r.put("vendor", vendor);
        r.put("customer_id", customerId);
        r.put("duration_ms", durationMs);
        r.put("agent_talk_ms", agentTalkMs);
        r.put("customer_talk_ms", customerTalkMs);
        r.put("silence_ms", silenceMs);
        r.put("max_silence_ms", maxSilenceMs);
        r.put("talk_over_count", talkOverCount);
        r.put("qa_score", qaScore);
        r.put("red_line", redLine);
        r.put("flagged", flagged);
        r.put("flag_reasons", flagReasons);
        r.put("complaint", complaint);
        r.put("topics", topics);
        r.put("source", source);
        r.put("asr", asr);
        r.put("utterance_count", utteranceCount);
        r.put("rules_version", rulesVersion);
        r.put("source_file", sourceFile);
        r.put("source_modified_ms", sourceModifiedMs);
        r.put("processed_at", processedAt);
        return r;
    }
}
