package io.callqa.ingest;

import java.util.Locale;

/** What an input file is, by name. Sidecars and temporary upload files are not inputs of their own. */
public enum InputKind {
    TRANSCRIPT, RECORDING, SIDECAR, IGNORED, UNSUPPORTED;

    public static final String TRANSCRIPT_SUFFIX = ".transcript.json";

    public static InputKind of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".tmp") || name.endsWith(".part")
                || name.endsWith(".inprogress")) {
            return IGNORED;
        }
        if (name.endsWith(TRANSCRIPT_SUFFIX)) return TRANSCRIPT;
        if (name.endsWith(".json")) return SIDECAR;
        if (name.endsWith(".wav")) return RECORDING;
        if (name.endsWith(".tsv") || name.endsWith(".md") || name.endsWith(".sh") || name.endsWith(".txt")) return IGNORED;
        return UNSUPPORTED;
    }

    /** NAME.json beside NAME.wav. */
    public static String sidecarName(String recordingName) {
        int dot = recordingName.lastIndexOf('.');
        return (dot < 0 ? recordingName : recordingName.substring(0, dot)) + ".json";
    }

    /** Call id a file gets when no metadata names one: its name without extension(s). */
    public static String baseName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(TRANSCRIPT_SUFFIX)) return fileName.substring(0, fileName.length() - TRANSCRIPT_SUFFIX.length());
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
