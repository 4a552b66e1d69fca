package io.callqa.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One QA rule as written in a rule pack. See scoring-rules/README.md for the language. */
public class Rule implements Serializable {
    public enum Type { FORBIDDEN, REQUIRED, SIGNAL }

    public String id;
    public String name;
    public String category;
    /** red_line (一票否决), major or minor. */
    public String severity;
    public int deduction;
    public List<String> businessLines = new ArrayList<>();
    /** inbound, outbound or any. */
    public String direction = "any";
    /** agent, customer or any. */
    public String speaker = "any";
    public Type type;
    /** Lucene query over HanLP words, for forbidden and required rules. */
    public String query;
    public Window window = new Window();
    /** For signal rules, e.g. "max_silence_ms > 15000". */
    public SignalCondition signal;
    /** Customer-side rules flag the call for review without deducting from the agent. */
    public boolean flag;
    /** The regulation or standard clause the rule implements. */
    public String basis = "";
    public String packName;
    public String packVersion;
    public List<String> positiveExamples = new ArrayList<>();
    public List<String> negativeExamples = new ArrayList<>();

    public boolean isRedLine() {
        return "red_line".equals(severity);
    }

    public boolean appliesTo(String businessLine, String callDirection) {
        return (businessLines.isEmpty() || businessLines.contains(businessLine))
                && ("any".equals(direction) || direction.equals(callDirection));
    }

    public boolean speakerMatches(String role) {
        return "any".equals(speaker) || speaker.equals(role);
    }

    /** Where in the call a rule looks; unset bounds mean the whole call. */
    public static class Window implements Serializable {
        public Integer firstSeconds;
        public Integer lastSeconds;
        public Integer firstUtterances;
        public Integer lastUtterances;

        public boolean isWholeCall() {
            return firstSeconds == null && lastSeconds == null && firstUtterances == null && lastUtterances == null;
        }
    }
}
