package io.callqa.transcribe;

/** Decoded audio: one float array per channel, samples in [-1, 1]. */
public final class PcmAudio {
    public final int sampleRate;
    public final float[][] channels;

    public PcmAudio(int sampleRate, float[][] channels) {
        this.sampleRate = sampleRate;
        this.channels = channels;
    }

    public int frames() {
        return channels[0].length;
    }

    public long durationMs() {
        return frames() * 1000L / sampleRate;
    }

    /** 16-bit little-endian PCM of one channel, the form Vosk takes. */
    public byte[] pcm16(int channel, int fromFrame, int toFrame) {
        float[] s = channels[channel];
        byte[] out = new byte[(toFrame - fromFrame) * 2];
        for (int i = fromFrame, o = 0; i < toFrame; i++, o += 2) {
            int v = Math.round(Math.max(-1f, Math.min(1f, s[i])) * 32767f);
            out[o] = (byte) v;
            out[o + 1] = (byte) (v >> 8);
        }
        return out;
    }
}
