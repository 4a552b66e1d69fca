package io.callqa.lake;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
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

    public static LakeLedger read(Path lake) throws SQLException, IOException {
        LakeLedger ledger = new LakeLedger();
        try (LakeQuery q = new LakeQuery(lake)) {
            List<List<String>> calls = q.run("SELECT call_id, source_file FROM calls");
            for (List<String> r : calls.subList(1, calls.size())) ledger.callSources.put(r.get(0), r.get(1));
            List<List<String>> bad = q.run("SELECT source, max(source_modified_ms) FROM quarantine WHERE NOT retryable GROUP BY source");
            for (List<String> r : bad.subList(1, bad.size())) ledger.quarantinedFiles.put(r.get(0), Long.parseLong(r.get(1)));
        }
        return ledger;
    }

    /** Input files whose call is in the lake. */
    public Set<String> doneFiles() {
        return new HashSet<>(callSources.values());
    }
}
