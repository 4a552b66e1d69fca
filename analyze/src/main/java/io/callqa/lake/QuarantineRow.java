package io.callqa.lake;

import io.callqa.call.Quarantined;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** One row of quarantine: an input the job could not use and why; partitioned by the day it was refused. */
public class QuarantineRow implements LakeRow {
    public String source;
    public long sourceModifiedMs;
    public String stage;
    public String reason;
    public long at;
    public boolean retryable;
    public String date;

    public QuarantineRow() {}

    public static QuarantineRow of(Quarantined q, ZoneId zone) {
        QuarantineRow r = new QuarantineRow();
        r.source = q.source;
        r.sourceModifiedMs = q.sourceModifiedMs;
        r.stage = q.stage;
        r.reason = q.reason;
        r.at = q.at;
        r.retryable = q.retryable;
        r.date = Instant.ofEpochMilli(q.at).atZone(zone).toLocalDate().toString();
        return r;
    }

    @Override
    public String partitionDate() {
        return date;
    }

    @Override
    public GenericRecord toRecord() {
        GenericData.Record r = new GenericData.Record(LakeSchema.QUARANTINE);
        r.put("source", source);
        r.put("source_modified_ms", sourceModifiedMs);
        r.put("stage", stage);
        r.put("reason", reason);
        r.put("at", at);
        r.put("retryable", retryable);
        return r;
    }
}
