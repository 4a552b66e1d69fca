package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.voc.TopicModel;
import io.callqa.voc.TopicTaxonomy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * The call's VOC topic from what the customer said: a trained topic model if one is given, else
 * one learnt from the taxonomy's examples when the job starts. Below the confidence floor the call
 * gets no topic rather than a guess.
 */
public class AssignTopic extends RichMapFunction<Call, Call> {
    static final double MIN_PROBABILITY = 0.35;
    private final String modelDir;
    private final String taxonomy;
    private transient TopicModel model;

    /** @param modelDir a model from {@code callqa topics train}, or null to learn from the taxonomy */
    public AssignTopic(String modelDir, String taxonomy) {
        this.modelDir = modelDir;
        this.taxonomy = taxonomy;
    }

    @Override
    public void open(OpenContext ctx) throws Exception {
        model = modelDir != null ? TopicModel.load(Path.of(modelDir)) : TopicModel.fit(TopicTaxonomy.examples(Path.of(taxonomy)));
    }

    @Override
    public Call map(Call call) {
        StringBuilder customer = new StringBuilder();
        for (Utterance u : call.utterances) if (!u.isAgent() && u.text != null) customer.append(u.text).append('。');
        if (customer.length() == 0) return call;
        Map.Entry<String, Double> t = model.topic(customer.toString());
        call.topics = t.getValue() >= MIN_PROBABILITY ? List.of(t.getKey()) : List.of();
        return call;
    }
}
