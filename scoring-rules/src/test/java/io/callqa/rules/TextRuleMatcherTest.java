package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextRuleMatcherTest {
    private static Rule rule(String id, String query) {
        Rule r = new Rule();
        r.id = id;
        r.query = query;
        return r;
    }

    @Test
    void quotedAndProximityPhrasesMatchCharactersUnquotedTermsMatchWords() throws Exception {
        List<Rule> rules = List.of(rule("near", "\"不归 管\"~3"), rule("exact", "\"不归我们管\""), rule("word", "理财"));
        try (TextRuleMatcher m = new TextRuleMatcher(rules)) {
            Map<String, Map<Integer, List<TextRuleMatcher.Span>>> hits = m.match(List.of("这个不归我们管", "我是理财经理", "我想买点理财"));
            assertEquals(List.of(0), List.copyOf(hits.get("near").keySet()));
            assertEquals(List.of(new TextRuleMatcher.Span(2, 7)), hits.get("exact").get(0));
            assertEquals(List.of(2), List.copyOf(hits.get("word").keySet()), "理财 is not the word 理财经理");
        }
    }
}
