package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query language on real sentences: words, phrases, proximity, homophones, synonyms and spoken numbers. */
class TextRuleMatcherTest {
    private static Rule rule(String id, String query) {
        Rule r = new Rule();
        r.id = id;
        r.query = query;
        return r;
    }

    private static Map<String, Set<Integer>> match(List<Rule> rules, String... texts) throws Exception {
        try (TextRuleMatcher m = new TextRuleMatcher(rules)) {
            TextRuleMatcher.CallMatches found = m.match(List.of(texts));
            Map<String, Set<Integer>> out = new HashMap<>();
            for (Rule r : rules) if (!found.of(r.id).isEmpty()) out.put(r.id, found.of(r.id));
            return out;
        }
    }

    @Test
    void quotedAndProximityPhrasesMatchCharactersUnquotedTermsMatchWords() throws Exception {
        List<Rule> rules = List.of(rule("near", "\"不归 管\"~3"), rule("exact", "\"不归我们管\""), rule("word", "理财"));
        Map<String, Set<Integer>> hits = match(rules, "这个不归我们管", "我是理财经理", "我想买点理财");
        assertEquals(Set.of(0), hits.get("near"));
        assertEquals(Set.of(0), hits.get("exact"));
        assertEquals(Set.of(2), hits.get("word"), "理财 is not the word 理财经理");
        try (TextRuleMatcher m = new TextRuleMatcher(rules)) {
            assertEquals(List.of(new TextRuleMatcher.Span(2, 7)), m.match(List.of("好的", "这个不归我们管")).spans("exact", 1));
        }
    }

    @Test
    void aConditionIsAboutOneUtteranceEvenThoughTheCallIsMatchedAsAWhole() throws Exception {
        List<Rule> rules = List.of(rule("and", "\"保本\" AND \"收益\""), rule("not", "\"保本\" NOT \"不保本\""), rule("near", "\"跟 一样\"~4"));
        Map<String, Set<Integer>> hits = match(rules, "这款保本", "收益也高", "理财不保本", "保本收益都有", "就跟存款一样", "跟", "一样");
        assertEquals(Set.of(3), hits.get("and"), "保本 and 收益 in different utterances is no match");
        assertEquals(Set.of(0, 3), hits.get("not"), "不保本 in another utterance does not exclude this one");
        assertEquals(Set.of(4), hits.get("near"), "proximity never spans two utterances");
    }

    @Test
    void homophonesMatchWhatASRHeardWhenTheRuleAsks() throws Exception {
        Rule strict = rule("strict", "\"保本\" OR \"犹豫期\"");
        Rule tolerant = rule("tolerant", "\"保本\" OR \"犹豫期\"");
        tolerant.homophones = true;
        Map<String, Set<Integer>> hits = match(List.of(strict, tolerant), "这款包本的", "有十五天尤豫期", "保本", "报名参加");
        assertEquals(Set.of(2), hits.get("strict"));
        assertEquals(Set.of(0, 1, 2), hits.get("tolerant"));
    }

    @Test
    void synonymsExpandAPhraseToItsGroup() throws Exception {
        Rule r = rule("s", "\"保本\"");
        r.synonyms = new HashMap<>(Map.of("保本", List.of("保本", "稳赚不赔", "零风险")));
        assertEquals(Set.of(0, 1), match(List.of(r), "这个零风险", "稳赚不赔的", "有风险").get("s"));
    }

    @Test
    void spokenAndSpacedDigitsAreOneNumberAndPhrasesStopAtPunctuation() throws Exception {
        List<Rule> rules = List.of(rule("card", "/[0-9]{15,19}/"), rule("rate", "\"4.5%\""), rule("phrase", "\"存款产品\""));
        Map<String, Set<Integer>> hits = match(rules, "卡号六二二二 零二一二 三四五六 七八九零 幺二三", "尾号幺二三四", "年化百分之四点五",
                "理财不是存款，产品有风险", "我们的存款产品");
        assertEquals(Set.of(0), hits.get("card"));
        assertEquals(Set.of(2), hits.get("rate"));
        assertEquals(Set.of(4), hits.get("phrase"));
    }

    @Test
    void soundsFoldEngIntoEnAndIngIntoInButKeepOtherEndingsApart() throws Exception {
        Rule risk = rule("risk", "\"有风险\" OR \"曝光\"");
        risk.homophones = true;
        assertEquals(Set.of(0, 1), match(List.of(risk), "理才非存款 产品有分险", "要去报光你们", "他保管着").get("risk"));
    }

    @Test
    void aPhraseRunsAcrossTheSpacesOfAsrWordsButShortSoundsStayWithinAWrittenWord() throws Exception {
        Rule shame = rule("shame", "\"让大伙都知道\"");
        Rule confirmed = rule("confirmed", "\"是我\"");
        confirmed.homophones = true;
        Map<String, Set<Integer>> hits = match(List.of(shame, confirmed), "发到 业主群 里 让 大伙 都 知道", "让大伙，都知道", "你找他什么事 我可以转告", "对 是哦 事我",
                "让大伙……都知道");
        assertEquals(Set.of(0, 4), hits.get("shame"), "a space between ASR words or a hesitation (……) is no clause break; a comma is");
        assertEquals(Set.of(3), hits.get("confirmed"), "事 我 across a space is not heard as 是我; 事我 written together is");
    }

    @Test
    void shortSoundsDoNotCutThroughAWord() throws Exception {
        Rule refusal = rule("refusal", "\"不买\" OR \"不要\"");
        refusal.homophones = true;
        Map<String, Set<Integer>> hits = match(List.of(refusal), "我有五万块，全部买可以吗？", "起步要多少钱", "我布买", "这个部要");
        assertEquals(Set.of(2, 3), hits.get("refusal"), "部买 in 全部|买 and 步要 in 起步|要 cut a word; 布买 and 部要 said alone do not");
    }

    @Test
    void fourSyllablesSoundAlikeAcrossTheSpacesOfAsrWords() throws Exception {
        Rule notDeposit = rule("notDeposit", "\"不是存款\"");
        Rule promise = rule("promise", "\"保收益\"");
        notDeposit.homophones = true;
        promise.homophones = true;
        Map<String, Set<Integer>> hits = match(List.of(notDeposit, promise), "里才 不是 村款 产品有 风线", "就是偏保守 一般只能买R二", "这款保收义的");
        assertEquals(Set.of(0), hits.get("notDeposit"));
        assertEquals(Set.of(2), hits.get("promise"), "保守 一 is not heard as 保收益 across a space; 保收义 written together is");
    }

    @Test
    void aReferenceCanTurnSoundAlikesOffForItsShortCue() throws Exception {
        Rule debt = rule("debt", "\"欠款\"");
        debt.homophones = true;
        Rule.Reference sounds = new Rule.Reference();
        sounds.query = "\"是我\"";
        Rule.Reference exact = new Rule.Reference();
        exact.query = "\"是我\"";
        exact.homophones = false;
        debt.before.add(sounds);
        debt.before.add(exact);
        try (TextRuleMatcher m = new TextRuleMatcher(List.of(debt))) {
            TextRuleMatcher.CallMatches hits = m.match(List.of("对，事我", "对，是我", "您的欠款", "有什么事我可以转告"));
            assertEquals(Set.of(0, 1), hits.of("debt#before#0"), "the rule's homophones hear 事我 as 是我 (not across 什么事|我)");
            assertEquals(Set.of(1), hits.of("debt#before#1"), "homophones: false on the reference does not");
            assertEquals(Set.of(2), hits.of("debt"));
        }
    }

    @Test
    void evidenceIsOnlyTheWordsOfBranchesThatHeld() throws Exception {
        Rule debt = rule("debt", "\"逾期\" OR ((\"还款\" OR \"催收\") NOT \"专员\")");
        try (TextRuleMatcher m = new TextRuleMatcher(List.of(debt))) {
            TextRuleMatcher.CallMatches hits = m.match(List.of("我是催收专员，您的卡已经逾期了", "请尽快还款"));
            assertEquals(Set.of(0, 1), hits.of("debt"));
            assertEquals(List.of(new TextRuleMatcher.Span(12, 14)), hits.spans("debt", 0), "催收 inside 催收专员 is no evidence");
            assertEquals(List.of(new TextRuleMatcher.Span(3, 5)), hits.spans("debt", 1));
        }
    }

    @Test
    void spokenNumbersKeepOffsetsIntoTheOriginalText() {
        SpokenNumbers.Normalized n = SpokenNumbers.normalize("尾号幺三八零，两个人");
        assertEquals("尾号1380，两个人", n.text());
        assertEquals(2, n.sourceOffsets()[2]);
        assertEquals(6, n.sourceOffsets()[6]);
    }

    /**
     * The two shortcuts — indexing only the terms rules ask for, and matching terms and exact phrases
     * as strings outside the Monitor — against plain Lucene (every leaf a Monitor query over every token).
     */
    @Test
    void theMatchingShortcutsChangeNoMatchOrEvidence() throws Exception {
        List<Rule> rules = new java.util.ArrayList<>(RulePackLoader.loadFolder(java.nio.file.Path.of("packs")));
        // Rules written in words and with proximity too, which the shipped packs hardly use.
        String[] written = {"投诉 AND (银保监 OR 12378 OR 媒体)", "理财 NOT 经理", "\"不 保本\"~2 OR 保本", "(还款 OR 逾期) AND 起诉", "信用卡 AND 分期 AND 年化"};
        for (int i = 0; i < written.length; i++) {
            Rule r = rule("W" + i, written[i]);
            r.homophones = i % 2 == 0;
            rules.add(r);
        }
        int calls = 0;
        int matched = 0;
        try (TextRuleMatcher lean = new TextRuleMatcher(rules); TextRuleMatcher full = new TextRuleMatcher(rules, false, false);
             java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("testcalls"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".transcript.json")).sorted().toList()) {
                io.callqa.call.Call call = io.callqa.ingest.TranscriptJson.read(f.toString(), java.nio.file.Files.readAllBytes(f), 0);
                List<String> texts = call.utterances.stream().map(u -> u.text).toList();
                TextRuleMatcher.CallMatches a = lean.match(texts);
                TextRuleMatcher.CallMatches b = full.match(texts);
                for (Rule r : rules) {
                    List<String> ids = new java.util.ArrayList<>(List.of(r.id));
                    r.references().forEach((name, refs) -> { for (int k = 0; k < refs.size(); k++) ids.add(r.id + "#" + name + "#" + k); });
                    for (String id : ids) {
                        assertEquals(b.of(id), a.of(id), f + " " + id);
                        for (int text : b.of(id)) assertEquals(b.spans(id, text), a.spans(id, text), f + " " + id + " utterance " + text);
                        matched += b.of(id).size();
                    }
                }
                calls++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(calls > 200 && matched > 1000, calls + " calls, " + matched + " matches compared");
    }
}
