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
        assertEquals(0, s.responseLatencyMaxMs, "every agent answer here overlaps the customer: no waiting to measure");
        assertEquals(-1.0, s.agentCharsPerMin, "under 30 s of agent speech: no rate");
    }

    @Test
    void holdsLatencyAndSpeechRate() {
        List<Utterance> us = List.of(
                new Utterance("customer", 0, 3000, "我想查一下我的信用卡账单"),
                new Utterance("agent", 3800, 20000, "好的，请您稍等，我帮您查询一下，请不要挂机，这边马上为您查询您本期的账单明细情况"),
                new Utterance("agent", 45000, 60000, "让您久等了，您本期账单应还金额是三千二百元，最后还款日是下个月五号，请按时还款"));
        TalkSignals s = new TalkSignalAnalyzer().analyze(us, 60000);
        assertEquals(1, s.holdCount);
        assertEquals(25000, s.holdMs);
        assertEquals(800, s.maxDeadAirMs, "an announced 25 s hold is not dead air; the 0.8 s answer gap is the longest left");
        assertEquals(800, s.responseLatencyAvgMs);
        long agentChars = 36 + 36;
        assertEquals(agentChars * 60000.0 / 31200, s.agentCharsPerMin, 0.01);
    }

    @Test
    void whatTheCustomerSaysDuringAHoldLeavesItAnnounced() {
        List<Utterance> us = List.of(
                new Utterance("agent", 0, 6000, "这款我帮您查询一下额度，请您稍等，不要挂机"),
                new Utterance("customer", 6500, 11000, "行，你快点儿啊，我一会儿要开会"),
                new Utterance("agent", 48000, 52000, "让您久等了，这款还有额度"),    // 37 s: an announced hold, not dead air
                new Utterance("customer", 52600, 60000, "那你再给我讲讲它的风险吧，我想了解清楚"),
                new Utterance("agent", 80000, 84000, "好的"));                     // 20 s unannounced: dead air
        TalkSignals s = new TalkSignalAnalyzer().analyze(us, 84000);
        assertEquals(1, s.holdCount);
        assertEquals(37000, s.holdMs);
        assertEquals(20000, s.maxDeadAirMs);
    }

    @Test
    void aHoldTheAgentCameBackFromInTheSameTurnExcusesNoLaterSilence() {
        List<Utterance> us = List.of(
                new Utterance("agent", 0, 16000, "您稍等我看一下……您这个账单里面有一笔六千三百元的分期，还有一笔一千九百八十元的消费，加起来是八千二百八十"),
                new Utterance("customer", 21000, 25000, "分期？我没办过分期啊！"),
                new Utterance("agent", 45000, 50000, "喂，您还在线吗？不好意思，刚才系统卡住了"));
        TalkSignals s = new TalkSignalAnalyzer().analyze(us, 50000);
        assertEquals(0, s.holdCount);
        assertEquals(20000, s.maxDeadAirMs, "the 20 s after the customer's question is dead air: the hold was over");
    }

    @Test
    void aHoldAnnouncedInSpaceSeparatedAsrWordsIsAnnounced() {
        List<Utterance> us = List.of(
                new Utterance("agent", 0, 6000, "您现在 就在 手机银行上 做 我在线 等您 您别挂机"),
                new Utterance("agent", 53000, 56000, "好 做完了"));                   // 47 s after the announcement
        TalkSignals s = new TalkSignalAnalyzer().analyze(us, 56000);
        assertEquals(1, s.holdCount);
        assertEquals(0, s.maxDeadAirMs);
    }
}
