package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule packs shipped in scoring-rules/packs load cleanly and every rule's example sentences behave. */
class ShippedPacksTest {
    static final Path PACKS = Path.of("packs");

    @Test
    void everyExampleSentenceMatchesOrNotAsWritten() throws Exception {
        List<Rule> rules = RulePackLoader.loadFolder(PACKS);
        assertFalse(rules.isEmpty());
        List<String> wrong = new ArrayList<>();
        try (TextRuleMatcher matcher = new TextRuleMatcher(rules)) {
            for (Rule r : rules) {
                if (r.query == null) continue;
                Map<String, Map<Integer, List<TextRuleMatcher.Span>>> pos = matcher.match(r.positiveExamples);
                for (int i = 0; i < r.positiveExamples.size(); i++) {
                    if (!pos.getOrDefault(r.id, Map.of()).containsKey(i)) wrong.add(r.id + " should match: " + r.positiveExamples.get(i));
                }
                Map<String, Map<Integer, List<TextRuleMatcher.Span>>> neg = matcher.match(r.negativeExamples);
                for (int i = 0; i < r.negativeExamples.size(); i++) {
                    if (neg.getOrDefault(r.id, Map.of()).containsKey(i)) wrong.add(r.id + " should not match: " + r.negativeExamples.get(i));
                }
                assertTrue(r.positiveExamples.size() >= 3 && r.negativeExamples.size() >= 3, r.id + " needs 3 examples each way");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRuleHasAKnownCategoryAndABasis() throws Exception {
        for (Rule r : RulePackLoader.loadFolder(PACKS)) {
            assertTrue(Category.ALL.contains(r.category), r.id);
            assertFalse(r.basis.isBlank(), r.id + " must say which standard or regulation it implements");
        }
    }
}
