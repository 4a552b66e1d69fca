package io.callqa.rules;

import io.callqa.classify.UtteranceModel;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text model shipped beside the packs (models/NAME.gz) scoring an utterance at or above a
 * threshold: a forbidden rule's second way to match ({@code model: 'rude_agent >= 0.5'}) or what
 * its word matches need to count ({@code confirm: 'escalation >= 0.5'}).
 */
public final class ModelCondition implements Serializable {
    private static final Pattern FORM = Pattern.compile("\\s*([a-z][a-z0-9_]*)\\s*>=\\s*(0(?:\\.\\d+)?|1(?:\\.0+)?)\\s*");
    public final String name;
    public final double threshold;
    UtteranceModel model;

    private ModelCondition(String name, double threshold) {
        this.name = name;
        this.threshold = threshold;
    }

    /** @throws IllegalArgumentException saying what the form is */
    static ModelCondition parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not 'MODEL >= P' (a model name and a probability from 0 to 1, e.g. rude_agent >= 0.5)");
        return new ModelCondition(m.group(1), Double.parseDouble(m.group(2)));
    }

    /** The model's probability that the text is a finding; it holds from the threshold up. */
    double score(String text) {
        return model.score(text == null ? "" : text);
    }

    /** Whether the model scores the text at or above the threshold. */
    boolean holds(String text) {
        return score(text) >= threshold;
    }

    @Override
    public String toString() {
        return name + " >= " + threshold;
    }
}
