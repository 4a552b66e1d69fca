package io.callqa.cli;

import io.callqa.transcribe.VoskModels;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code callqa bench audio|rules|text}: measured throughput tables. */
final class BenchCommand {
    static final Set<String> VALUED = Set.of("clips", "vosk-model", "rules", "calls", "seconds", "count", "emotion-model");

    private BenchCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        String what = a.positional.isEmpty() ? "" : a.positional.get(0);
        if (what.equals("audio")) {
            Path clips = Path.of(a.get("clips", defaultClips().toString()));
            if (!Files.isDirectory(clips)) throw new Args.UsageException("no clip folder " + clips + "; give --clips DIR of WAV files");
            return AudioBenchmark.run(clips, VoskModels.configured(a.get("vosk-model", null)), out);
        }
        if (what.equals("rules")) {
            Path home = Main.home();
            return RuleBenchmark.run(Path.of(a.get("rules", home.resolve("scoring-rules/packs").toString())),
                    Path.of(a.get("calls", home.resolve("scoring-rules/testcalls").toString())), Integer.parseInt(a.get("seconds", "20")),
                    Integer.parseInt(a.get("count", "500")), out);
        }
        if (what.equals("text")) {
            return TextBenchmark.run(Path.of(a.get("calls", Main.home().resolve("scoring-rules/testcalls").toString())),
                    RunCommand.emotionModel(a.get("emotion-model", null)), Integer.parseInt(a.get("seconds", "10")), out);
        }
        throw new Args.UsageException("bench needs what to measure: audio, rules or text");
    }

    /** shared/'s telephone clips beside the checkout, else the bundled sample recordings. */
    private static Path defaultClips() {
        Path shared = Main.sharedData("audio/telephone-sim-8k-ulaw");
        return Files.isDirectory(shared) ? shared : Main.home().resolve("ingest/samples");
    }
}
