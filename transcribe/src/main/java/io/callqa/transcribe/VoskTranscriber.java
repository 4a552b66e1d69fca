package io.callqa.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.call.Utterance;
import io.callqa.call.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Transcribes one channel with Vosk, feeding only the speech segments found by voice activity
 * detection: dead air and hold music cost no decoding. Each segment becomes one utterance whose
 * words carry times on the call's clock.
 */
public final class VoskTranscriber {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Model model;

    public VoskTranscriber(Model model) {
        this.model = model;
    }

    public List<Utterance> transcribe(PcmAudio audio, int channel, List<SpeechSegment> speech, String speaker) throws IOException {
        List<Utterance> out = new ArrayList<>();
        try (Recognizer rec = new Recognizer(model, audio.sampleRate)) {
            rec.setWords(true);
            long fedMs = 0; // the recogniser's clock: audio fed so far
            for (SpeechSegment seg : speech) {
                int from = (int) (seg.startMs() * audio.sampleRate / 1000);
                int to = (int) Math.min(audio.frames(), seg.endMs() * audio.sampleRate / 1000);
                byte[] pcm = audio.pcm16(channel, from, to);
                rec.acceptWaveForm(pcm, pcm.length);
                Utterance u = toUtterance(rec.getFinalResult(), seg.startMs() - fedMs, speaker, seg);
                fedMs += (to - from) * 1000L / audio.sampleRate;
                if (!u.text.isEmpty()) out.add(u);
            }
        }
        return out;
    }

    static Utterance toUtterance(String resultJson, long offsetMs, String speaker, SpeechSegment seg) throws IOException {
        JsonNode result = JSON.readTree(resultJson);
        Utterance u = new Utterance(speaker, seg.startMs(), seg.endMs(), "");
        List<String> tokens = new ArrayList<>();
        for (JsonNode w : result.path("result")) {
            String token = w.path("word").asText();
            tokens.add(token);
            u.words.add(new Word(token, offsetMs + Math.round(w.path("start").asDouble() * 1000),
                    offsetMs + Math.round(w.path("end").asDouble() * 1000), w.path("conf").asDouble(1.0)));
        }
        if (tokens.isEmpty()) {
            for (String t : result.path("text").asText("").split(" ")) tokens.add(t);
        }
        u.text = ChineseWordJoiner.join(tokens);
        if (!u.words.isEmpty()) {
            u.startMs = u.words.get(0).startMs;
            u.endMs = u.words.get(u.words.size() - 1).endMs;
        }
        return u;
    }
}
