package io.callqa.signals;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Silence and talk measures of one call, from utterance timings (transcript or voice activity). */
public class TalkSignals implements Serializable {
    public long durationMs;
    public long agentTalkMs;
    public long customerTalkMs;
    /** Time inside the call (first speech to last speech) when nobody speaks. */
    public long silenceMs;
    public long maxSilenceMs;
    public long maxSilenceStartMs;
    /** Longest silence not excused by a hold the agent announced just before it (excused only under 60 s). */
    public long maxDeadAirMs;
    public long maxDeadAirStartMs;
    /** Agent starts while the customer is speaking and overlaps by at least the threshold. */
    public int talkOverCount;
    public long talkOverMs;
    /** Agent response latency after the customer stops: mean and worst, over turns the agent answers. */
    public long responseLatencyAvgMs;
    public long responseLatencyMaxMs;
    /** Holds the agent announced (请您稍等…) and the silence that followed them. */
    public int holdCount;
    public long holdMs;
    /** Characters per minute of speaking time, from transcript text; -1 when unknown (no text, or under 30 s of speech). */
    public double agentCharsPerMin = -1;
    public double customerCharsPerMin = -1;

    public TalkSignals() {}

    /** The measures rule signal conditions can name, in the order they are listed to users. */
    public static final Map<String, ToDoubleFunction<TalkSignals>> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("duration_ms", s -> s.durationMs);
        MEASURES.put("agent_talk_ms", s -> s.agentTalkMs);
        MEASURES.put("customer_talk_ms", s -> s.customerTalkMs);
        MEASURES.put("silence_ms", s -> s.silenceMs);
        MEASURES.put("max_silence_ms", s -> s.maxSilenceMs);
        MEASURES.put("max_dead_air_ms", s -> s.maxDeadAirMs);
        MEASURES.put("talk_over_count", s -> s.talkOverCount);
        MEASURES.put("talk_over_ms", s -> s.talkOverMs);
        MEASURES.put("response_latency_avg_ms", s -> s.responseLatencyAvgMs);
        MEASURES.put("response_latency_max_ms", s -> s.responseLatencyMaxMs);
        MEASURES.put("hold_count", s -> s.holdCount);
        MEASURES.put("hold_ms", s -> s.holdMs);
        MEASURES.put("agent_chars_per_min", s -> s.agentCharsPerMin);
        MEASURES.put("customer_chars_per_min", s -> s.customerCharsPerMin);
    }

    /** Value of a named measure, as used in rule signal conditions. */
    public double get(String name) {
        ToDoubleFunction<TalkSignals> measure = MEASURES.get(name);
        if (measure == null) throw new IllegalArgumentException("unknown signal '" + name + "'; known: " + String.join(", ", MEASURES.keySet()));
        return measure.applyAsDouble(this);
    }
}
