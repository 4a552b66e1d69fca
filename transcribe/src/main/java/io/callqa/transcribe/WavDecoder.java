package io.callqa.transcribe;

import io.callqa.ingest.InputRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Decodes a WAV recording (PCM, G.711 mu-law or A-law; mono or stereo) with the JDK's sound API.
 * Anything else is refused with a reason a person can act on.
 */
public final class WavDecoder {
    static final long MAX_DURATION_MS = 4L * 3600 * 1000;

    private WavDecoder() {}

    public static PcmAudio decode(String file, byte[] bytes) throws InputRejectedException {
        if (bytes.length == 0) throw new InputRejectedException(file + ": empty file (0 bytes)");
        if (bytes.length < 44 || !"RIFF".equals(new String(bytes, 0, 4)) || !"WAVE".equals(new String(bytes, 8, 4))) {
            throw new InputRejectedException(file + ": not a WAV file (no RIFF/WAVE header; " + describeMagic(bytes) + ")");
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(bytes))) {
            AudioFormat f = in.getFormat();
            checkFormat(file, f);
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.getSampleRate(), 16, f.getChannels(),
                    2 * f.getChannels(), f.getSampleRate(), false);
            byte[] data;
            try (AudioInputStream converted = f.matches(pcm) ? in : AudioSystem.getAudioInputStream(pcm, in)) {
                data = converted.readAllBytes();
            }
            int ch = f.getChannels();
            int frames = data.length / (2 * ch);
            if (frames == 0) throw new InputRejectedException(file + ": the recording holds zero samples");
            long durationMs = frames * 1000L / (long) f.getSampleRate();
            if (durationMs > MAX_DURATION_MS) {
                throw new InputRejectedException(file + ": recording is " + durationMs / 60000 + " min long, over the 240 min limit");
            }
            float[][] channels = new float[ch][frames];
            ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < frames; i++) {
                for (int c = 0; c < ch; c++) channels[c][i] = buf.getShort() / 32768f;
            }
            return new PcmAudio((int) f.getSampleRate(), channels);
        } catch (UnsupportedAudioFileException e) {
            throw new InputRejectedException(file + ": WAV header is not readable (truncated or an unsupported encoding): " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputRejectedException(file + ": WAV data is not readable (truncated or corrupt): " + e.getMessage(), e);
        }
    }

    private static void checkFormat(String file, AudioFormat f) throws InputRejectedException {
        AudioFormat.Encoding e = f.getEncoding();
        boolean known = e.equals(AudioFormat.Encoding.PCM_SIGNED) || e.equals(AudioFormat.Encoding.PCM_UNSIGNED)
                || e.equals(AudioFormat.Encoding.ULAW) || e.equals(AudioFormat.Encoding.ALAW);
        if (!known) throw new InputRejectedException(file + ": unsupported WAV encoding " + e + " (expected PCM, G.711 mu-law or A-law)");
        if (f.getChannels() < 1 || f.getChannels() > 2) {
            throw new InputRejectedException(file + ": " + f.getChannels() + " channels; expected mono or stereo (agent/customer)");
        }
        float rate = f.getSampleRate();
        if (rate < 8000 || rate > 48000) throw new InputRejectedException(file + ": sample rate " + rate + " Hz is outside 8000-48000 Hz");
    }

    private static String describeMagic(byte[] b) {
        if (b.length >= 3 && b[0] == 'I' && b[1] == 'D' && b[2] == '3') return "looks like MP3";
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0) return "looks like MP3";
        if (b.length >= 4 && "OggS".equals(new String(b, 0, 4))) return "looks like Ogg";
        return "starts with bytes " + String.format("%02x %02x %02x %02x", b[0], b.length > 1 ? b[1] : 0, b.length > 2 ? b[2] : 0, b.length > 3 ? b[3] : 0);
    }
}
