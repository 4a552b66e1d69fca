package io.callqa.job;

import io.callqa.call.Quarantined;
import org.apache.flink.util.OutputTag;

/** The side output every step sends unusable inputs to. */
public final class Quarantine {
    public static final OutputTag<Quarantined> TAG = new OutputTag<>("quarantine") {};

    private Quarantine() {}

    /** An input refused for what it is: later runs skip it until the file changes. */
    public static Quarantined of(String source, long modifiedMs, String stage, String reason) {
        Progress.QUARANTINED.incrementAndGet();
        return new Quarantined(source, modifiedMs, stage, reason, System.currentTimeMillis());
    }

    /** An input refused because of how the job is set up (no model, a failing dependency): later runs try it again. */
    public static Quarantined retryable(String source, long modifiedMs, String stage, String reason) {
        Quarantined q = of(source, modifiedMs, stage, reason);
        q.retryable = true;
        return q;
    }
}
