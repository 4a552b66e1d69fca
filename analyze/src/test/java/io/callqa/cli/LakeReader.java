package io.callqa.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads lake Parquet files with plain DuckDB SQL, independently of the project's own query code. */
final class LakeReader {
    private LakeReader() {}

    static List<List<String>> rows(Path lake, String table, String selectFromT) throws Exception {
        String glob = lake.resolve(table) + "/**/*.parquet";
        String sql = selectFromT.replace("{t}", "read_parquet('" + glob + "', hive_partitioning = true)");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(String.valueOf(rs.getObject(i)));
                out.add(row);
            }
            return out;
        }
    }

    static List<String> column(Path lake, String table, String selectFromT) throws Exception {
        return rows(lake, table, selectFromT).stream().map(r -> r.get(0)).toList();
    }

    /** Waits until the lake's calls table has at least {@code atLeast} committed rows; {@code lake} is asked afresh each time. */
    static void awaitCalls(java.util.concurrent.Callable<Path> lake, int atLeast, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            Path dir = lake.call();
            boolean any;
            try (var files = java.nio.file.Files.walk(dir)) {
                any = files.anyMatch(p -> p.toString().contains("/calls/") && p.toString().endsWith(".parquet"));
            } catch (java.io.IOException e) {
                any = false; // no lake folder yet
            }
            if (any && Long.parseLong(column(dir, "calls", "SELECT count(*) FROM {t}").get(0)) >= atLeast) return;
            Thread.sleep(500);
        }
        throw new AssertionError("the job committed fewer than " + atLeast + " calls in " + seconds + " s");
    }
}
