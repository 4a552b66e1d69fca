package io.callqa.lake;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the lake already holds, read when a run starts: calls by id and source file, and inputs
 * quarantined for what they are (not for how the job was set up). The lake is the ledger.
 */
public final class LakeLedger {
    public final Map<String, String> callSources = new HashMap<>();
    public final Map<String, Long> quarantinedFiles = new HashMap<>();
    /** The calls of the lake's latest {@link #TREND_DAYS} days, as much as the topic trends need of them (read on request). */
    public final List<CallRow> recentCalls = new ArrayList<>();

    /** A topic's baseline is 7 days; the current day and late revisions need a little more. */
    public static final int TREND_DAYS = 9;

    /** @param withRecentCalls also read {@link #recentCalls}: only a run that starts without checkpoint state needs them */
    public static LakeLedger read(Path lake, boolean withRecentCalls) throws SQLException, IOException {
        LakeLedger ledger = new LakeLedger();
        try (LakeQuery q = new LakeQuery(lake)) {
            List<List<String>> calls = q.run("SELECT call_id, source_file FROM calls");
            for (List<String> r : calls.subList(1, calls.size())) ledger.callSources.put(r.get(0), r.get(1));
            List<List<String>> bad = q.run("SELECT source, max(source_modified_ms) FROM quarantine WHERE NOT retryable GROUP BY source");
            for (List<String> r : bad.subList(1, bad.size())) ledger.quarantinedFiles.put(r.get(0), Long.parseLong(r.get(1)));
            if (!withRecentCalls) return ledger;
            List<List<String>> recent = q.run("SELECT epoch_ms(start_time), business_line, array_to_string(topics, chr(31)), complaint FROM calls"
                    + " WHERE start_time >= (SELECT max(start_time) FROM calls) - INTERVAL " + TREND_DAYS + " DAY");
            for (List<String> r : recent.subList(1, recent.size())) {
                CallRow c = new CallRow();
                c.startTime = Long.parseLong(r.get(0));
                c.businessLine = r.get(1);
                c.topics = r.get(2).isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(r.get(2).split("\u001f")));
                c.complaint = Boolean.parseBoolean(r.get(3));
                c.fromLake = true;
                ledger.recentCalls.add(c);
            }
        }
        return ledger;
    }

    /** Input files whose call is in the lake. */
    public Set<String> doneFiles() {
        return new HashSet<>(callSources.values());
    }
}
