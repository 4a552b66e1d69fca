package io.callqa.call;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One turn of one speaker. Text is empty for signal-only audio calls, where the utterance is a
 * speech segment found by voice activity detection. roleConfidence is 1 when the role is known
 * (stereo channel or transcript), lower when inferred on a mono recording.
 */
public class Utterance implements Serializable {
    public String speaker;
    public long startMs;
    public long endMs;
    public String text = "";
    public List<Word> words = new ArrayList<>();
    public double roleConfidence = 1.0;
    /** Syllable nuclei counted in the audio (one per Mandarin character); -1 when not measured. */
    public int syllables = -1;
    /** angry, fear, happy, neutral, sad or surprise; null until emotion analysis runs. */
    public String emotion;
    /** What decided the emotion: text-model, or lexicon:&lt;cue&gt;. */
    public String emotionEvidence;
    /** -1 (negative) … 1 (positive). */
    public Double sentiment;
    public Boolean abusive;
    public Double abuseScore;
    /** Loudness and pitch against the speaker's own baseline (z-score); null without audio. */
    public Double arousal;
    /** The unmasked text, encrypted; only when the operator configured a sealing key. */
    public String sealedOriginal;

    public Utterance() {}

    public Utterance(String speaker, long startMs, long endMs, String text) {
        this.speaker = speaker;
        this.startMs = startMs;
        this.endMs = endMs;
        this.text = text;
    }

    public long durationMs() {
        return Math.max(0, endMs - startMs);
    }

    public boolean isAgent() {
        return Speaker.AGENT.equals(speaker);
    }
}
