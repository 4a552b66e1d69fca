package io.callqa.job;

import io.callqa.call.Utterance;
import io.callqa.lake.UtteranceRow;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** The utterances rows of a scored call, numbered in time order. */
public class ToUtteranceRows implements FlatMapFunction<ScoredCall, UtteranceRow> {
    @Override
    public void flatMap(ScoredCall s, Collector<UtteranceRow> out) {
        int seq = 0;
        for (Utterance u : s.call.utterances) {
            UtteranceRow r = new UtteranceRow();
            r.callId = s.call.meta.callId;
            r.date = s.call.meta.startDate();
            r.seq = seq++;
            r.speaker = u.speaker;
            r.startMs = u.startMs;
            r.endMs = u.endMs;
            r.text = u.text;
            r.roleConfidence = u.roleConfidence;
            r.emotion = u.emotion;
            r.sentiment = u.sentiment;
            r.emotionEvidence = u.emotionEvidence;
            r.abusive = u.abusive;
            r.abuseScore = u.abuseScore;
            r.arousal = u.arousal;
            r.sealedOriginal = u.sealedOriginal;
            out.collect(r);
        }
    }
}
