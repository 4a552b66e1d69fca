package io.callqa.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.lake.CallRow;
import io.callqa.lake.TopicTrendRow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twelve days of calls on two business lines stream through the trend windows on a MiniCluster,
 * slightly out of order, with one batch uploaded a day late and two calls uploaded too late for the
 * trends (beyond the allowed lateness). One topic triples on one day.
 */
class TopicTrendsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    static final LocalDate SPIKE_DAY = FIRST.plusDays(8);
    static final LocalDate LATE_DAY = FIRST.plusDays(2);
    static final String[] TOPICS = {"信用卡年费", "转账失败", "网银/APP故障"};
    static final String[] LINES = {"CC", "WM"};

    /** Calls per (day, line, topic) that the trends must count: all but the two too-late ones. */
    static final Map<String, Integer> truth = new HashMap<>();
    static List<TopicTrendRow> latest;
    static Set<String> revisedDays = new TreeSet<>();

    @BeforeAll
    static void runTrends() throws Exception {
        Random random = new Random(Long.getLong("trends.seed", 11));
        List<CallRow> onTime = new ArrayList<>();
        List<CallRow> late = new ArrayList<>();
        List<CallRow> tooLateCalls = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < 12; d++) {
            LocalDate day = FIRST.plusDays(d);
            for (String line : LINES) {
                for (String topic : TOPICS) {
                    int count = 8 + random.nextInt(5);
                    if (line.equals("CC") && topic.equals(TOPICS[0]) && day.equals(SPIKE_DAY)) count *= 3;
                    for (int i = 0; i < count; i++) {
                        CallRow c = call("c" + n++, day, line, topic, random);
                        boolean tooLate = d == 0 && line.equals("WM") && topic.equals(TOPICS[2]) && i < 2;
                        if (tooLate) tooLateCalls.add(c); else truth.merge(day + "|" + line + "|" + topic, 1, Integer::sum);
                        // Part of one day's transfer-failure calls are uploaded the evening after.
                        if (day.equals(LATE_DAY) && topic.equals(TOPICS[1]) && i < 4) late.add(c); else if (!tooLate) onTime.add(c);
                    }
                }
            }
        }
        // Arrival order: by start time give or take 30 minutes; the late batch arrives at 20:00 the day after
        // (its day closed 20 hours before; its hours 26 to 35 hours before); the too-late calls arrive last.
        Map<CallRow, Long> arrives = new HashMap<>();
        for (CallRow c : onTime) arrives.put(c, c.startTime + random.nextInt(30 * 60_000));
        onTime.sort(Comparator.comparingLong(arrives::get));
        long lateArrival = LATE_DAY.plusDays(1).atTime(20, 0).atZone(ZONE).toInstant().toEpochMilli();
        List<CallRow> stream = new ArrayList<>();
        for (CallRow c : onTime) {
            if (!late.isEmpty() && c.startTime > lateArrival) {
                stream.addAll(late);
                late.clear();
            }
            stream.add(c);
        }
        stream.addAll(tooLateCalls);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        List<TopicTrendRow> rows = new ArrayList<>();
        TopicTrends.of(env.fromData(stream), Duration.ofHours(1), Duration.ofDays(2), ZONE.getId()).executeAndCollect().forEachRemaining(rows::add);

        Map<String, TopicTrendRow> newest = new HashMap<>();
        for (TopicTrendRow r : rows) {
            String key = r.granularity + "|" + r.windowStart + "|" + r.businessLine + "|" + r.topic;
            if (!newest.containsKey(key) || newest.get(key).revision < r.revision) newest.put(key, r);
            if (r.revision > 0 && r.granularity.equals("day")) revisedDays.add(r.date + "|" + r.topic);
        }
        latest = new ArrayList<>(newest.values());
    }

    static CallRow call(String id, LocalDate day, String line, String topic, Random random) {
        CallRow c = new CallRow();
        c.callId = id;
        c.businessLine = line;
        c.startTime = day.atTime(9, 0).atZone(ZONE).toInstant().toEpochMilli() + random.nextInt(9 * 3600) * 1000L;
        c.topics = new ArrayList<>(List.of(topic));
        c.complaint = random.nextInt(10) < 3;
        return c;
    }

    @Test
    void dailyCountsIncludeEveryCallEvenLateOnes() {
        Map<String, Integer> daily = latest.stream().filter(r -> r.granularity.equals("day"))
                .collect(Collectors.toMap(r -> r.date + "|" + r.businessLine + "|" + r.topic, r -> r.calls));
        assertEquals(truth, daily);
        assertTrue(revisedDays.contains(LATE_DAY + "|" + TOPICS[1]), "the late batch revised its day: " + revisedDays);
        int hourly = latest.stream().filter(r -> r.granularity.equals("hour")).mapToInt(r -> r.calls).sum();
        assertEquals(truth.values().stream().mapToInt(Integer::intValue).sum(), hourly, "hourly windows hold every call too");
    }

    @Test
    void theTripledTopicSpikesOnThatDayOnly() {
        List<String> dailySpikes = latest.stream().filter(r -> r.granularity.equals("day") && r.spike)
                .map(r -> r.date + "|" + r.businessLine + "|" + r.topic).sorted().toList();
        assertEquals(List.of(SPIKE_DAY + "|CC|" + TOPICS[0]), dailySpikes);
        List<String> hourlySpikes = latest.stream().filter(r -> r.granularity.equals("hour") && r.spike)
                .map(r -> r.date + "|" + r.businessLine + "|" + r.topic).distinct().toList();
        assertTrue(hourlySpikes.stream().allMatch(s -> s.equals(SPIKE_DAY + "|CC|" + TOPICS[0])), "hourly spikes: " + hourlySpikes);

        TopicTrendRow spike = row("day", SPIKE_DAY, "CC", TOPICS[0]);
        int before = truth.get(SPIKE_DAY.minusDays(1) + "|CC|" + TOPICS[0]);
        assertEquals((double) (spike.calls - before) / before, spike.changeVsPrev, 1e-9);
        assertEquals(7, spike.baselineWindows);
        assertTrue(spike.pValue < SpikeDetector.ALPHA, "p " + spike.pValue);
        assertEquals((double) spike.calls / spike.lineCalls, spike.share, 1e-9);
    }

    @Test
    void earlyDaysHaveNoBaselineAndNoVerdict() {
        TopicTrendRow first = row("day", FIRST, "CC", TOPICS[0]);
        assertEquals(0, first.baselineWindows);
        assertNull(first.pValue);
        assertNull(first.changeVsPrev);
        assertTrue(!first.spike);
    }

    private static TopicTrendRow row(String granularity, LocalDate day, String line, String topic) {
        return latest.stream().filter(r -> r.granularity.equals(granularity) && r.date.equals(day.toString())
                && r.businessLine.equals(line) && r.topic.equals(topic)).findFirst().orElseThrow();
    }
}
