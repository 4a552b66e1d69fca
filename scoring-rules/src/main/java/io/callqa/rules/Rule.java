package io.callqa.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    /** For forbidden rules: an utterance also matches when this text model scores it high enough (unless the query's NOT words are in it); null: words only. */
    public ModelCondition model;
    /**
     * For forbidden rules: an utterance the words match is a finding only when this text model scores
     * it high enough (an escalation word said of a neighbour, in jest or in the past is none); null: words decide.
     */
    public ModelCondition confirm;
    /** A forbidden rule fires only when its query matches in at least this many utterances. */
    public int minCount = 1;
    /*
     * Reference conditions; each is a list of alternatives (any of them counts).
     * when: the rule applies only if one matched somewhere in the call (a product was recommended);
     * unless: no finding if one matched somewhere (a warm transfer), or, with within, near the utterance
     *         (for a required rule with before: near the point it was due);
     * after: only utterances after the count-th match (after the customer refused twice);
     * before: only utterances before the first match (following the after point, if both are given);
     *         on a forbidden rule with both, each later after point opens the scope again until the next before.
     */
    public List<Reference> when = new ArrayList<>();
    public List<Reference> unless = new ArrayList<>();
    public List<Reference> after = new ArrayList<>();
    public List<Reference> before = new ArrayList<>();
    /** Phrases also match what sounds the same (pinyin), for ASR homophone errors. */
    public boolean homophones;
    /** Phrase → its synonym group (the phrase included), when the rule opts into synonyms. */
    public HashMap<String, List<String>> synonyms = new HashMap<>();
    /** Customer-side rules flag the call for review without deducting from the agent. */
    public boolean flag;
    /** The regulation or standard clause the rule implements. */
    public String basis = "";
    public String packName;
    public String packVersion;
    public List<String> positiveExamples = new ArrayList<>();
    public List<String> negativeExamples = new ArrayList<>();

    /** The reference conditions that are given, by name (when, unless, after, before). */
    public Map<String, List<Reference>> references() {
        Map<String, List<Reference>> refs = new LinkedHashMap<>();
        if (!when.isEmpty()) refs.put("when", when);
        if (!unless.isEmpty()) refs.put("unless", unless);
        if (!after.isEmpty()) refs.put("after", after);
        if (!before.isEmpty()) refs.put("before", before);
        return refs;
    }

    /** The options a reference's query is matched with: the rule's, unless the reference sets homophones itself. */
    public Rule optionsFor(Reference ref) {
        if (ref.homophones == null || ref.homophones == homophones) return this;
        Rule options = new Rule();
        options.synonyms = synonyms;
        options.homophones = ref.homophones;
        return options;
    }

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

    /** A condition other parts of a rule refer to: a query said by a speaker, counted. */
    public static class Reference implements Serializable {
        public String query;
        public String speaker = "any";
        public int count = 1;
        /** Sound-alike matching for this condition; null: as the rule says. Short cues (是我) sound like too much else (事我). */
        public Boolean homophones;
        /** For unless: excuses only a finding within this many seconds of it (a forbidden utterance, or the point a required one was due); null: anywhere in the call. */
        public Integer withinSeconds;
        /**
         * For unless: counts only when said no later than the turn where the rule's when first matched.
         * A customer who opens about a product they hold (it lost money, the policy pays out when?) makes
         * a service call; one who brings it up against the agent's pitch does not.
         */
        public boolean beforeWhen;
        /**
         * For unless: the excuse lapses when this is said after it. A service call about a product
         * already held stops being one when the agent goes on to pitch a new product (最近出了一款).
         */
        public String until;
        /**
         * A turn counts only as an answer to the other party's last turn before it, when that turn
         * matches replyTo, or does not match notReplyTo: 对 answering 请问是王先生本人吗 confirms the
         * cardholder; four digits answering 卡尾号是多少 name a card, not the caller. null: any turn.
         */
        public String replyTo;
        public String notReplyTo;

        public boolean speakerMatches(String role) {
            return "any".equals(speaker) || speaker.equals(role);
        }
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
