package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule packs shipped in scoring-rules/packs: they load, every example behaves, and they find what QA staff labelled. */
class ShippedPacksTest {
    static final Path PACKS = Path.of("packs");
    static final double BAR = 0.95;
    /**
     * The held-out sets were each written separately and scored before the packs saw them (micro
     * P/R then: holdout 1.000/0.892, holdout2 0.897/0.875, holdout3 0.966/0.891, holdout4 1.000/0.930, holdout5 0.902/0.937); their weakest
     * category sits at 0.5, so lower is a regression.
     */
    static final double HELD_OUT_FLOOR = 0.5;

    @Test
    void everyRuleHasThreeExamplesEachWayAndEveryExampleBehaves() throws Exception {
        List<Rule> rules = RulePackLoader.loadFolder(PACKS);
        assertFalse(rules.isEmpty());
        for (Rule r : rules) {
            assertTrue(r.positiveExamples.size() >= 3 && r.negativeExamples.size() >= 3, r.id + " needs 3 examples each way");
        }
        assertEquals(List.of(), RuleExamples.failures(rules));
    }

    @Test
    void everyRuleHasAKnownCategoryAndABasis() throws Exception {
        for (Rule r : RulePackLoader.loadFolder(PACKS)) {
            assertTrue(Category.ALL.contains(r.category), r.id);
            assertFalse(r.basis.isBlank(), r.id + " must say which standard or regulation it implements");
        }
    }

    /**
     * The calls the packs were written against (testcalls/service, collection, sales and the demo
     * samples) must meet the bar. The holdout sets were written separately and are measured; they
     * guard against regressions.
     */
    @Test
    void everyCategoryReachesTheBarOnTheDevelopmentCallsAndHoldsOnTheHeldOutOnes() throws Exception {
        List<Rule> rules = RulePackLoader.loadFolder(PACKS);
        List<Path> development = List.of(Path.of("testcalls/service"), Path.of("testcalls/collection"), Path.of("testcalls/sales"),
                Path.of("../ingest/samples"));
        assertEquals(List.of(), below(LabelledCallEvaluation.run(rules, development), "development", BAR, 130, 18));
        for (String set : List.of("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25",
                "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33",
                "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80", "holdout81", "holdout82", "holdout83", "holdout84", "holdout85", "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95")) {
            // holdout48 and 49 were written for the text categories only: no speech-signal labels (dead_air, talk_over, speech_rate);
            // holdout90 holds wealth and insurance calls only: no verification, threat or third-party categories.
            int categories = set.equals("holdout48") || set.equals("holdout49") ? 14 : set.equals("holdout90") ? 15 : 18;
            assertEquals(List.of(), below(LabelledCallEvaluation.run(rules, List.of(Path.of("testcalls", set))), set, HELD_OUT_FLOOR, 36, categories));
        }
    }

    private static List<String> below(LabelledCallEvaluation e, String set, double bar, int minCalls, int minCategories) {
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, LabelledCallEvaluation.Tally> c : e.byCategory.entrySet()) {
            LabelledCallEvaluation.Tally t = c.getValue();
            System.out.printf("%-9s %-24s P %.3f R %.3f (tp %d fp %d fn %d)%n", set, c.getKey(), t.precision(), t.recall(), t.tp, t.fp, t.fn);
            if (t.precision() < bar || t.recall() < bar) below.add(set + " " + c.getKey() + " missed " + t.missed + " false " + t.falseAlarms);
        }
        assertTrue(e.calls >= minCalls, set + " labelled calls: " + e.calls);
        assertTrue(e.byCategory.size() >= minCategories, set + ": categories labelled or found: " + e.byCategory.keySet());
        int tp = 0, fp = 0, fn = 0;
        for (LabelledCallEvaluation.Tally t : e.byCategory.values()) {
            tp += t.tp;
            fp += t.fp;
            fn += t.fn;
        }
        System.out.printf("%-9s all categories P %.3f R %.3f over %d calls%n", set, (double) tp / (tp + fp), (double) tp / (tp + fn), e.calls);
        return below;
    }
}
