package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.emotion.EmotionAnalyzer;
import java.nio.file.Path;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/** Emotion, sentiment and offensive language per utterance (after masking, before the rules that use them). */
public class DetectEmotion extends RichMapFunction<Call, Call> {
    private final String modelDir;
    private transient EmotionAnalyzer analyzer;

    /** @param modelDir a folder built by {@code callqa emotion train} */
    public DetectEmotion(String modelDir) {
        this.modelDir = modelDir;
    }

    @Override
    public void open(OpenContext ctx) {
        analyzer = EmotionAnalyzer.load(Path.of(modelDir));
    }

    @Override
    public Call map(Call call) {
        for (Utterance u : call.utterances) analyzer.analyze(u);
        return call;
    }
}
