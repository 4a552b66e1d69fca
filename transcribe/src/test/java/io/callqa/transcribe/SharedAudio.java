package io.callqa.transcribe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real clips from ../shared/data/audio with their reference transcripts. */
public final class SharedAudio {
    public static final Path ROOT = Path.of(System.getProperty("callqa.shared", "../../shared")).resolve("data/audio");
    public static final Path AISHELL = ROOT.resolve("aishell-s0150");
    public static final Path TELEPHONE = ROOT.resolve("telephone-sim-8k-ulaw");

    private SharedAudio() {}

    /** AISHELL utterance id → reference text, in file order. */
    public static Map<String, String> aishellTranscripts() {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(AISHELL.resolve("transcripts.tsv"))) {
                String[] f = line.split("\t");
                if (f.length == 2) texts.put(f[0], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    public static PcmAudio aishell(String id) {
        return decode(AISHELL.resolve("wav/" + id + ".wav"));
    }

    /** The 8 kHz mu-law telephone copy of an AISHELL clip, or null when shared/ has none. */
    public static PcmAudio telephone(String id) {
        Path p = TELEPHONE.resolve("tel_" + id + ".wav");
        return Files.exists(p) ? decode(p) : null;
    }

    public static PcmAudio decode(Path p) {
        try {
            return decode(p.toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PcmAudio decode(String name, byte[] wav) {
        try {
            return WavDecoder.decode(name, wav);
        } catch (Exception e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }
}
