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
}
