package io.callqa.review;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' decisions, as the audit log says: verdicts on findings, score overrides, appeals
 * and rulings. The log is the only store; this is its current reading, rebuilt on start. Each call
 * has a version (its count of decisions); a decision made on an older version is refused, so two
 * reviewers never overwrite each other unseen.
 */
public final class ReviewBook {
    public static final String CONFIRMED = "confirmed";
    public static final String FALSE_POSITIVE = "false_positive";

    /** A decision on one finding (target "RULE_ID@START_MS"). */
    public record Verdict(String verdict, String reason, String user, long at) {}

    public record Override(int score, String comment, String user, long at) {}

    /** status: filed, upheld (the finding is overturned) or rejected (it stands). */
    public record Appeal(String target, String reason, String filedBy, long filedAt, String status, String ruling, String ruledBy) {}

    /** Thrown when a decision was made on a call that changed since the reviewer loaded it. */
    public static final class Conflict extends Exception {
        Conflict(String callId) {
            super("通话 " + callId + " 已被他人更新，请刷新后重试 (the call was changed by someone else; reload and try again)");
        }
    }

    private final AuditLog log;
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, Map<String, Verdict>> verdicts = new HashMap<>();
    private final Map<String, Override> overrides = new HashMap<>();
    private final Map<String, Map<String, Appeal>> appeals = new HashMap<>();

    public ReviewBook(AuditLog log) {
        this.log = log;
        for (AuditLog.Entry e : log.entries()) apply(e);
    }

    private void apply(AuditLog.Entry e) {
        switch (e.action()) {
            case "hit_verdict" -> verdicts.computeIfAbsent(e.callId(), k -> new LinkedHashMap<>())
                    .put(e.target(), new Verdict(e.after(), e.note(), e.user(), e.at()));
            case "score_override" -> overrides.put(e.callId(), new Override(Integer.parseInt(e.after()), e.note(), e.user(), e.at()));
            case "appeal_filed" -> appeals.computeIfAbsent(e.callId(), k -> new LinkedHashMap<>())
                    .put(e.target(), new Appeal(e.target(), e.note(), e.user(), e.at(), "filed", null, null));
            case "appeal_ruled" -> {
                Appeal a = appeals.get(e.callId()).get(e.target());
                appeals.get(e.callId()).put(e.target(), new Appeal(a.target(), a.reason(), a.filedBy(), a.filedAt(), e.after(), e.note(), e.user()));
                if (e.after().equals("upheld")) {
                    verdicts.computeIfAbsent(e.callId(), k -> new LinkedHashMap<>())
                            .put(e.target(), new Verdict(FALSE_POSITIVE, "申诉成立 (appeal upheld): " + e.note(), e.user(), e.at()));
                }
            }
            default -> { return; } // views, searches, exports, logins: recorded, not decisions
        }
        versions.merge(e.callId(), 1, Integer::sum);
    }

    public synchronized int version(String callId) {
        return versions.getOrDefault(callId, 0);
    }

    public synchronized Map<String, Verdict> verdicts(String callId) {
        return Map.copyOf(verdicts.getOrDefault(callId, Map.of()));
    }

    public synchronized Override override(String callId) {
        return overrides.get(callId);
    }

    public synchronized Map<String, Appeal> appeals(String callId) {
        return Map.copyOf(appeals.getOrDefault(callId, Map.of()));
    }

    /** Every call's verdicts (call id → target → verdict), for the lake's reviews table. */
    public synchronized Map<String, Map<String, Verdict>> allVerdicts() {
        Map<String, Map<String, Verdict>> copy = new HashMap<>();
        verdicts.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return copy;
    }

    /** Records a decision if the call is still at {@code expectedVersion}. */
    public synchronized AuditLog.Entry decide(Users.User by, int expectedVersion, String action, String callId, String target,
                                              String before, String after, String note) throws IOException, Conflict {
        if (version(callId) != expectedVersion) throw new Conflict(callId);
        AuditLog.Entry e = log.append(by.name(), by.role().name().toLowerCase(), action, callId, target, before, after, note);
        apply(e);
        return e;
    }

    /** Records what is not a decision (a view, a search, an export, a sign-in). */
    public AuditLog.Entry record(String user, String role, String action, String callId, String target, String note) throws IOException {
        return log.append(user, role, action, callId, target, null, null, note);
    }

    public List<AuditLog.Entry> history() {
        return log.entries();
    }
}
