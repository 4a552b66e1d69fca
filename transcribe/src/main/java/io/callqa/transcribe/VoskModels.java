package io.callqa.transcribe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * Finds the Vosk model folder and keeps one loaded {@link Model} per folder per JVM: a model is
 * large (42 MB to 1.3 GB) and thread-safe, so every recogniser shares it.
 */
public final class VoskModels {
    public static final String ENV = "CALLQA_VOSK_MODEL";
    /** The sample rate of the Vosk Chinese models. */
    public static final int SAMPLE_RATE = 16000;
    public static final String HOW_TO_CONFIGURE = "give a Vosk Chinese model folder (e.g. vosk-model-small-cn-0.22) with --vosk-model DIR"
            + " or the environment variable " + ENV + "=DIR, or pass --signal-only to score audio calls on silence and talk signals only";
    private static final Map<Path, Model> LOADED = new HashMap<>();

    private VoskModels() {}

    /** The configured model folder: the option if given, else the environment variable, else null. */
    public static String configured(String option) {
        if (option != null && !option.isBlank()) return option;
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? null : env;
    }

    public static synchronized Model load(String folder) throws IOException {
        Path dir = Path.of(folder).toAbsolutePath().normalize();
        Model model = LOADED.get(dir);
        if (model != null) return model;
        if (!Files.isDirectory(dir)) throw new IOException("Vosk model folder " + dir + " does not exist; " + HOW_TO_CONFIGURE);
        if (!Files.isDirectory(dir.resolve("am")) && !Files.exists(dir.resolve("final.mdl"))) {
            throw new IOException("Vosk model folder " + dir + " has no am/ acoustic model: is it an unpacked Vosk model"
                    + " (e.g. vosk-model-small-cn-0.22)?");
        }
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        try {
            model = new Model(dir.toString());
        } catch (IOException e) {
            throw new IOException("Vosk could not load the model in " + dir + " (" + e.getMessage() + "); " + HOW_TO_CONFIGURE, e);
        }
        LOADED.put(dir, model);
        return model;
    }
}
