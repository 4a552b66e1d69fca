package io.callqa.emotion;

import io.callqa.classify.CharNgramFeatures;
import io.callqa.classify.ClassifierEvaluation;
import io.callqa.classify.Examples;
import io.callqa.classify.TextClassifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the emotion and offensive-language models from the labelled Chinese text in shared/
 * (SMP2020-EWECT, COLD) and prints their evaluation on the dev sets. Deterministic: the same data
 * gives the same model.
 */
public final class EmotionTraining {
    public static final List<String> EMOTIONS = List.of("angry", "fear", "happy", "neutral", "sad", "surprise");
    public static final List<String> OFFENSIVE = List.of("clean", "offensive");
    static final double EMOTION_C = 2.0;
    static final double OFFENSIVE_C = 4.0;

    private EmotionTraining() {}

    public static void build(Path text, Path out, PrintStream log) throws IOException {
        Examples emoTrain = smpTrain(text.resolve("emotion-smp2020/usual_train_from_xlsx.tsv"));
        Examples emoDev = smpEval(text.resolve("emotion-smp2020/usual_eval_labeled.txt"));
        TextClassifier emotion = TextClassifier.train(emoTrain.texts(), emoTrain.labels(), EMOTIONS, EMOTION_C, TextClassifier.balancedWeights(emoTrain.labels(), EMOTIONS.size()));
        ClassifierEvaluation e = ClassifierEvaluation.of(emotion, emoDev);
        log.printf("emotion (SMP2020-EWECT usual, train %d, dev %d): accuracy %.3f, macro-F1 %.3f%n",
                emoTrain.texts().size(), emoDev.texts().size(), e.accuracy(), e.macroF1());
        for (int k = 0; k < EMOTIONS.size(); k++) log.printf("  %-9s F1 %.3f%n", EMOTIONS.get(k), e.f1(k));

        Examples offTrain = cold(text.resolve("offensive-cold/train.csv"));
        Examples offDev = cold(text.resolve("offensive-cold/dev.csv"));
        TextClassifier offensive = TextClassifier.train(offTrain.texts(), offTrain.labels(), OFFENSIVE, OFFENSIVE_C, null);
        ClassifierEvaluation o = ClassifierEvaluation.of(offensive, offDev);
        log.printf("offensive language (COLD, train %d, dev %d): accuracy %.3f, F1(offensive) %.3f%n",
                offTrain.texts().size(), offDev.texts().size(), o.accuracy(), o.f1(1));
        emotion.save(out, "emotion");
        offensive.save(out, "offensive");
        Files.writeString(out.resolve("format"), CharNgramFeatures.FORMAT);
        Path lexicon = text.resolve("lexicon-ldnoobw-zh/zh");
        if (Files.exists(lexicon)) Files.copy(lexicon, out.resolve("abuse-lexicon.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** TSV 数据编号 文本 情绪标签 with numeric labels 0=angry 1=fear 2=happy 3=neutral 4=sad 5=surprise (see SOURCE.txt). */
    static Examples smpTrain(Path tsv) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t");
            if (f.length < 3 || !f[2].strip().matches("[0-5]")) continue;
            texts.add(f[1]);
            labels.add(Integer.parseInt(f[2].strip()));
        }
        return new Examples(texts, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One JSON array of {id, content, label} with label names. */
    static Examples smpEval(Path json) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(json.toFile())) {
            int k = EMOTIONS.indexOf(n.path("label").asText());
            if (k < 0) continue;
            texts.add(n.path("content").asText());
            labels.add(k);
        }
        return new Examples(texts, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** CSV ,split,topic,label,TEXT — the text is everything after the fourth comma. */
    static Examples cold(Path csv) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",", 5);
            if (f.length < 5 || !f[3].matches("[01]")) continue;
            String t = f[4].strip();
            if (t.startsWith("\"") && t.endsWith("\"") && t.length() > 1) t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
            texts.add(t);
            labels.add(Integer.parseInt(f[3]));
        }
        return new Examples(texts, labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
