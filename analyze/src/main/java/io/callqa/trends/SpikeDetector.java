package io.callqa.trends;

import io.callqa.lake.TopicTrendRow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Turns each counted window into one trend row per topic and decides whether the topic spiked.
 *
 * <p>Method: a topic's baseline is the same business line's previous windows of the same size: the
 * 7 days before (daily), or the same hour on each of the 7 days before (hourly, so the daily rhythm
 * of a call centre is not mistaken for spikes). Exposure is the line's calls on other topics, so a
 * busy Monday raises every expectation but a topic's own rise does not raise its own. Under "no
 * change", a topic's calls now (x) and in the baseline (B) are Poisson with rates in proportion to
 * their exposures, so given n = x + B, x is Binomial(n, now / (now + baseline exposure)): the
 * conditional test for two Poisson rates, which allows for a baseline that is itself noisy (few or
 * small windows). A window is a spike when all hold: at least {@value #MIN_BASELINE} baseline
 * windows; at least {@value #MIN_CALLS} calls; at least {@value #MIN_RATIO}× the expected count
 * (B scaled by exposure); and P(X ≥ x) below {@value #ALPHA} for a day, or below ALPHA / 24 for
 * an hour (a day holds 24 hourly tests per topic; the correction keeps hourly false alarms per topic
 * and day as rare as daily ones).
 */
public class SpikeDetector extends KeyedProcessFunction<String, TopicWindow, TopicTrendRow> {
    static final int BASELINE_DAYS = 7;
    static final int MIN_BASELINE = 3;
    static final int MIN_CALLS = 5;
    static final double MIN_RATIO = 2.0;
    static final double ALPHA = 0.001;
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final String zone;
    private transient MapState<Long, TopicWindow> history;

    public SpikeDetector(String zone) {
        this.zone = zone;
    }

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext ctx) {
        history = getRuntimeContext().getMapState(new MapStateDescriptor<>("windows", Long.class, TopicWindow.class));
    }

    @Override
    public void processElement(TopicWindow w, Context ctx, Collector<TopicTrendRow> out) throws Exception {
        history.put(w.start, w); // a later revision replaces the earlier one
        forgetBefore(w.start - (BASELINE_DAYS + 1) * DAY);
        if (w.newCalls == 0) return; // read back from the lake only to serve as baseline: its rows are there already
        List<TopicWindow> baseline = baseline(w);
        TopicWindow previous = history.get(w.start - (w.end - w.start));
        String date = Instant.ofEpochMilli(w.start).atZone(ZoneId.of(zone)).toLocalDate().toString();
        for (Map.Entry<String, Integer> topic : w.topicCalls.entrySet()) {
            TopicTrendRow r = new TopicTrendRow();
            r.granularity = w.granularity;
            r.windowStart = w.start;
            r.windowEnd = w.end;
            r.businessLine = w.businessLine;
            r.topic = topic.getKey();
            r.calls = topic.getValue();
            r.complaints = w.topicComplaints.getOrDefault(topic.getKey(), 0);
            r.lineCalls = w.calls;
            r.share = w.calls == 0 ? 0 : (double) r.calls / w.calls;
            int before = previous == null ? 0 : previous.calls(r.topic);
            r.changeVsPrev = before == 0 ? null : (double) (r.calls - before) / before;
            r.baselineWindows = baseline.size();
            if (baseline.size() >= MIN_BASELINE) {
                Verdict v = judge(r.topic, w, baseline);
                r.expected = v.expected();
                r.pValue = v.pValue();
                double alpha = w.end - w.start >= DAY ? ALPHA : ALPHA / 24;
                r.spike = r.calls >= MIN_CALLS && r.calls >= MIN_RATIO * v.expected() && v.pValue() < alpha;
            }
            r.revision = w.revision;
            r.emittedAt = System.currentTimeMillis();
            r.date = date;
            out.collect(r);
        }
    }

    private List<TopicWindow> baseline(TopicWindow w) throws Exception {
        List<TopicWindow> out = new ArrayList<>();
        boolean daily = w.end - w.start >= DAY;
        if (daily) {
            for (Map.Entry<Long, TopicWindow> e : history.entries()) {
                if (e.getKey() < w.start && e.getKey() >= w.start - BASELINE_DAYS * DAY) out.add(e.getValue());
            }
        } else {
            for (int d = 1; d <= BASELINE_DAYS; d++) {
                TopicWindow same = history.get(w.start - d * DAY);
                if (same != null) out.add(same);
            }
        }
        return out;
    }

    record Verdict(double expected, double pValue) {}

    static Verdict judge(String topic, TopicWindow now, List<TopicWindow> baseline) {
        int x = now.calls(topic);
        long b = 0;
        double exposureBase = 0;
        for (TopicWindow w : baseline) {
            b += w.calls(topic);
            exposureBase += w.calls - w.calls(topic);
        }
        double exposureNow = now.calls - x;
        if (exposureNow <= 0 || exposureBase <= 0) { // the topic is all the line has: compare per window
            exposureNow = 1;
            exposureBase = baseline.size();
        }
        double share = exposureNow / (exposureNow + exposureBase);
        double expected = b * exposureNow / exposureBase;
        double p = x == 0 ? 1 : 1 - new BinomialDistribution(null, (int) (x + b), share).cumulativeProbability(x - 1);
        return new Verdict(expected, p);
    }

    private void forgetBefore(long cutoff) throws Exception {
        for (Iterator<Long> it = history.keys().iterator(); it.hasNext(); ) {
            if (it.next() < cutoff) it.remove();
        }
    }
}
