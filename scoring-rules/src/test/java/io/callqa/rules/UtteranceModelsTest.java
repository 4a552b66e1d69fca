package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.classify.UtteranceModel;
import io.callqa.signals.TalkSignalAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The utterance models shipped beside the packs: reproducible from the repository, and used by their rules. */
class UtteranceModelsTest {
    static Path shipped(UtteranceModelTraining.Spec spec) {
        return ShippedPacksTest.PACKS.resolve("models").resolve(spec.name() + ".gz");
    }

    @Test
    void eachShippedModelIsExactlyWhatTheLabelledTextGives(@TempDir Path tmp) throws Exception {
        for (UtteranceModelTraining.Spec spec : UtteranceModelTraining.SHIPPED) {
            Path rebuilt = tmp.resolve(spec.name() + ".gz");
            UtteranceModelTraining.train(spec, Path.of(".")).write(rebuilt);
            assertEquals(unzipped(shipped(spec)), unzipped(rebuilt), shipped(spec) + " is stale: rebuild it with ./callqa rules train-model scoring-rules/packs");
        }
    }

    @Test
    void aTurnNoWordingListsIsAFindingQuotingTheWholeTurnAndScoreButACleanOneIsNot() throws Exception {
        modelFinds("ALL-RUDE-01", "agent", "您这问题问得也太外行了，基本常识都没有", UtteranceModelTraining.RUDE_AGENT, "好的，我帮您查一下，请稍等");
        modelFinds("ALL-ABUSE-01", "customer", "你个没用的东西，接电话都不会", UtteranceModelTraining.ABUSIVE_CUSTOMER, "你们这服务太差了，我要投诉");
    }

    @Test
    void theRulesNotWordsVetoTheModel() throws Exception {
        Rule rude = ShippedPacksTest.shipped("ALL-RUDE-01");
        String turn = "骂我也没用 钱是你自己刷的 你就说今天还不还"; // a collector answering insults: ALL-RUDE-01 says NOT "骂我也没用"
        assertTrue(rude.model.holds(turn), "the model alone would flag it: " + rude.model.score(turn));
        assertEquals(List.of(), findings(rude, "agent", turn));
    }

    @Test
    void aConfirmingModelKeepsTheWordsOnlyWhereTheyAreTheFinding() throws Exception {
        // 报警 said of a colleague; 您直接打 a hotline that handles the matter
        confirmed("ALL-ESCALATE-01", "customer", "我一个同事欠别家银行的，人家催收的天天给他爹妈打电话，他都报警了。",
                "你们再这样我就打12378投诉你们", "你们再这样我就打【12378】【投诉】你们");
        confirmed("ALL-DEFLECT-01", "agent", "可以的，您直接打客服热线转信用卡分期就行。",
                "这个不归我们管，您自己去找商户吧", "这个【不归我们管】，【您自己去找商户】吧");
    }

    private static void confirmed(String ruleId, String speaker, String wordsOnly, String finding, String evidence) throws Exception {
        Rule rule = ShippedPacksTest.shipped(ruleId);
        try (TextRuleMatcher words = new TextRuleMatcher(List.of(rule))) {
            assertEquals(java.util.Set.of(0), words.match(List.of(wordsOnly)).of(ruleId), "its words match and no NOT phrase rules it out: " + wordsOnly);
        }
        assertEquals(List.of(), findings(rule, speaker, wordsOnly));
        assertEquals(evidence, findings(rule, speaker, finding).get(0).evidence);
    }

    private static void modelFinds(String ruleId, String speaker, String turn, UtteranceModelTraining.Spec spec, String clean) throws Exception {
        RuleHit hit = onlyFinding(ruleId, speaker, turn);
        assertTrue(hit.evidence.startsWith("【" + turn + "】（模型判定 " + spec.name() + " = "), hit.evidence);
        double score = UtteranceModel.read(shipped(spec)).score(clean);
        assertTrue(score < 0.2, clean + " scores " + score);
    }

    /** The one finding a shipped rule makes on a short call where the given speaker says the turn (no listed wording in it). */
    private static RuleHit onlyFinding(String ruleId, String speaker, String turn) throws Exception {
        Rule rule = ShippedPacksTest.shipped(ruleId);
        try (TextRuleMatcher words = new TextRuleMatcher(List.of(rule))) {
            assertTrue(words.match(List.of(turn)).of(ruleId).isEmpty(), "the rule's own wordings already match: " + turn);
        }
        List<RuleHit> hits = findings(rule, speaker, turn);
        assertEquals(1, hits.size(), hits.toString());
        assertEquals(3000, hits.get(0).startMs);
        return hits.get(0);
    }

    private static List<RuleHit> findings(Rule rule, String speaker, String turn) throws Exception {
        Call call = new Call();
        call.meta.callId = "m-1";
        call.meta.businessLine = "service";
        call.meta.direction = "inbound";
        String other = speaker.equals("agent") ? "customer" : "agent";
        call.utterances = List.of(utterance(other, 0, "嗯，您说"), utterance(speaker, 3000, turn));
        call.durationMs = 9000;
        try (RuleEngine engine = new RuleEngine(List.of(rule))) {
            return engine.evaluate(call, new TalkSignalAnalyzer().analyze(call.utterances, call.durationMs));
        }
    }

    private static Utterance utterance(String speaker, long startMs, String text) {
        Utterance u = new Utterance();
        u.speaker = speaker;
        u.startMs = startMs;
        u.endMs = startMs + 2500;
        u.text = text;
        return u;
    }

    private static String unzipped(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
