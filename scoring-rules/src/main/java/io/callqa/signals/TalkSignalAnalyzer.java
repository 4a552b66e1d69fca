package io.callqa.signals;

import io.callqa.call.Utterance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Computes {@link TalkSignals} from utterance timings; the same code serves audio and transcript calls. */
public final class TalkSignalAnalyzer {
    /** Hold announcements that excuse a following silence (qa-standard.md dead_air); matched with ASR's word spaces removed. */
    static final Pattern HOLD = Pattern.compile("稍等|稍候|不要挂|别挂|勿挂|帮您查询|帮您查一下|等一下|等我一下|在线等");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * A hold is announced at the end of a turn (…请您稍等，不要挂机): an agent who says 您稍等我看一下 and
     * then gives the answer in the same turn has come back already. Only the turn's last characters count.
     */
    static final int HOLD_TAIL_CHARS = 24;
    static final long HOLD_LIMIT_MS = 60_000;
    /** A pause after a hold announcement counts as a hold from this length on. */
    static final long HOLD_MIN_MS = 3_000;
    /** Speech rate is only judged on this much speaking time (qa-standard.md speech_rate). */
    static final long RATE_MIN_TALK_MS = 30_000;
    /** Pauses shorter than this keep a speaker's turn going. */
    static final long TURN_PAUSE_MS = 500;
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
        responseLatency(byStart, s);
        s.agentCharsPerMin = charsPerMinute(byStart, true);
        s.customerCharsPerMin = charsPerMinute(byStart, false);
        return s;
    }

    /** Gaps in the union of all speech, between the first and last utterance. */
    private static void silence(List<Utterance> byStart, TalkSignals s) {
        long coveredUntil = -1;
        // The agent's last turn announced a hold. What the customer says meanwhile (好, 你快点儿啊) leaves it
        // announced: the agent is still away; only the agent's next turn ends it.
        boolean holdPending = false;
        for (Utterance u : byStart) {
            if (coveredUntil >= 0 && u.startMs > coveredUntil) {
                long gap = u.startMs - coveredUntil;
                s.silenceMs += gap;
                if (gap > s.maxSilenceMs) {
                    s.maxSilenceMs = gap;
                    s.maxSilenceStartMs = coveredUntil;
                }
                boolean announced = holdPending;
                if (announced && gap >= HOLD_MIN_MS) {
                    s.holdCount++;
                    s.holdMs += gap;
                }
                boolean announcedHold = announced && gap < HOLD_LIMIT_MS;
                if (!announcedHold && gap > s.maxDeadAirMs) {
                    s.maxDeadAirMs = gap;
                    s.maxDeadAirStartMs = coveredUntil;
                }
            }
            coveredUntil = Math.max(coveredUntil, u.endMs);
            if (u.isAgent()) holdPending = announcesHold(u.text);
        }
    }

    private static boolean announcesHold(String text) {
        if (text == null) return false;
        String t = WHITESPACE.matcher(text).replaceAll("");
        return HOLD.matcher(t.substring(Math.max(0, t.length() - HOLD_TAIL_CHARS))).find();
    }

    /** For each customer turn the agent answers (next speaker is the agent, no overlap): the gap before the answer. */
    private static void responseLatency(List<Utterance> byStart, TalkSignals s) {
        long total = 0;
        int n = 0;
        for (int i = 0; i + 1 < byStart.size(); i++) {
            Utterance c = byStart.get(i);
            Utterance next = byStart.get(i + 1);
            if (c.isAgent() || !next.isAgent() || next.startMs < c.endMs) continue;
            long gap = next.startMs - c.endMs;
            total += gap;
            n++;
            s.responseLatencyMaxMs = Math.max(s.responseLatencyMaxMs, gap);
        }
        s.responseLatencyAvgMs = n == 0 ? 0 : total / n;
    }

    /**
     * Mandarin is one syllable per character: characters (letters and digits) per minute of the
     * role's speech, counted in the text, or acoustically (syllable nuclei) where there is no text.
     */
    private static double charsPerMinute(List<Utterance> us, boolean agent) {
        long chars = 0;
        long ms = 0;
        for (Utterance u : us) {
            if (u.isAgent() != agent) continue;
            long units = u.text == null ? 0 : u.text.codePoints().filter(Character::isLetterOrDigit).count();
            if (units == 0 && u.syllables >= 0) units = u.syllables;
            if (units == 0) continue;
            ms += u.durationMs();
            chars += units;
        }
        return chars == 0 || ms < RATE_MIN_TALK_MS ? -1 : chars * 60_000.0 / ms;
    }

    /**
     * The agent starts while the customer is speaking and both go on for at least talkOverMinMs.
     * The agent's turn runs on over pauses shorter than TURN_PAUSE_MS (a digit string, a breath),
     * which voice activity splits into separate segments.
     */
    private void talkOver(List<Utterance> byStart, TalkSignals s) {
        for (int a = 0; a < byStart.size(); a++) {
            Utterance agent = byStart.get(a);
            if (!agent.isAgent()) continue;
            long turnEnd = agentTurnEnd(byStart, a);
            for (Utterance customer : byStart) {
                if (customer.isAgent() || customer.startMs >= agent.startMs) continue;
                if (customer.endMs <= agent.startMs) continue;
                long overlap = Math.min(customer.endMs, turnEnd) - agent.startMs;
                if (overlap >= talkOverMinMs) {
                    s.talkOverCount++;
                    s.talkOverMs += overlap;
                    break;
                }
            }
        }
    }

    private static long agentTurnEnd(List<Utterance> byStart, int first) {
        long end = byStart.get(first).endMs;
        for (int i = first + 1; i < byStart.size(); i++) {
            Utterance u = byStart.get(i);
            if (!u.isAgent()) continue;
            if (u.startMs - end >= TURN_PAUSE_MS) break;
            end = Math.max(end, u.endMs);
        }
        return end;
    }
}
