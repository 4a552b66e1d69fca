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

/** The rude-agent model shipped beside the packs: reproducible from the repository, and used by ALL-RUDE-01. */
class RudeAgentModelTest {
    static final Path SHIPPED = ShippedPacksTest.PACKS.resolve("models").resolve(RudeAgentModelTraining.NAME + ".gz");

    @Test
    void theShippedModelIsExactlyWhatTheLabelledTextGives(@TempDir Path tmp) throws Exception {
        Path rebuilt = tmp.resolve("rude_agent.gz");
        RudeAgentModelTraining.train(Path.of(".")).write(rebuilt);
        assertEquals(unzipped(SHIPPED), unzipped(rebuilt), "packs/models/rude_agent.gz is stale: rebuild it with ./callqa rules train-model scoring-rules/packs");
    }

    @Test
    void aRudeTurnNoWordingListsIsAFindingQuotingTheWholeTurnAndScore() throws Exception {
        List<Rule> rules = RulePackLoader.loadFolder(ShippedPacksTest.PACKS);
        Rule rude = rules.stream().filter(r -> r.id.equals("ALL-RUDE-01")).findFirst().orElseThrow();
        String turn = "您这问题问得也太外行了，基本常识都没有";
        assertTrue(rude.model.model.score(turn) >= rude.model.threshold, "model score " + rude.model.model.score(turn));
        Call call = new Call();
        call.meta.callId = "m-1";
        call.meta.businessLine = "service";
        call.meta.direction = "inbound";
        call.utterances = List.of(utterance("customer", 0, "我的钱怎么被扣了"), utterance("agent", 3000, turn));
        call.durationMs = 9000;
        try (RuleEngine engine = new RuleEngine(List.of(rude))) {
            List<RuleHit> hits = engine.evaluate(call, new TalkSignalAnalyzer().analyze(call.utterances, call.durationMs));
            assertEquals(1, hits.size());
            assertEquals(3000, hits.get(0).startMs);
            assertTrue(hits.get(0).evidence.startsWith("【" + turn + "】（模型判定 rude_agent = "), hits.get(0).evidence);
        }
        UtteranceModel model = UtteranceModel.read(SHIPPED);
        assertTrue(model.score("好的，我帮您查一下，请稍等") < 0.1, "a polite turn scores " + model.score("好的，我帮您查一下，请稍等"));
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
