package io.callqa.job;

import io.callqa.call.Call;
import org.apache.flink.api.java.functions.KeySelector;

/** Calls are keyed by their id. */
public class CallKey implements KeySelector<Call, String> {
    @Override
    public String getKey(Call call) {
        return call.meta.callId;
    }
}
