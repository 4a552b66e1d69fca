package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.signals.TalkSignals;
import io.callqa.signals.CallFacts;
import io.callqa.signals.Measures;
import org.junit.jupiter.api.Test;

class SignalConditionTest {
    @Test
    void comparisonsRangesAndUnknownValues() {
        TalkSignals s = new TalkSignals();
        s.talkOverCount = 2;
        s.agentCharsPerMin = 320.5;
        assertTrue(SignalCondition.parse("talk_over_count >= 2").holds(new Measures(s, new CallFacts())));
        assertFalse(SignalCondition.parse("talk_over_count > 2").holds(new Measures(s, new CallFacts())));
        SignalCondition rate = SignalCondition.parse("agent_chars_per_min outside 120..300");
        assertEquals("agent_chars_per_min outside 120..300", rate.toString());
        assertTrue(rate.holds(new Measures(s, new CallFacts())));
        s.agentCharsPerMin = 200;
        assertFalse(rate.holds(new Measures(s, new CallFacts())));
        s.agentCharsPerMin = -1;
        assertFalse(rate.holds(new Measures(s, new CallFacts())), "unknown rate is never outside a range");
        assertThrows(IllegalArgumentException.class, () -> SignalCondition.parse("agent_chars_per_min outside 120"));
        assertThrows(IllegalArgumentException.class, () -> SignalCondition.parse("hold_ms > 1..2"));
    }

    @Test
    void emotionMeasuresComeFromTheUtterancesAndMayBeNegative() {
        io.callqa.call.Call call = new io.callqa.call.Call();
        call.meta.startTime = "2026-11-16T21:30:00+08:00";
        io.callqa.call.Utterance calm = new io.callqa.call.Utterance("customer", 0, 1000, "你好");
        calm.sentiment = 0.2;
        calm.emotion = "neutral";
        io.callqa.call.Utterance angry = new io.callqa.call.Utterance("customer", 9000, 10000, "什么破服务");
        angry.sentiment = -0.8;
        angry.emotion = "angry";
        call.utterances = java.util.List.of(calm, angry);
        Measures m = new Measures(new TalkSignals(), CallFacts.of(call));
        assertTrue(SignalCondition.parse("customer_sentiment_change < -0.5").holds(m));
        assertTrue(SignalCondition.parse("customer_angry_utterances >= 1").holds(m));
        assertTrue(SignalCondition.parse("start_minute_of_day outside 540..1260").holds(m));
        assertFalse(SignalCondition.parse("customer_sentiment_end > -2").holds(new Measures(new TalkSignals(), new CallFacts())),
                "without emotion analysis the trajectory is unknown");
    }

    @Test
    void riskLevelsAreReadAsWrittenOrAsAsrSpellsThem() {
        io.callqa.call.Call call = new io.callqa.call.Call();
        call.utterances = java.util.List.of(new io.callqa.call.Utterance("agent", 0, 3000, "这只 基金 风险等级 是 R三 中风险"),
                new io.callqa.call.Utterance("customer", 4000, 6000, "我记得 我那个测评 做出来 是 紧慎型吧"));
        CallFacts f = CallFacts.of(call);
        assertEquals(3, f.productRiskLevel);
        assertEquals(2, f.customerRiskLevel, "紧慎 is how ASR writes 谨慎");
        assertTrue(SignalCondition.parse("risk_level_excess > 0").holds(new Measures(new TalkSignals(), f)));
        call.utterances = java.util.List.of(new io.callqa.call.Utterance("agent", 0, 3000, "您的测评是 C 4，这款是R2的"));
        assertEquals(4, CallFacts.of(call).customerRiskLevel);
        assertEquals(2, CallFacts.of(call).productRiskLevel);
        call.utterances = java.util.List.of(new io.callqa.call.Utterance("agent", 0, 3000, "您 是 谨慎型 这款 是 中风险 的 就 高 那么 一档"));
        assertEquals(3, CallFacts.of(call).productRiskLevel, "a level said by its name");
        assertEquals(1, CallFacts.of(call).productRiskLevel - CallFacts.of(call).customerRiskLevel);
        call.utterances = java.util.List.of(new io.callqa.call.Utterance("agent", 0, 3000, "产品风险从R1到R5，R1最低。您的测评是C3稳健型，这款R2在您能承受的范围之内"));
        assertEquals(2, CallFacts.of(call).productRiskLevel, "explaining the scale (R1到R5) names no product's level");
        assertEquals(3, CallFacts.of(call).customerRiskLevel);
        call.utterances = java.util.List.of(new io.callqa.call.Utterance("agent", 0, 3000, "从R1到R5，R1最低，R5最高。这款是R2，中低风险"));
        assertEquals(2, CallFacts.of(call).productRiskLevel, "the ends of the scale (R5最高) are no product's level");
        call.utterances = java.util.List.of(new io.callqa.call.Utterance("agent", 0, 3000, "这个产品是R2的"),
                new io.callqa.call.Utterance("agent", 3000, 6000, "那是别的银行的高风险产品，我们这个是稳的"));
        assertEquals(2, CallFacts.of(call).productRiskLevel, "another bank's high-risk products are not this sale's level");
        call.utterances = java.util.List.of(new io.callqa.call.Utterance("agent", 0, 3000, "您朋友买的可能是那种R4R5的，带股票的。我给您推荐的这个是R2的"));
        assertEquals(2, CallFacts.of(call).productRiskLevel, "a kind of product named by two levels (R4R5) is not the one offered");
        call.utterances = java.util.List.of(
                new io.callqa.call.Utterance("customer", 0, 3000, "测过，讲我是保守型还是谨慎型"),
                new io.callqa.call.Utterance("agent", 4000, 7000, "您是去年12月做的评估，C2谨慎型，这款产品是R2的"));
        assertEquals(2, CallFacts.of(call).customerRiskLevel, "the level the agent reads out wins over the customer's recollection");
    }
}
