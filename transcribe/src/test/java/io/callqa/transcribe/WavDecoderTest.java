package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.ingest.InputRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** Decoding real recordings from ../shared/data/audio and the bundled samples, and refusing broken ones. */
class WavDecoderTest {
    static final Path SHARED = Path.of(System.getProperty("callqa.shared", "../../shared")).resolve("data/audio");
    static final Path SAMPLES = Path.of("../ingest/samples");

    @Test
    void decodes16kPcmAnd8kMuLawCopiesOfTheSameSpeechToTheSameLength() throws Exception {
        PcmAudio pcm = WavDecoder.decode("a", Files.readAllBytes(SHARED.resolve("aishell-s0150/wav/BAC009S0150W0154.wav")));
        PcmAudio ulaw = WavDecoder.decode("b", Files.readAllBytes(SHARED.resolve("telephone-sim-8k-ulaw/tel_BAC009S0150W0154.wav")));
        assertEquals(16000, pcm.sampleRate);
        assertEquals(8000, ulaw.sampleRate);
        assertEquals(1, ulaw.channels.length);
        assertTrue(Math.abs(pcm.durationMs() - ulaw.durationMs()) <= 5, pcm.durationMs() + " vs " + ulaw.durationMs());
        assertTrue(rms(ulaw.channels[0]) > 0.01, "mu-law samples were expanded to audible PCM");
    }

    @Test
    void decodesStereoMuLawSampleCallAndALawMadeByTheJdk() throws Exception {
        PcmAudio call = WavDecoder.decode("rec", Files.readAllBytes(SAMPLES.resolve("rec-0001.wav")));
        assertEquals(2, call.channels.length);
        assertEquals(8000, call.sampleRate);
        assertTrue(Math.abs(call.durationMs() - 57670) < 20, "duration " + call.durationMs());

        byte[] src = Files.readAllBytes(SHARED.resolve("aishell-s0150/wav/BAC009S0150W0154.wav"));
        AudioInputStream pcm = AudioSystem.getAudioInputStream(new ByteArrayInputStream(src));
        AudioFormat alaw = new AudioFormat(AudioFormat.Encoding.ALAW, 16000, 8, 1, 1, 16000, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(AudioSystem.getAudioInputStream(alaw, pcm), AudioFileFormat.Type.WAVE, out);
        PcmAudio decoded = WavDecoder.decode("alaw", out.toByteArray());
        PcmAudio original = WavDecoder.decode("pcm", src);
        assertEquals(original.frames(), decoded.frames());
        assertTrue(Math.abs(rms(decoded.channels[0]) - rms(original.channels[0])) < 0.1 * rms(original.channels[0]));
    }

    @Test
    void refusesBrokenRecordingsWithAPreciseReason() throws Exception {
        byte[] good = Files.readAllBytes(SAMPLES.resolve("rec-0001.wav"));
        assertEquals("x.wav: empty file (0 bytes)", refusal(new byte[0]));
        assertTrue(refusal("ID3\u0004 not really audio, just an mp3 header and then some more bytes".getBytes()).contains("looks like MP3"));
        assertTrue(refusal(Arrays.copyOf(good, 40)).contains("not a WAV file"));
        // 58 bytes = the full header of this file and no data chunk content
        assertTrue(refusal(Arrays.copyOf(good, 58)).contains("zero samples"), refusal(Arrays.copyOf(good, 58)));
        byte[] corrupt = Arrays.copyOf(good, 100);
        corrupt[20] = 85; // format tag 85 = MPEG layer 3 inside a WAV
        assertTrue(refusal(corrupt).contains("WAV"), refusal(corrupt));
    }

    @Test
    void decodesEveryPcmDepthAndRateTheSameSpeech() {
        PcmAudio clip = SharedAudio.aishell("BAC009S0150W0154");
        for (int rate : new int[] {8000, 16000, 24000, 48000}) {
            PcmAudio resampled = Resampler.resample(clip, rate);
            for (int bits : new int[] {8, 16, 24, 32}) {
                PcmAudio stereo = new PcmAudio(rate, new float[][] {resampled.channels[0], resampled.channels[0]});
                PcmAudio back = SharedAudio.decode(rate + "-" + bits, TestWavs.pcm(stereo, bits));
                assertEquals(rate, back.sampleRate, rate + "/" + bits);
                assertEquals(2, back.channels.length);
                assertEquals(resampled.frames(), back.frames(), rate + "/" + bits);
                double tolerance = bits == 8 ? 0.01 : 1e-4; // 8-bit WAV has 256 levels
                assertEquals(rms(resampled.channels[0]), rms(back.channels[1]), tolerance, rate + "/" + bits);
            }
        }
    }

    @Test
    void refusesAbsurdHeadersAndFormats() throws Exception {
        byte[] good = TestWavs.pcm(SharedAudio.aishell("BAC009S0150W0154"), 16);
        byte[] sixChannels = good.clone();
        sixChannels[22] = 6;
        assertTrue(refusal(sixChannels).contains("6 channels"), refusal(sixChannels));
        byte[] tooFast = good.clone();
        ByteBuffer.wrap(tooFast).order(ByteOrder.LITTLE_ENDIAN).putInt(24, 192000).putInt(28, 384000);
        assertTrue(refusal(tooFast).contains("192000"), refusal(tooFast));
        byte[] adpcm = good.clone();
        adpcm[20] = 2; // format tag 2 = Microsoft ADPCM
        assertTrue(refusal(adpcm).contains("WAV"), refusal(adpcm));
        byte[] cut = Arrays.copyOf(good, good.length / 2); // data chunk claims more than the file holds
        PcmAudio half = WavDecoder.decode("cut.wav", cut);
        assertTrue(half.durationMs() > 0, "a recording cut short keeps the audio that arrived");
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(InputRejectedException.class, () -> WavDecoder.decode("x.wav", bytes)).getMessage();
    }

    static double rms(float[] s) {
        double sum = 0;
        for (float v : s) sum += v * v;
        return Math.sqrt(sum / s.length);
    }
}
