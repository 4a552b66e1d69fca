package io.callqa.trends;

import io.callqa.lake.CallRow;
import io.callqa.lake.TopicTrendRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * Voice-of-customer trends from the scored calls, in event time (the call's start): hourly and
 * local-day windows per business line, counted per topic, then judged for spikes.
 *
 * <p>Late uploads: the watermark trails the latest start time seen by {@code outOfOrder}; a window
 * first fires when the watermark passes its end, and fires again (revision + 1) for each call that
 * arrives up to {@code lateness} after that. Calls later still are in the calls table but not in
 * the trends.
 */
public final class TopicTrends {
    private TopicTrends() {}

    public static DataStream<TopicTrendRow> of(DataStream<CallRow> calls, Duration outOfOrder, Duration lateness, String zone) {
        long allowance = outOfOrder.toMillis();
        DataStream<CallRow> timed = calls.assignTimestampsAndWatermarks(WatermarkStrategy.<CallRow>forGenerator(ctx -> new CallStartWatermarks(allowance))
                        .withTimestampAssigner(new CallStartTime()).withIdleness(Duration.ofMinutes(1)))
                .name("call-start-time").uid("call-start-time");
        // Local days: tumbling day windows shifted by the zone's offset (China keeps one offset all year).
        Duration offset = Duration.ofSeconds(ZoneId.of(zone).getRules().getOffset(Instant.now()).getTotalSeconds());
        DataStream<TopicWindow> hours = timed.keyBy(new LineOf())
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1))).allowedLateness(lateness)
                .aggregate(new CountTopics(), new StampWindow("hour")).name("topics-per-hour").uid("topics-per-hour");
        DataStream<TopicWindow> days = timed.keyBy(new LineOf())
                .window(TumblingEventTimeWindows.of(Duration.ofDays(1), offset.negated())).allowedLateness(lateness)
                .aggregate(new CountTopics(), new StampWindow("day")).name("topics-per-day").uid("topics-per-day");
        return hours.union(days).keyBy(new WindowSeries())
                .process(new SpikeDetector(zone)).name("topic-spikes").uid("topic-spikes");
    }
}
