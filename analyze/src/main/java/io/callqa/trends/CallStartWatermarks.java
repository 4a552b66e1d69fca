package io.callqa.trends;

import io.callqa.lake.CallRow;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * The watermark trails the latest call start seen by a fixed allowance. It moves with every call
 * (calls are few and heavy, so that costs nothing), not on a timer: a burst of files read faster
 * than the timer ticks still moves event time forward, and late calls are recognised as late.
 */
public class CallStartWatermarks implements WatermarkGenerator<CallRow> {
    private final long outOfOrderMs;
    private long latest = Long.MIN_VALUE;

    public CallStartWatermarks(long outOfOrderMs) {
        this.outOfOrderMs = outOfOrderMs;
    }

    @Override
    public void onEvent(CallRow call, long timestamp, WatermarkOutput out) {
        if (timestamp <= latest) return;
        latest = timestamp;
        out.emitWatermark(new Watermark(latest - outOfOrderMs - 1));
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput out) {
        if (latest != Long.MIN_VALUE) out.emitWatermark(new Watermark(latest - outOfOrderMs - 1));
    }
}
