package io.callqa.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Acoustic speech rate against the truth Mandarin gives for free: one character per syllable.
 * True rate = reference characters / speaking time; estimate = syllable nuclei / the same time.
 */
class SyllableNucleiTest {
    static final double BAR_PERCENT = 15.0;

    @Test
    void acousticRateIsWithin15PercentOnAll300AishellClips() {
        Map<String, String> texts = SharedAudio.aishellTranscripts();
        assertEquals(300, texts.size());
        double mape = meanAbsolutePercentError(texts, false);
        System.out.printf("acoustic speech rate MAPE over %d AISHELL clips (16 kHz PCM): %.1f%%%n", texts.size(), mape);
        assertTrue(mape <= BAR_PERCENT, "MAPE " + mape);
    }

    @Test
    void acousticRateHoldsOnThe8kMuLawTelephoneCopies() {
        Map<String, String> texts = SharedAudio.aishellTranscripts();
        texts.keySet().removeIf(id -> SharedAudio.telephone(id) == null);
        assertTrue(texts.size() >= 20, "telephone copies with transcripts: " + texts.size());
        double mape = meanAbsolutePercentError(texts, true);
        System.out.printf("acoustic speech rate MAPE over %d telephone copies (8 kHz mu-law): %.1f%%%n", texts.size(), mape);
        assertTrue(mape <= BAR_PERCENT, "MAPE " + mape);
    }

    @Test
    void acousticRateHoldsOnTelephoneCopiesOfAll300Clips() {
        Map<String, String> texts = SharedAudio.aishellTranscripts();
        double sum = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            PcmAudio a = SharedAudio.decode(e.getKey(), TestWavs.telephone(SharedAudio.aishell(e.getKey())));
            sum += absolutePercentError(a, e.getValue());
        }
        double mape = sum / texts.size();
        System.out.printf("acoustic speech rate MAPE over %d clips made into 8 kHz mu-law telephone copies: %.1f%%%n", texts.size(), mape);
        assertTrue(mape <= BAR_PERCENT, "MAPE " + mape);
    }

    @Test
    void silenceHasNoSyllables() {
        float[] quiet = new float[16000 * 2];
        assertEquals(0, SyllableNuclei.perSegment(quiet, 16000, List.of(new SpeechSegment(0, 2000)))[0]);
    }

    private static double meanAbsolutePercentError(Map<String, String> texts, boolean telephone) {
        double sum = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            PcmAudio a = telephone ? SharedAudio.telephone(e.getKey()) : SharedAudio.aishell(e.getKey());
            sum += absolutePercentError(a, e.getValue());
        }
        return sum / texts.size();
    }

    private static double absolutePercentError(PcmAudio a, String text) {
        List<SpeechSegment> speech = new EnergyVad().segments(a.channels[0], a.sampleRate);
        double minutes = speech.stream().mapToLong(SpeechSegment::durationMs).sum() / 60000.0;
        double truth = text.codePoints().filter(Character::isLetterOrDigit).count() / minutes;
        double estimate = IntStream.of(SyllableNuclei.perSegment(a.channels[0], a.sampleRate, speech)).sum() / minutes;
        return 100 * Math.abs(estimate - truth) / truth;
    }
}
