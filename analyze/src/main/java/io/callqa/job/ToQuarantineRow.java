package io.callqa.job;

import io.callqa.call.Quarantined;
import io.callqa.lake.QuarantineRow;
import java.time.ZoneId;
import org.apache.flink.api.common.functions.MapFunction;

/** The quarantine row of a refused input. */
public class ToQuarantineRow implements MapFunction<Quarantined, QuarantineRow> {
    private final String zone;

    public ToQuarantineRow(String zone) {
        this.zone = zone;
    }

    @Override
    public QuarantineRow map(Quarantined q) {
        return QuarantineRow.of(q, ZoneId.of(zone));
    }
}
