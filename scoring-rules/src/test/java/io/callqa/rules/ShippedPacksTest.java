package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule packs shipped in scoring-rules/packs: they load, every example behaves, and they find what QA staff labelled. */
class ShippedPacksTest {
    static final Path PACKS = Path.of("packs");
    static final double BAR = 0.95;

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

    @Test
    void everyCategoryReachesThePrecisionAndRecallBarOnTheLabelledCalls() throws Exception {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("testcalls"))) {
            s.filter(d -> Files.exists(d.resolve("labels.tsv"))).sorted().forEach(folders::add);
        }
        folders.add(Path.of("../ingest/samples"));
        LabelledCallEvaluation e = LabelledCallEvaluation.run(RulePackLoader.loadFolder(PACKS), folders);
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, LabelledCallEvaluation.Tally> c : e.byCategory.entrySet()) {
            LabelledCallEvaluation.Tally t = c.getValue();
            System.out.printf("%-24s P %.3f R %.3f (tp %d fp %d fn %d)%n", c.getKey(), t.precision(), t.recall(), t.tp, t.fp, t.fn);
            if (t.precision() < BAR || t.recall() < BAR) below.add(c.getKey() + " missed " + t.missed + " false " + t.falseAlarms);
        }
        assertTrue(e.calls >= 130, "labelled calls: " + e.calls);
        assertEquals(18, e.byCategory.size(), "every category is labelled somewhere: " + e.byCategory.keySet());
        assertEquals(List.of(), below);
    }
}
