package io.callqa.lake;

import org.apache.avro.Schema;

/** One row of utterances: a turn of the transcript (empty text for signal-only speech segments). */
public class UtteranceRow implements LakeRow {
    public String callId;
    public String date;
    public int seq;
    public String speaker;
    public long startMs;
    public long endMs;
    public String text;
    /** Null without an emotion model. */
    public String emotion;
    public Double sentiment;
    public String emotionEvidence;
    public Boolean abusive;
    public Double abuseScore;
    public Double arousal;
    public double roleConfidence;
    /** AES-GCM sealed unmasked text; null unless run with --seal-originals. */
    public String sealedOriginal;

    public UtteranceRow() {}

    @Override
    public String partitionDate() {
        return date;
    }

    @Override
    public Schema schema() {
        return LakeSchema.UTTERANCES;
    }
}
