package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single utterances (testutterances/*.tsv: pos or neg, tab, what the agent said), each set written
 * by a different writer from qa-standard.md alone, scored against one rule's words. The sets the
 * packs were tuned on guard against regressions; rude-agent-c was never tuned on and shows how far
 * the rude-agent wording lists generalise (recall about 0.2), so only its precision is held;
 * rude-agent-d, rude-agent-g and abusive-customer-c, kept out of tuning and of the models' training,
 * and rude-agent-h and abusive-customer-d, kept out of training, measure the models (the other sets
 * are what they learned from).
 */
class UtteranceSetsTest {
    static LabelledCallEvaluation.Tally score(String ruleId, String file) throws Exception {
        return score(ruleId, file, false);
    }

    /** @param withModel also count what the rule's text model finds (its words alone otherwise) */
    static LabelledCallEvaluation.Tally score(String ruleId, String file, boolean withModel) throws Exception {
        Rule rule = ShippedPacksTest.shipped(ruleId);
        ModelCondition model = withModel ? rule.model : null;
        ModelCondition confirm = rule.confirm; // as the engine: the words count where the confirming model agrees
        try (TextRuleMatcher matcher = new TextRuleMatcher(List.of(rule))) {
            return tally(ruleId, file, withModel ? "words+model" : "words", text -> {
                TextRuleMatcher.CallMatches m = matcher.match(List.of(text));
                boolean vetoed = !m.of(ruleId + TextRuleMatcher.VETO).isEmpty(); // as the engine: the rule's NOT words rule the model out
                boolean said = !m.of(ruleId).isEmpty() && (confirm == null || confirm.holds(text));
                return said || model != null && !vetoed && model.holds(text);
            });
        }
    }

    /** What a rule's text model finds on its own, its words aside. */
    private static LabelledCallEvaluation.Tally modelAlone(String ruleId, String file) throws Exception {
        return tally(ruleId, file, "model", ShippedPacksTest.shipped(ruleId).model::holds);
    }

    private interface Finder {
        boolean finds(String text) throws Exception;
    }

    private static LabelledCallEvaluation.Tally tally(String ruleId, String file, String what, Finder finder) throws Exception {
        LabelledCallEvaluation.Tally s = new LabelledCallEvaluation.Tally();
        for (UtteranceModelTraining.LabelledUtterance u : UtteranceModelTraining.readSet(Path.of("testutterances", file))) {
            boolean found = finder.finds(u.text());
            if (u.positive() && found) s.tp++;
            else if (u.positive()) s.fn++;
            else if (found) s.fp++;
        }
        System.out.printf("%-14s %-28s %-11s P %.3f R %.3f (tp %d fp %d fn %d)%n", ruleId, file, what, s.precision(), s.recall(), s.tp, s.fp, s.fn);
        return s;
    }

    @Test
    void tunedSetsHoldTheirScores() throws Exception {
        LabelledCallEvaluation.Tally deflection = score("ALL-DEFLECT-01", "transfer-deflection.tsv");
        assertTrue(deflection.precision() >= 0.95 && deflection.recall() >= 0.8, "deflection P " + deflection.precision() + " R " + deflection.recall());
        LabelledCallEvaluation.Tally threat = score("COL-THREAT-01", "collection-threat.tsv");
        assertTrue(threat.precision() >= 0.95 && threat.recall() >= 0.9, "threat P " + threat.precision() + " R " + threat.recall());
        for (String set : List.of("rude-agent-a.tsv", "rude-agent-b.tsv")) {
            LabelledCallEvaluation.Tally rude = score("ALL-RUDE-01", set);
            assertTrue(rude.precision() >= 0.95 && rude.recall() >= 0.85, set + " P " + rude.precision() + " R " + rude.recall());
        }
    }

    @Test
    void anUntunedRudeSetFindsNoPoliteAgent() throws Exception {
        LabelledCallEvaluation.Tally rude = score("ALL-RUDE-01", "rude-agent-c.tsv");
        assertTrue(rude.precision() >= 0.95, "rude-agent-c P " + rude.precision());
    }

    /**
     * rude-agent-d, rude-agent-g and abusive-customer-c were kept out of the models' training and of
     * tuning the wordings, rude-agent-h and abusive-customer-d out of training: what a new writer's
     * rudeness or insults get from wordings alone and with the model.
     */
    @Test
    void theModelsFindWhatNoWordingListHas() throws Exception {
        modelAdds("ALL-RUDE-01", "rude-agent-d.tsv", 0.9, 0.15); // 0.19–0.21 over the last retrainings
        modelAdds("ALL-RUDE-01", "rude-agent-g.tsv", 0.95, 0.3); // firm collectors beside rude ones, near-twin pairs
        modelAdds("ALL-RUDE-01", "rude-agent-h.tsv", 0.95, 0.25); // wordings tuned on it after a first score; the model never trained on it
        // On abusive-customer-c the wordings now find nearly all the model does (it added 3 lines, then 2, then 1
        // when a retraining moved 你才是老赖 from 0.552 to 0.548): the model alone is measured there instead.
        modelAdds("ALL-ABUSE-01", "abusive-customer-c.tsv", 0.95, 0);
        LabelledCallEvaluation.Tally alone = modelAlone("ALL-ABUSE-01", "abusive-customer-c.tsv");
        assertTrue(alone.precision() >= 0.95 && alone.recall() >= 0.1, "abusive-customer-c model alone P " + alone.precision() + " R " + alone.recall());
        // Wordings tuned on it after a first score; the model never trained on it. Its gain was 0.20 (24 of 120
        // lines) and is 0.19 after the retraining with sets 409-412: a bound at the measured value fails on one line.
        modelAdds("ALL-ABUSE-01", "abusive-customer-d.tsv", 0.95, 0.15);
    }

    private static void modelAdds(String ruleId, String set, double minPrecision, double minGain) throws Exception {
        LabelledCallEvaluation.Tally words = score(ruleId, set, false);
        LabelledCallEvaluation.Tally both = score(ruleId, set, true);
        assertTrue(both.precision() >= minPrecision, set + " words+model P " + both.precision());
        // 1e-9: a gain of exactly minGain (24 of 120 lines) passes despite floating-point rounding
        assertTrue(both.recall() >= words.recall() + minGain - 1e-9, set + " recall: words " + words.recall() + ", words+model " + both.recall());
    }
}
