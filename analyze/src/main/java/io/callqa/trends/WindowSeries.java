package io.callqa.trends;

import org.apache.flink.api.java.functions.KeySelector;

/** A spike is judged against the same business line's earlier windows of the same size. */
public class WindowSeries implements KeySelector<TopicWindow, String> {
    @Override
    public String getKey(TopicWindow w) {
        return w.businessLine + "|" + w.granularity;
    }
}
