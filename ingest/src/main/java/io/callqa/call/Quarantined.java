package io.callqa.call;

import java.io.Serializable;

/** An input that could not be processed, with a reason a person understands. Nothing is dropped silently. */
public class Quarantined implements Serializable {
    public String source;
    public long sourceModifiedMs;
    /** Pipeline stage that refused it: ingest, transcribe, analyze. */
    public String stage;
    public String reason;
    public long at;
    /** True when the cause is the job's configuration (e.g. no speech model), not the input: a later run tries again. */
    public boolean retryable;

    public Quarantined() {}

    public Quarantined(String source, long sourceModifiedMs, String stage, String reason, long at) {
        this.source = source;
        this.sourceModifiedMs = sourceModifiedMs;
        this.stage = stage;
        this.reason = reason;
        this.at = at;
    }
}
