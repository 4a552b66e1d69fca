package io.callqa.trends;

import io.callqa.lake.CallRow;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts a window's calls and complaints, in all and per topic (a call may have several topics). */
public class CountTopics implements AggregateFunction<CallRow, TopicWindow, TopicWindow> {
    @Override
    public TopicWindow createAccumulator() {
        return new TopicWindow();
    }

    @Override
    public TopicWindow add(CallRow call, TopicWindow w) {
        w.calls++;
        if (!call.fromLake) w.newCalls++;
        if (call.complaint) w.complaints++;
        for (String topic : call.topics) {
            w.topicCalls.merge(topic, 1, Integer::sum);
            if (call.complaint) w.topicComplaints.merge(topic, 1, Integer::sum);
        }
        return w;
    }

    @Override
    public TopicWindow getResult(TopicWindow w) {
        return w;
    }

    @Override
    public TopicWindow merge(TopicWindow a, TopicWindow b) {
        a.calls += b.calls;
        a.complaints += b.complaints;
        a.newCalls += b.newCalls;
        b.topicCalls.forEach((t, n) -> a.topicCalls.merge(t, n, Integer::sum));
        b.topicComplaints.forEach((t, n) -> a.topicComplaints.merge(t, n, Integer::sum));
        return a;
    }
}
