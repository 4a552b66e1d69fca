package io.callqa.call;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** What the telephony system knows about a call before anyone listens to it. */
public class CallMetadata implements Serializable {
    public String callId;
    /** ISO-8601 with offset, e.g. 2026-11-16T10:15:00+08:00: local time matters for calling-hour rules. */
    public String startTime;
    public String businessLine = "other";
    public String direction = "inbound";
    public String agentId = "";
    public String team = "";
    public String vendor = "";
    public String customerId = "";
    /** Which stereo channel carries the agent: "left" (default) or "right". */
    public String agentChannel = "left";

    public CallMetadata() {}

    public OffsetDateTime start() {
        return OffsetDateTime.parse(startTime);
    }

    public long startEpochMs() {
        return start().toInstant().toEpochMilli();
    }

    /** Lake partition value: the call's local start date. */
    public String startDate() {
        return start().toLocalDate().toString();
    }
}
