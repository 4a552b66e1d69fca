package io.callqa.call;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A call as it moves through the pipeline. Audio calls arrive with {@link #audio} set and no
 * utterances; the transcribe step fills the utterances and drops the audio bytes.
 */
public class Call implements Serializable {
    public static final String SOURCE_AUDIO = "audio";
    public static final String SOURCE_TRANSCRIPT = "transcript";

    public CallMetadata meta = new CallMetadata();
    /** "audio" or "transcript". */
    public String source;
    public String sourceFile;
    public long sourceModifiedMs;
    /** Who produced the text: "external" (transcript input), "vosk:MODEL", or "none" (signal-only). */
    public String asr = "";
    public long durationMs;
    public List<Utterance> utterances = new ArrayList<>();
    /** VOC topics of the call (from the customer's words). */
    public List<String> topics = new ArrayList<>();
    /** Raw recording bytes until transcribed; null afterwards and for transcript inputs. */
    public byte[] audio;

    public Call() {}

    public boolean hasText() {
        for (Utterance u : utterances) {
            if (u.text != null && !u.text.isEmpty()) return true;
        }
        return false;
    }
}
