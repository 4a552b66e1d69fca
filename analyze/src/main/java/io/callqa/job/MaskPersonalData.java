package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.call.Word;
import io.callqa.privacy.OriginalSealer;
import io.callqa.privacy.PersonalDataMasker;
import io.callqa.rules.SpokenNumbers;
import java.util.List;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Masks personal data in every utterance before anything is scored or written: rules, evidence
 * and the lake only ever see [卡号], [手机号] …. A number the recogniser cut at a pause runs on into
 * the speaker's next turn, so such pairs are masked together. Word-level tokens of a masked
 * utterance lose their digits too. The lake keeps no reversible form unless a sealing key is set.
 */
public class MaskPersonalData implements MapFunction<Call, Call> {
    /** A number continues into the same speaker's next turn only across a short pause. */
    static final long CONTINUATION_GAP_MS = 5_000;
    private final OriginalSealer sealer;

    /** @param sealer keeps an encrypted original of each masked utterance; null (the default) keeps none */
    public MaskPersonalData(OriginalSealer sealer) {
        this.sealer = sealer;
    }

    @Override
    public Call map(Call call) {
        List<Utterance> us = call.utterances;
        String[] masked = new String[us.size()];
        for (int i = 0; i < us.size(); i++) masked[i] = us.get(i).text == null ? "" : us.get(i).text;
        for (int i = 0; i < us.size(); i++) {
            int next = nextOfSameSpeaker(us, i);
            if (next >= 0 && PersonalDataMasker.numberMayContinue(masked[i], masked[next])) {
                String[] both = PersonalDataMasker.maskAcross(masked[i], masked[next]);
                masked[i] = both[0];
                masked[next] = both[1];
            } else {
                masked[i] = PersonalDataMasker.mask(masked[i]);
            }
        }
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            if (masked[i].equals(u.text)) continue;
            if (sealer != null) u.sealedOriginal = sealer.seal(u.text);
            u.text = masked[i];
            for (Word w : u.words) if (w.w.chars().anyMatch(c -> SpokenNumbers.isDigit((char) c))) w.w = "*";
        }
        return call;
    }

    private static int nextOfSameSpeaker(List<Utterance> us, int i) {
        for (int j = i + 1; j < us.size(); j++) {
            if (!us.get(j).speaker.equals(us.get(i).speaker)) continue;
            return us.get(j).startMs - us.get(i).endMs <= CONTINUATION_GAP_MS ? j : -1;
        }
        return -1;
    }
}
