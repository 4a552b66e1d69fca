package io.callqa.transcribe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes test audio as real WAV files through the JDK's encoders (PCM 8/16/24-bit, mu-law, A-law). */
public final class TestWavs {
    private TestWavs() {}

    public static byte[] pcm(PcmAudio a, int bits) {
        int ch = a.channels.length;
        int bytes = bits / 8;
        byte[] data = new byte[a.frames() * ch * bytes];
        int o = 0;
        for (int i = 0; i < a.frames(); i++) {
            for (int c = 0; c < ch; c++) {
                double x = Math.max(-1, Math.min(1, a.channels[c][i]));
                if (bits == 8) {
                    data[o++] = (byte) (Math.round(x * 127) + 128); // 8-bit WAV is unsigned
                    continue;
                }
                long v = Math.round(x * ((1L << (bits - 1)) - 1));
                for (int b = 0; b < bytes; b++) data[o++] = (byte) (v >> (8 * b));
            }
        }
        AudioFormat.Encoding enc = bits == 8 ? AudioFormat.Encoding.PCM_UNSIGNED : AudioFormat.Encoding.PCM_SIGNED;
        return write(new AudioFormat(enc, a.sampleRate, bits, ch, ch * bytes, a.sampleRate, false), data);
    }

    /** G.711 at the audio's rate: 16-bit PCM converted by the JDK's codec. */
    public static byte[] g711(PcmAudio a, AudioFormat.Encoding law) {
        try {
            AudioInputStream pcm = AudioSystem.getAudioInputStream(new ByteArrayInputStream(pcm(a, 16)));
            int ch = a.channels.length;
            AudioFormat target = new AudioFormat(law, a.sampleRate, 8, ch, ch, a.sampleRate, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(AudioSystem.getAudioInputStream(target, pcm), AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The telephone copy of wideband audio, made as shared/'s telephone-sim clips were: 300–3400 Hz
     * band-pass, 8 kHz, G.711 mu-law.
     */
    public static byte[] telephone(PcmAudio wide) {
        float[][] band = new float[wide.channels.length][];
        for (int c = 0; c < band.length; c++) {
            uk.me.berndporr.iirj.Butterworth bp = new uk.me.berndporr.iirj.Butterworth();
            bp.bandPass(4, wide.sampleRate, (300 + 3400) / 2.0, 3400 - 300);
            band[c] = new float[wide.channels[c].length];
            for (int i = 0; i < band[c].length; i++) band[c][i] = (float) bp.filter(wide.channels[c][i]);
        }
        return g711(Resampler.resample(new PcmAudio(wide.sampleRate, band), 8000), AudioFormat.Encoding.ULAW);
    }

    private static byte[] write(AudioFormat f, byte[] data) {
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(data), f, data.length / f.getFrameSize())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
