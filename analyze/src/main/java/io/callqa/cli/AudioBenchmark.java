package io.callqa.cli;

import io.callqa.transcribe.EnergyVad;
import io.callqa.transcribe.PcmAudio;
import io.callqa.transcribe.PitchTracker;
import io.callqa.transcribe.Resampler;
import io.callqa.transcribe.SpeechSegment;
import io.callqa.transcribe.SyllableNuclei;
import io.callqa.transcribe.VoskModels;
import io.callqa.transcribe.VoskTranscriber;
import io.callqa.transcribe.WavDecoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * {@code callqa bench audio}: throughput of each audio step on one thread (so "× real time per
 * core"), on a stereo 8 kHz mu-law call assembled from real clips with turn gaps and a long hold,
 * and, with a Vosk model, the recogniser's real-time factor with and without VAD skipping.
 */
final class AudioBenchmark {
    static final int ROUNDS = 3;
    private final List<List<String>> table = new ArrayList<>();

    static int run(Path clips, String model, PrintStream out) throws Exception {
        byte[] wav = callFrom(clips);
        PcmAudio call = WavDecoder.decode("bench.wav", wav);
        double seconds = call.durationMs() / 1000.0;
        out.printf("bench call: %.0f s stereo 8 kHz mu-law from %s%n", seconds, clips);
        AudioBenchmark b = new AudioBenchmark();
        b.table.add(List.of("step 步骤", "audio s", "ms / call", "× real time per core"));
        EnergyVad vad = new EnergyVad();
        b.time("decode WAV (mu-law → PCM)", seconds, () -> WavDecoder.decode("bench.wav", wav));
        b.time("resample 8 → 16 kHz", seconds, () -> Resampler.resample(call, 16000));
        b.time("VAD, both channels", seconds, () -> { for (float[] ch : call.channels) vad.segments(ch, call.sampleRate); });
        b.time("syllable nuclei (speech rate)", seconds, () -> {
            for (float[] ch : call.channels) SyllableNuclei.perSegment(ch, call.sampleRate, vad.segments(ch, call.sampleRate));
        });
        b.time("pitch per turn (mono roles)", seconds, () -> {
            for (SpeechSegment s : vad.segments(call.channels[0], call.sampleRate)) PitchTracker.medianHz(call.channels[0], call.sampleRate, s.startMs(), s.endMs());
        });
        b.time("decode + resample + VAD", seconds, () -> {
            PcmAudio a = WavDecoder.decode("bench.wav", wav);
            Resampler.resample(a, 16000);
            for (float[] ch : a.channels) vad.segments(ch, a.sampleRate);
        });
        long speechMs = 0;
        for (float[] ch : call.channels) speechMs += vad.segments(ch, call.sampleRate).stream().mapToLong(SpeechSegment::durationMs).sum();
        out.printf("VAD speech: %.0f%% of channel time; only that is fed to Vosk (the rest is silence and hold)%n",
                100.0 * speechMs / (2 * call.durationMs()));
        if (model != null) {
            VoskTranscriber vosk = new VoskTranscriber(VoskModels.load(model));
            PcmAudio wide = Resampler.resample(call, 16000);
            List<SpeechSegment> speech = vad.segments(call.channels[0], call.sampleRate);
            List<SpeechSegment> all = List.of(new SpeechSegment(0, call.durationMs()));
            b.rounds = 1;
            b.time("Vosk, whole agent channel", seconds / 2, () -> vosk.transcribe(wide, 0, all, "agent"));
            b.time("Vosk, VAD speech only", seconds / 2, () -> vosk.transcribe(wide, 0, speech, "agent"));
        } else {
            b.table.add(List.of("Vosk", "-", "-", "skipped: set CALLQA_VOSK_MODEL or --vosk-model"));
        }
        TextTable.print(b.table, out);
        return 0;
    }

    private int rounds = ROUNDS;

    interface Step {
        void run() throws Exception;
    }

    private void time(String name, double audioSeconds, Step step) throws Exception {
        step.run(); // warm-up: JIT and model caches
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) step.run();
        double ms = (System.nanoTime() - start) / 1e6 / rounds;
        table.add(List.of(name, String.format("%.0f", audioSeconds), String.format("%.0f", ms), String.format("%.0f×", audioSeconds * 1000 / ms)));
    }

    /**
     * Clips alternate between the agent (left) and customer (right) channels with a second between
     * turns; a 45 s hold of line noise sits in the middle, as dead air does in real calls.
     */
    static byte[] callFrom(Path dir) throws IOException {
        List<float[]> clips = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".wav")).sorted().toList()) {
                try {
                    PcmAudio a = Resampler.resample(WavDecoder.decode(p.toString(), Files.readAllBytes(p)), 8000);
                    clips.add(a.channels[0]);
                } catch (Exception e) {
                    // not a clip we can use; the benchmark takes what decodes
                }
            }
        }
        if (clips.isEmpty()) throw new IOException("no decodable WAV clips in " + dir);
        int total = clips.stream().mapToInt(c -> c.length + 8000).sum() + 45 * 8000;
        float[][] ch = new float[2][total];
        java.util.Random noise = new java.util.Random(1);
        for (float[] c : ch) for (int i = 0; i < c.length; i++) c[i] = (float) (noise.nextGaussian() * 0.002);
        int at = 4000;
        for (int k = 0; k < clips.size(); k++) {
            if (k == clips.size() / 2) at += 45 * 8000;
            float[] c = clips.get(k);
            for (int i = 0; i < c.length && at + i < total; i++) ch[k % 2][at + i] += c[i];
            at += c.length + 8000;
        }
        return muLawWav(new PcmAudio(8000, ch));
    }

    private static byte[] muLawWav(PcmAudio a) throws IOException {
        byte[] pcm = new byte[a.frames() * 4];
        for (int i = 0, o = 0; i < a.frames(); i++) {
            for (int c = 0; c < 2; c++, o += 2) {
                int v = Math.round(Math.max(-1f, Math.min(1f, a.channels[c][i])) * 32767f);
                pcm[o] = (byte) v;
                pcm[o + 1] = (byte) (v >> 8);
            }
        }
        AudioFormat f16 = new AudioFormat(8000, 16, 2, true, false);
        AudioFormat ulaw = new AudioFormat(AudioFormat.Encoding.ULAW, 8000, 8, 2, 2, 8000, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), f16, a.frames())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(AudioSystem.getAudioInputStream(ulaw, in), AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        }
    }
}
