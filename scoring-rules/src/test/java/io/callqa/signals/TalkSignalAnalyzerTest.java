package io.callqa.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callqa.call.Utterance;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkSignalAnalyzerTest {
    @Test
    void silenceTalkTimeAndTalkOverFromTimings() {
        List<Utterance> us = List.of(
                new Utterance("agent", 0, 2000, "您好"),
                new Utterance("customer", 2500, 6000, "我想问一下"),
                new Utterance("agent", 4800, 7000, "好的"),        // 1.2 s over the customer: talk-over
                new Utterance("customer", 7500, 9000, "嗯"),
                new Utterance("agent", 8600, 9500, "对"),          // 0.4 s: a back-channel, not talk-over
                new Utterance("agent", 27500, 30000, "让您久等了")); // 18 s of nothing before it
        TalkSignals s = new TalkSignalAnalyzer().analyze(us, 30000);
        assertEquals(2000 + 2200 + 900 + 2500, s.agentTalkMs);
        assertEquals(3500 + 1500, s.customerTalkMs);
        assertEquals(500 + 500 + 18000, s.silenceMs);
        assertEquals(18000, s.maxSilenceMs);
        assertEquals(9500, s.maxSilenceStartMs);
        assertEquals(18000, s.maxDeadAirMs);
        assertEquals(1, s.talkOverCount);
        assertEquals(1200, s.talkOverMs);
    }
}
