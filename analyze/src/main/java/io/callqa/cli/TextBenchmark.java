package io.callqa.cli;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.emotion.EmotionAnalyzer;
import io.callqa.privacy.PersonalDataMasker;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code callqa bench text}: characters per second on one thread for masking and for emotion analysis. */
final class TextBenchmark {
    private TextBenchmark() {}

    static int run(Path calls, String emotionModel, int seconds, PrintStream out) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Call c : RuleBenchmark.fiveMinuteCalls(calls)) for (Utterance u : c.utterances) texts.add(u.text);
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf("bench text: %d utterances, %d characters (from %s), one thread%n", texts.size(), chars, calls);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("step 步骤", "chars/s per core", "utterances/s"));
        row(table, "personal-data masking", texts, chars, seconds, PersonalDataMasker::mask);
        if (emotionModel != null) {
            EmotionAnalyzer a = new EmotionAnalyzer(Path.of(emotionModel));
            row(table, "emotion + sentiment + offensive", texts, chars, seconds, t -> a.analyze(new Utterance("customer", 0, 1, t)));
        } else {
            table.add(List.of("emotion", "skipped: build a model with ./callqa emotion train", "-"));
        }
        TextTable.print(table, out);
        return 0;
    }

    private static void row(List<List<String>> table, String name, List<String> texts, long chars, int seconds,
                            java.util.function.Consumer<String> step) {
        for (String t : texts) step.accept(t); // warm-up
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int rounds = 0;
        while (System.nanoTime() < end) {
            for (String t : texts) step.accept(t);
            rounds++;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        table.add(List.of(name, String.format("%,.0f", rounds * chars / secs), String.format("%,.0f", rounds * texts.size() / secs)));
    }
}
