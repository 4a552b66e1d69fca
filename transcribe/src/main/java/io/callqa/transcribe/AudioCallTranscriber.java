package io.callqa.transcribe;

import io.callqa.call.Call;
import io.callqa.call.Speaker;
import io.callqa.call.Utterance;
import io.callqa.ingest.InputRejectedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audio path in one place: decode, assign channels to roles, find speech per channel, then
 * either recognise it with Vosk or (signal-only) keep the speech segments as text-less utterances.
 */
public final class AudioCallTranscriber {
    private final String modelFolder;
    private final EnergyVad vad = new EnergyVad();

    /** @param modelFolder a Vosk model folder, or null for signal-only transcription */
    public AudioCallTranscriber(String modelFolder) {
        this.modelFolder = modelFolder;
    }

    public void transcribe(Call call) throws InputRejectedException, IOException {
        PcmAudio audio = WavDecoder.decode(call.sourceFile, call.audio);
        call.durationMs = audio.durationMs();
        String[] roles = channelRoles(audio, call.meta.agentChannel);
        List<Utterance> utterances = new ArrayList<>();
        VoskTranscriber vosk = modelFolder == null ? null : new VoskTranscriber(VoskModels.load(modelFolder));
        // Vosk's Chinese models are trained on 16 kHz: telephone audio is upsampled once, band-limited.
        PcmAudio forAsr = vosk == null ? null : Resampler.resample(audio, VoskModels.SAMPLE_RATE);
        for (int c = 0; c < audio.channels.length; c++) {
            List<SpeechSegment> speech = vad.segments(audio.channels[c], audio.sampleRate);
            if (vosk != null) {
                utterances.addAll(vosk.transcribe(forAsr, c, speech, roles[c]));
            } else {
                for (SpeechSegment s : speech) utterances.add(new Utterance(roles[c], s.startMs(), s.endMs(), ""));
            }
        }
        if (audio.channels.length == 1) {
            // One channel mixes both roles; until role inference exists every turn counts as the agent's, with no confidence.
            for (Utterance u : utterances) u.roleConfidence = 0.0;
        }
        utterances.sort(Comparator.comparingLong(u -> u.startMs));
        call.utterances = utterances;
        call.asr = vosk == null ? "none" : "vosk:" + java.nio.file.Path.of(modelFolder).getFileName();
        call.audio = null;
    }

    static String[] channelRoles(PcmAudio audio, String agentChannel) {
        if (audio.channels.length == 1) return new String[] {Speaker.AGENT};
        return "right".equals(agentChannel)
                ? new String[] {Speaker.CUSTOMER, Speaker.AGENT}
                : new String[] {Speaker.AGENT, Speaker.CUSTOMER};
    }
}
