package io.callqa.job;

import io.callqa.call.Call;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets each call id through once, ever. Keyed state remembers the file a call came from, so a file
 * replayed after a restart is dropped quietly, while a second file claiming the same call id is
 * quarantined. Calls already in the lake when the job started are known from the lake itself.
 */
public class FirstSightOfCall extends KeyedProcessFunction<String, Call, Call> {
    private final Map<String, String> inLake;
    private transient ValueState<String> seenFrom;

    /** @param inLake call id → source file, for calls committed to the lake before this run */
    public FirstSightOfCall(Map<String, String> inLake) {
        this.inLake = new HashMap<>(inLake);
    }

    @Override
    public void open(OpenContext ctx) {
        seenFrom = getRuntimeContext().getState(new ValueStateDescriptor<>("seen-from", String.class));
    }

    @Override
    public void processElement(Call call, Context ctx, Collector<Call> out) throws Exception {
        String earlier = seenFrom.value();
        if (earlier == null) earlier = inLake.get(call.meta.callId);
        if (earlier == null) {
            seenFrom.update(call.sourceFile);
            out.collect(call);
        } else if (earlier.equals(call.sourceFile)) {
            Progress.SKIPPED_REPLAY.incrementAndGet();
        } else {
            ctx.output(Quarantine.TAG, Quarantine.of(call.sourceFile, call.sourceModifiedMs, "ingest",
                    call.sourceFile + ": call id " + call.meta.callId + " was already processed from " + earlier));
        }
    }
}
