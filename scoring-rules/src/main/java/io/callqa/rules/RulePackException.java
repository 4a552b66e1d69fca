package io.callqa.rules;

import java.util.List;

/** A rule pack that cannot be used; every problem names the file and the field. */
public class RulePackException extends Exception {
    public final List<String> problems;

    public RulePackException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }
}
