package io.callqa.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The call's 100-point score: each failed rule deducts once; a red-line (一票否决) finding makes it
 * 0 and flags the call; customer-side findings flag without deducting.
 */
public class Scorecard implements Serializable {
    public static final int REVIEW_BELOW = 60;
    public int score;
    public boolean redLine;
    public boolean flagged;
    public List<String> flagReasons = new ArrayList<>();

    public Scorecard() {}

    public static Scorecard of(List<RuleHit> hits) {
        Scorecard card = new Scorecard();
        Set<String> counted = new LinkedHashSet<>();
        int deducted = 0;
        Set<String> reasons = new LinkedHashSet<>();
        for (RuleHit h : hits) {
            if ("red_line".equals(h.severity)) {
                card.redLine = true;
                reasons.add("red_line:" + h.category);
            }
            if (h.flagsCall) reasons.add(h.category);
            if (counted.add(h.ruleId)) deducted += h.deduction;
        }
        card.score = card.redLine ? 0 : Math.max(0, 100 - deducted);
        if (!card.redLine && card.score < REVIEW_BELOW) reasons.add("score_below_" + REVIEW_BELOW);
        card.flagReasons = new ArrayList<>(reasons);
        card.flagged = !reasons.isEmpty();
        return card;
    }
}
