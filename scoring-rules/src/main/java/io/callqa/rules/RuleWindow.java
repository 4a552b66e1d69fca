package io.callqa.rules;

import io.callqa.call.Utterance;
import java.util.ArrayList;
import java.util.List;

/** The utterances a rule looks at: its speaker's, limited by the rule's window (all bounds apply together). */
final class RuleWindow {
    private RuleWindow() {}

    static List<Integer> indices(Rule r, List<Utterance> us) {
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < us.size(); i++) if (r.speakerMatches(us.get(i).speaker)) own.add(i);
        Rule.Window w = r.window;
        if (w.isWholeCall()) return own;
        long callEnd = us.stream().mapToLong(u -> u.endMs).max().orElse(0);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < own.size(); k++) {
            Utterance u = us.get(own.get(k));
            if (w.firstUtterances != null && k >= w.firstUtterances) continue;
            if (w.lastUtterances != null && k < own.size() - w.lastUtterances) continue;
            if (w.firstSeconds != null && u.startMs > w.firstSeconds * 1000L) continue;
            if (w.lastSeconds != null && u.endMs < callEnd - w.lastSeconds * 1000L) continue;
            out.add(own.get(k));
        }
        return out;
    }
}
