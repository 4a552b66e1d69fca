package io.callqa.transcribe;

/** A stretch of one channel where someone speaks. */
public record SpeechSegment(long startMs, long endMs) {
    public long durationMs() {
        return endMs - startMs;
    }
}
