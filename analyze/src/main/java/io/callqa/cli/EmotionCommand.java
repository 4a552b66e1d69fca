package io.callqa.cli;

import io.callqa.emotion.EmotionTraining;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code callqa emotion train [--text DIR] [--out DIR]}: builds and evaluates the emotion and offensive-language models. */
final class EmotionCommand {
    static final Set<String> VALUED = Set.of("text", "out");

    private EmotionCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        if (a.positional.isEmpty() || !a.positional.get(0).equals("train")) throw new Args.UsageException("emotion needs: train");
        Path text = Path.of(a.get("text", Main.sharedData("text").toString()));
        Path model = Path.of(a.get("out", defaultModel().toString()));
        long start = System.currentTimeMillis();
        EmotionTraining.build(text, model, out);
        out.printf("模型已保存 (model saved): %s in %.0f s%n", model, (System.currentTimeMillis() - start) / 1000.0);
        return 0;
    }

    static Path defaultModel() {
        return Path.of(System.getProperty("user.home"), ".cache", "callqa", "models", "emotion");
    }
}
