package io.callqa.lake;

import io.callqa.call.Quarantined;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.avro.Schema;

/** One row of quarantine: an input the job could not use and why; partitioned by the day it was refused. */
public class QuarantineRow extends Quarantined implements LakeRow {
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
    public Schema schema() {
        return LakeSchema.QUARANTINE;
    }
}
