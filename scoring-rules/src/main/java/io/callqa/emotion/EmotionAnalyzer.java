package io.callqa.emotion;

import io.callqa.classify.CharNgramFeatures;
import io.callqa.classify.ClassifierEvaluation;
import io.callqa.classify.TextClassifier;

import io.callqa.call.Utterance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Per-utterance emotion (six classes), sentiment in [-1, 1] and offensive language, from the
 * trained text models plus a call-centre lexicon with negation handling: 你们这什么破服务 is
 * angry, 麻烦您了 is polite, 不满意 is negative but 没有不满意 is not. Where there is audio, a raised
 * voice (acoustic arousal) on negative words tips the turn to angry. Each utterance records which
 * evidence decided: text-model, lexicon:&lt;cue&gt;, with +acoustic when the voice did.
 */
public final class EmotionAnalyzer {
    /** How strongly a lexicon cue pulls the model's probabilities towards its emotion. */
    static final double CUE_WEIGHT = 0.6;
    static final double ABUSIVE_AT = 0.5;
    /** Arousal (z-score against the speaker's own baseline) from which a voice counts as raised. */
    static final double AROUSED = 1.5;
    static final double ACOUSTIC_WEIGHT = 0.4;
    private static final Pattern NEGATED = Pattern.compile("(没有|没|并不|不是|并没有)$");
    private final TextClassifier emotion;
    private final TextClassifier offensive;
    private final List<String[]> cues = new ArrayList<>();
    private final List<String> abuseWords = new ArrayList<>();

    public EmotionAnalyzer(Path modelDir) throws IOException {
        if (!isModel(modelDir)) throw new IOException(modelDir + ": not an emotion model for these features (" + CharNgramFeatures.FORMAT + "); rebuild it with ./callqa emotion train");
        emotion = TextClassifier.load(modelDir, "emotion");
        offensive = TextClassifier.load(modelDir, "offensive");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                EmotionAnalyzer.class.getResourceAsStream("call-centre-lexicon.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                cues.add(line.split("\t"));
            }
        }
        Path lexicon = modelDir.resolve("abuse-lexicon.txt");
        if (Files.exists(lexicon)) {
            for (String w : Files.readAllLines(lexicon)) if (w.strip().length() >= 2) abuseWords.add(w.strip());
        }
    }

    /** Whether a model folder holds what this analyzer needs, built for its features. */
    public static boolean isModel(Path dir) {
        try {
            return dir != null && Files.exists(dir.resolve("emotion.model")) && Files.exists(dir.resolve("offensive.model"))
                    && CharNgramFeatures.FORMAT.equals(Files.readString(dir.resolve("format")).strip());
        } catch (IOException e) {
            return false;
        }
    }

    public void analyze(Utterance u) {
        String text = u.text == null ? "" : u.text;
        if (text.isBlank()) return;
        double[] p = emotion.probabilities(text);
        String decidedBy = "text-model";
        for (String[] cue : cues) {
            int at = text.indexOf(cue[1]);
            if (at < 0 || NEGATED.matcher(text.substring(0, at)).find()) continue;
            pull(p, EmotionTraining.EMOTIONS.indexOf(cue[0]), CUE_WEIGHT);
            decidedBy = "lexicon:" + cue[1];
        }
        if (u.arousal != null && u.arousal >= AROUSED && p[0] + p[1] + p[4] >= 0.3) {
            // A raised voice on negative words: anger rather than sadness or calm complaint.
            pull(p, EmotionTraining.EMOTIONS.indexOf("angry"), ACOUSTIC_WEIGHT);
            decidedBy = decidedBy + "+acoustic";
        }
        int best = ClassifierEvaluation.argmax(p);
        u.emotion = EmotionTraining.EMOTIONS.get(best);
        u.emotionEvidence = decidedBy;
        u.sentiment = round(Math.max(-1, Math.min(1, p[2] + 0.3 * p[5] - p[0] - 0.8 * p[4] - 0.6 * p[1])));
        double abuse = offensive.probabilities(text)[1];
        for (String w : abuseWords) if (text.contains(w)) abuse = Math.max(abuse, 0.9);
        u.abuseScore = round(abuse);
        u.abusive = abuse >= ABUSIVE_AT;
    }

    /** Mixes the probabilities towards one emotion: weight of the mass moves onto it. */
    private static void pull(double[] p, int emotion, double weight) {
        for (int j = 0; j < p.length; j++) p[j] = (1 - weight) * p[j] + (j == emotion ? weight : 0);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Loads a model folder, or explains how to build one. */
    public static EmotionAnalyzer load(Path dir) {
        try {
            return new EmotionAnalyzer(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": no emotion model (build it with ./callqa emotion train)", e);
        }
    }
}
