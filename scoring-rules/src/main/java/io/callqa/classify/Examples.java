package io.callqa.classify;

import java.util.List;

/** Labelled texts: labels index into a list of class names. */
public record Examples(List<String> texts, int[] labels) {}
