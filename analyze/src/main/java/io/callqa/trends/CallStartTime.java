package io.callqa.trends;

import io.callqa.lake.CallRow;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;

/** Event time of a call is when it started, not when its file arrived. */
public class CallStartTime implements SerializableTimestampAssigner<CallRow> {
    @Override
    public long extractTimestamp(CallRow call, long recordTimestamp) {
        return call.startTime;
    }
}
