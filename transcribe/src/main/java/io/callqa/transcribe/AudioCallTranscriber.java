package io.callqa.transcribe;

import io.callqa.call.Call;
import io.callqa.call.Speaker;
import io.callqa.call.Utterance;
import io.callqa.ingest.InputRejectedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audio path in one place: decode, assign channels to roles, find speech per channel, then
 * either recognise it with Vosk or (signal-only) keep the speech segments as text-less utterances
 * with their acoustic syllable counts. Mono recordings get their roles inferred per turn; every
 * turn gets its acoustic arousal against its speaker's baseline.
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
            List<Utterance> channel = new ArrayList<>();
            List<SpeechSegment> speech = vad.segments(audio.channels[c], audio.sampleRate);
            if (vosk != null) {
                channel.addAll(vosk.transcribe(forAsr, c, speech, roles[c]));
            } else {
                int[] syllables = SyllableNuclei.perSegment(audio.channels[c], audio.sampleRate, speech);
                for (int i = 0; i < speech.size(); i++) {
                    Utterance u = new Utterance(roles[c], speech.get(i).startMs(), speech.get(i).endMs(), "");
                    u.syllables = syllables[i];
                    channel.add(u);
                }
            }
            if (audio.channels.length == 1) {
                inferRoles(audio, channel, call.meta.direction);
                for (String role : List.of(Speaker.AGENT, Speaker.CUSTOMER)) {
                    AcousticArousal.measure(audio.channels[c], audio.sampleRate, channel.stream().filter(u -> role.equals(u.speaker)).toList());
                }
            } else {
                AcousticArousal.measure(audio.channels[c], audio.sampleRate, channel);
            }
            utterances.addAll(channel);
        }
        utterances.sort(Comparator.comparingLong(u -> u.startMs));
        call.utterances = utterances;
        call.asr = vosk == null ? "none" : "vosk:" + Path.of(modelFolder).getFileName();
        call.audio = null;
    }

    private static void inferRoles(PcmAudio mono, List<Utterance> turns, String direction) {
        double[] pitch = new double[turns.size()];
        for (int i = 0; i < pitch.length; i++) {
            pitch[i] = PitchTracker.medianHz(mono.channels[0], mono.sampleRate, turns.get(i).startMs, turns.get(i).endMs);
        }
        MonoRoleInference.assign(turns, pitch, direction);
    }

    static String[] channelRoles(PcmAudio audio, String agentChannel) {
        if (audio.channels.length == 1) return new String[] {Speaker.AGENT};
        return "right".equals(agentChannel)
                ? new String[] {Speaker.CUSTOMER, Speaker.AGENT}
                : new String[] {Speaker.AGENT, Speaker.CUSTOMER};
    }
}
