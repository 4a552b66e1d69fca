package io.callqa.trends;

import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** Names a counted window: business line, granularity, bounds, and its revision (late calls fire it again). */
public class StampWindow extends ProcessWindowFunction<TopicWindow, TopicWindow, String, TimeWindow> {
    private final String granularity;
    private final ValueStateDescriptor<Integer> firings = new ValueStateDescriptor<>("firings", Integer.class);

    public StampWindow(String granularity) {
        this.granularity = granularity;
    }

    @Override
    public void process(String businessLine, Context ctx, Iterable<TopicWindow> counted, Collector<TopicWindow> out) throws Exception {
        ValueState<Integer> fired = ctx.windowState().getState(firings);
        int revision = fired.value() == null ? 0 : fired.value();
        fired.update(revision + 1);
        for (TopicWindow w : counted) {
            w.businessLine = businessLine;
            w.granularity = granularity;
            w.start = ctx.window().getStart();
            w.end = ctx.window().getEnd();
            w.revision = revision;
            out.collect(w);
        }
    }

    @Override
    public void clear(Context ctx) {
        ctx.windowState().getState(firings).clear();
    }
}
