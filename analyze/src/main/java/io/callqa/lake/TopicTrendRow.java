package io.callqa.lake;

import org.apache.avro.Schema;

/** One row of voc_topic_trends: a topic's calls in one window of one business line, and whether it spiked. */
public class TopicTrendRow implements LakeRow {
    public String granularity;
    public long windowStart;
    public long windowEnd;
    public String businessLine;
    public String topic;
    public int calls;
    public int complaints;
    public int lineCalls;
    public double share;
    public Double changeVsPrev;
    public Double expected;
    public Double pValue;
    public boolean spike;
    public int baselineWindows;
    public int revision;
    public long emittedAt;
    /** Local date of the window start, for the dt partition. */
    public String date;

    public TopicTrendRow() {}

    @Override
    public String partitionDate() {
        return date;
    }

    @Override
    public Schema schema() {
        return LakeSchema.VOC_TOPIC_TRENDS;
    }
}
