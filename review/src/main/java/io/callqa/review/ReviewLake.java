package io.callqa.review;

import io.callqa.lake.LakeLocation;
import io.callqa.lake.LakeQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lake as the review app reads it: calls for the queue, one call's findings and transcript.
 * Every query binds its values as parameters. The connection is renewed every half minute, which
 * also picks up tables that appeared (and, for a bucket lake, refreshes its local mirror).
 */
public final class ReviewLake implements AutoCloseable {
    private static final long RENEW_MS = 30_000;

    private final LakeLocation location;
    private LakeQuery query;
    private long openedAt;

    public ReviewLake(LakeLocation location) {
        this.location = location;
    }

    /** Rows as column → text maps. */
    public synchronized List<Map<String, String>> rows(String sql, Object... params) throws Exception {
        if (query == null || System.currentTimeMillis() - openedAt > RENEW_MS) {
            if (query != null) query.close();
            query = new LakeQuery(location.forQuery());
            openedAt = System.currentTimeMillis();
        }
        List<List<String>> table = query.run(sql, params);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : table.subList(1, table.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) row.put(table.get(0).get(i), r.get(i));
            out.add(row);
        }
        return out;
    }

    public Map<String, String> call(String callId) throws Exception {
        List<Map<String, String>> r = rows("SELECT * FROM calls WHERE call_id = ?", callId);
        return r.isEmpty() ? null : r.get(0);
    }

    public List<Map<String, String>> hits(String callId) throws Exception {
        return rows("SELECT * FROM rule_hits WHERE call_id = ? ORDER BY start_ms, rule_id", callId);
    }

    public List<Map<String, String>> utterances(String callId) throws Exception {
        return rows("SELECT * FROM utterances WHERE call_id = ? ORDER BY seq", callId);
    }

    public LakeLocation location() {
        return location;
    }

    @Override
    public synchronized void close() throws Exception {
        if (query != null) query.close();
    }
}
