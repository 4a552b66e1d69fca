package io.callqa.rules;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.classify.TextClassifier;
import io.callqa.classify.UtteranceModel;
import io.callqa.ingest.InputRejectedException;
import io.callqa.ingest.TranscriptJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the rude-agent utterance model that ships beside the packs (packs/models/rude_agent.gz),
 * from this repository's own labelled text: the rude and polite agent utterances of
 * testutterances/rude-agent-{a,b,c}.tsv, and as polite examples every agent turn of the labelled
 * calls not labelled rude_agent. Wording lists catch the rudeness a writer has already used; the
 * model carries what is rude about a turn (blame, mockery, hurry) to wordings no list has yet.
 * Deterministic: the same files give the same model. rude-agent-d.tsv is kept out, to measure it.
 */
public final class RudeAgentModelTraining {
    public static final String NAME = "rude_agent";
    static final List<String> UTTERANCE_SETS = List.of("rude-agent-a.tsv", "rude-agent-b.tsv", "rude-agent-c.tsv");
    /** Rude turns are about 3% of the examples: weighted up so the model does not learn to say polite always. */
    static final double RUDE_WEIGHT = 3;
    static final double C = 1;
    static final double MIN_WEIGHT = 0.02;

    private RudeAgentModelTraining() {}

    /** @param scoringRules the scoring-rules folder (testutterances/ and testcalls/ inside) */
    public static UtteranceModel train(Path scoringRules) throws IOException, InputRejectedException {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String set : UTTERANCE_SETS) {
            for (String line : Files.readAllLines(scoringRules.resolve("testutterances").resolve(set))) {
                String[] p = line.split("\t", 2);
                if (p.length < 2) continue;
                texts.add(p[1].strip());
                labels.add(p[0].strip().equals("pos") ? 1 : 0);
            }
        }
        for (Path folder : labelledFolders(scoringRules.resolve("testcalls"))) {
            Map<String, Set<String>> truth = LabelledCallEvaluation.labels(folder.resolve("labels.tsv"));
            for (Path f : LabelledCallEvaluation.transcripts(folder)) {
                Call call = TranscriptJson.read(f.toString(), Files.readAllBytes(f), 0);
                Set<String> cats = truth.get(call.meta.callId);
                if (cats == null || cats.contains("rude_agent")) continue; // which of its turns was rude is not labelled
                for (Utterance u : call.utterances) {
                    if ("agent".equals(u.speaker) && u.text != null && !u.text.isBlank()) {
                        texts.add(u.text);
                        labels.add(0);
                    }
                }
            }
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        return TextClassifier.train(texts, y, List.of("polite", "rude"), C, new double[] {1, RUDE_WEIGHT})
                .sparse(NAME, "rude", MIN_WEIGHT);
    }

    static List<Path> labelledFolders(Path testcalls) throws IOException {
        try (Stream<Path> s = Files.list(testcalls)) {
            return s.filter(d -> Files.exists(d.resolve("labels.tsv"))).sorted().toList();
        }
    }
}
