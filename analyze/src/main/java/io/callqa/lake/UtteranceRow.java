package io.callqa.lake;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** One row of utterances: a turn of the transcript (empty text for signal-only speech segments). */
public class UtteranceRow implements LakeRow {
    public String callId;
    public String date;
    public int seq;
    public String speaker;
    public long startMs;
    public long endMs;
    public String text;
    /** Null until emotion analysis runs. */
    public String emotion;
    public Double sentiment;
    public double roleConfidence;

    public UtteranceRow() {}

    @Override
    public String partitionDate() {
        return date;
    }

    @Override
    public GenericRecord toRecord() {
        GenericData.Record r = new GenericData.Record(LakeSchema.UTTERANCES);
        r.put("call_id", callId);
        r.put("seq", seq);
        r.put("speaker", speaker);
        r.put("start_ms", startMs);
        r.put("end_ms", endMs);
        r.put("text", text);
        r.put("emotion", emotion);
        r.put("sentiment", sentiment);
        r.put("role_confidence", roleConfidence);
        return r;
    }
}
