package io.callqa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input folders for job tests, built from the repository's sample calls. */
final class TestInputs {
    static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
    static final Path SAMPLES = REPO.resolve("ingest/samples");
    static final Path RULES = REPO.resolve("scoring-rules/packs");

    private TestInputs() {}

    static void copySample(String name, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(SAMPLES.resolve(name), dir.resolve(name));
    }

    /** A copy of a sample transcript under a new call id (and file name). */
    static void transcriptAs(String sampleCallId, String newCallId, Path dir) throws IOException {
        Files.createDirectories(dir);
        String json = Files.readString(SAMPLES.resolve(sampleCallId + ".transcript.json"), StandardCharsets.UTF_8)
                .replace("\"" + sampleCallId + "\"", "\"" + newCallId + "\"");
        Files.writeString(dir.resolve(newCallId + ".transcript.json"), json, StandardCharsets.UTF_8);
    }

    static RunCommand.Options once(Path in, Path lake, boolean signalOnly) {
        return new RunCommand.Options(in, lake, RULES, null, null, signalOnly, true, 2, 1, "Asia/Shanghai");
    }
}
