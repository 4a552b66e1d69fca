package io.callqa.signals;

import java.io.Serializable;

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

    /** Value of a named measure, as used in rule signal conditions. */
    public double get(String name) {
        return switch (name) {
            case "duration_ms" -> durationMs;
            case "agent_talk_ms" -> agentTalkMs;
            case "customer_talk_ms" -> customerTalkMs;
            case "silence_ms" -> silenceMs;
            case "max_silence_ms" -> maxSilenceMs;
            case "max_dead_air_ms" -> maxDeadAirMs;
            case "talk_over_count" -> talkOverCount;
            case "talk_over_ms" -> talkOverMs;
            case "response_latency_avg_ms" -> responseLatencyAvgMs;
            case "response_latency_max_ms" -> responseLatencyMaxMs;
            case "hold_count" -> holdCount;
            case "hold_ms" -> holdMs;
            case "agent_chars_per_min" -> agentCharsPerMin;
            case "customer_chars_per_min" -> customerCharsPerMin;
            default -> throw new IllegalArgumentException("unknown signal '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    public static final java.util.List<String> NAMES = java.util.List.of("duration_ms", "agent_talk_ms",
            "customer_talk_ms", "silence_ms", "max_silence_ms", "max_dead_air_ms", "talk_over_count", "talk_over_ms",
            "response_latency_avg_ms", "response_latency_max_ms", "hold_count", "hold_ms", "agent_chars_per_min", "customer_chars_per_min");
}
