package io.callqa.signals;

import io.callqa.call.Utterance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Computes {@link TalkSignals} from utterance timings; the same code serves audio and transcript calls. */
public final class TalkSignalAnalyzer {
    /** Hold announcements that excuse a following silence (qa-standard.md dead_air). */
    static final Pattern HOLD = Pattern.compile("稍等|稍候|请不要挂机|请勿挂机|不要挂断|帮您查询|帮您查一下|等一下");
    static final long HOLD_LIMIT_MS = 60_000;
    private final long talkOverMinMs;

    public TalkSignalAnalyzer() {
        this(1000);
    }

    public TalkSignalAnalyzer(long talkOverMinMs) {
        this.talkOverMinMs = talkOverMinMs;
    }

    public TalkSignals analyze(List<Utterance> utterances, long durationMs) {
        TalkSignals s = new TalkSignals();
        s.durationMs = durationMs;
        List<Utterance> byStart = new ArrayList<>(utterances);
        byStart.sort(Comparator.comparingLong(u -> u.startMs));
        for (Utterance u : byStart) {
            if (u.isAgent()) s.agentTalkMs += u.durationMs(); else s.customerTalkMs += u.durationMs();
        }
        silence(byStart, s);
        talkOver(byStart, s);
        return s;
    }

    /** Gaps in the union of all speech, between the first and last utterance. */
    private static void silence(List<Utterance> byStart, TalkSignals s) {
        long coveredUntil = -1;
        Utterance lastAgent = null;
        for (Utterance u : byStart) {
            if (coveredUntil >= 0 && u.startMs > coveredUntil) {
                long gap = u.startMs - coveredUntil;
                s.silenceMs += gap;
                if (gap > s.maxSilenceMs) {
                    s.maxSilenceMs = gap;
                    s.maxSilenceStartMs = coveredUntil;
                }
                boolean announcedHold = lastAgent != null && HOLD.matcher(lastAgent.text).find() && gap < HOLD_LIMIT_MS;
                if (!announcedHold && gap > s.maxDeadAirMs) {
                    s.maxDeadAirMs = gap;
                    s.maxDeadAirStartMs = coveredUntil;
                }
            }
            coveredUntil = Math.max(coveredUntil, u.endMs);
            if (u.isAgent()) lastAgent = u;
        }
    }

    private void talkOver(List<Utterance> byStart, TalkSignals s) {
        for (Utterance agent : byStart) {
            if (!agent.isAgent()) continue;
            for (Utterance customer : byStart) {
                if (customer.isAgent() || customer.startMs >= agent.startMs) continue;
                if (customer.endMs <= agent.startMs) continue;
                long overlap = Math.min(customer.endMs, agent.endMs) - agent.startMs;
                if (overlap >= talkOverMinMs) {
                    s.talkOverCount++;
                    s.talkOverMs += overlap;
                    break;
                }
            }
        }
    }
}
