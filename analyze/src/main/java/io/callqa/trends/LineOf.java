package io.callqa.trends;

import io.callqa.lake.CallRow;
import org.apache.flink.api.java.functions.KeySelector;

/** Trends are kept per business line. */
public class LineOf implements KeySelector<CallRow, String> {
    @Override
    public String getKey(CallRow call) {
        return call.businessLine == null || call.businessLine.isBlank() ? "unknown" : call.businessLine;
    }
}
