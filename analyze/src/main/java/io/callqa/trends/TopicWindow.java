package io.callqa.trends;

import java.io.Serializable;
import java.util.TreeMap;

/** One business line's calls in one event-time window, counted per topic. */
public class TopicWindow implements Serializable {
    public String businessLine;
    /** "hour" or "day". */
    public String granularity;
    public long start;
    public long end;
    public int calls;
    public int complaints;
    /** Calls this run scored (the others were read back from the lake). */
    public int newCalls;
    /** 0 for the window's first result; one more each time late calls change it. */
    public int revision;
    public TreeMap<String, Integer> topicCalls = new TreeMap<>();
    public TreeMap<String, Integer> topicComplaints = new TreeMap<>();

    public TopicWindow() {}

    public int calls(String topic) {
        return topicCalls.getOrDefault(topic, 0);
    }
}
