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
            default -> throw new IllegalArgumentException("unknown signal '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }

    public static final java.util.List<String> NAMES = java.util.List.of("duration_ms", "agent_talk_ms",
            "customer_talk_ms", "silence_ms", "max_silence_ms", "max_dead_air_ms", "talk_over_count", "talk_over_ms");
}
