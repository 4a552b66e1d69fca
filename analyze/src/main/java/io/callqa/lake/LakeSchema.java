package io.callqa.lake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * The lake's tables and columns, in one place (README "Lake schema"). Each table is a folder of
 * Parquet files partitioned dt=YYYY-MM-DD; dt itself lives only in the folder name.
 */
public final class LakeSchema {
    public static final Schema CALLS = SchemaBuilder.record("calls").namespace("io.callqa.lake").fields()
            .requiredString("call_id")
            .name("start_time").type(timestamp()).noDefault()
            .requiredString("start_time_local")
            .requiredString("business_line")
            .requiredString("direction")
            .requiredString("agent_id")
            .requiredString("team")
            .requiredString("vendor")
            .requiredString("customer_id")
            .requiredLong("duration_ms")
            .requiredLong("agent_talk_ms")
            .requiredLong("customer_talk_ms")
            .requiredLong("silence_ms")
            .requiredLong("max_silence_ms")
            .requiredLong("max_dead_air_ms")
            .requiredInt("talk_over_count")
            .requiredLong("talk_over_ms")
            .requiredLong("response_latency_avg_ms")
            .requiredLong("response_latency_max_ms")
            .requiredInt("hold_count")
            .requiredLong("hold_ms")
            .optionalDouble("agent_chars_per_min")
            .optionalDouble("customer_chars_per_min")
            .optionalDouble("customer_sentiment_start")
            .optionalDouble("customer_sentiment_end")
            .optionalDouble("customer_sentiment_change")
            .optionalLong("angriest_ms")
            .optionalInt("customer_angry_utterances")
            .optionalDouble("agent_abuse_max")
            .requiredInt("qa_score")
            .requiredBoolean("red_line")
            .requiredBoolean("flagged")
            .name("flag_reasons").type().array().items().stringType().noDefault()
            .requiredBoolean("complaint")
            .name("complaint_kinds").type().array().items().stringType().noDefault()
            .name("topics").type().array().items().stringType().noDefault()
            .requiredString("source")
            .requiredString("asr")
            .requiredInt("utterance_count")
            .requiredString("rules_version")
            .requiredString("source_file")
            .requiredLong("source_modified_ms")
            .name("processed_at").type(timestamp()).noDefault()
            .endRecord();

    public static final Schema RULE_HITS = SchemaBuilder.record("rule_hits").namespace("io.callqa.lake").fields()
            .requiredString("call_id")
            .requiredString("rule_id")
            .requiredString("rule_name")
            .requiredString("rule_version")
            .requiredString("category")
            .requiredString("severity")
            .requiredInt("deduction")
            .requiredString("speaker")
            .requiredLong("start_ms")
            .requiredLong("end_ms")
            .requiredString("evidence")
            .requiredString("matched")
            .endRecord();

    public static final Schema UTTERANCES = SchemaBuilder.record("utterances").namespace("io.callqa.lake").fields()
            .requiredString("call_id")
            .requiredInt("seq")
            .requiredString("speaker")
            .requiredLong("start_ms")
            .requiredLong("end_ms")
            .requiredString("text")
            .optionalString("emotion")
            .optionalDouble("sentiment")
            .optionalString("emotion_evidence")
            .optionalBoolean("abusive")
            .optionalDouble("abuse_score")
            .optionalDouble("arousal")
            .requiredDouble("role_confidence")
            .optionalString("sealed_original")
            .endRecord();

    public static final Schema QUARANTINE = SchemaBuilder.record("quarantine").namespace("io.callqa.lake").fields()
            .requiredString("source")
            .requiredLong("source_modified_ms")
            .requiredString("stage")
            .requiredString("reason")
            .name("at").type(timestamp()).noDefault()
            .requiredBoolean("retryable")
            .endRecord();

    /**
     * Topic trends per event-time window (hour or local day) and business line. A window is written
     * again with a higher revision when late calls change it; readers take the latest revision.
     */
    public static final Schema VOC_TOPIC_TRENDS = SchemaBuilder.record("voc_topic_trends").namespace("io.callqa.lake").fields()
            .requiredString("granularity")
            .name("window_start").type(timestamp()).noDefault()
            .name("window_end").type(timestamp()).noDefault()
            .requiredString("business_line")
            .requiredString("topic")
            .requiredInt("calls")
            .requiredInt("complaints")
            .requiredInt("line_calls")
            .requiredDouble("share")
            .optionalDouble("change_vs_prev")
            .optionalDouble("expected")
            .optionalDouble("p_value")
            .requiredBoolean("spike")
            .requiredInt("baseline_windows")
            .requiredInt("revision")
            .name("emitted_at").type(timestamp()).noDefault()
            .endRecord();

    /** The reviewers' current verdict on each finding they decided (written by the review app, not the job). */
    public static final Schema REVIEWS = SchemaBuilder.record("reviews").namespace("io.callqa.lake").fields()
            .requiredString("call_id")
            .requiredString("rule_id")
            .requiredLong("start_ms")
            .requiredString("verdict")
            .optionalString("reason")
            .requiredString("reviewer")
            .name("reviewed_at").type(timestamp()).noDefault()
            .endRecord();

    /** Table name → schema, in the order tables are listed to users. */
    public static final Map<String, Schema> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("calls", CALLS);
        TABLES.put("rule_hits", RULE_HITS);
        TABLES.put("utterances", UTTERANCES);
        TABLES.put("quarantine", QUARANTINE);
        TABLES.put("voc_topic_trends", VOC_TOPIC_TRENDS);
        TABLES.put("reviews", REVIEWS);
    }

    private LakeSchema() {}

    private static Schema timestamp() {
        return LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
    }
}
