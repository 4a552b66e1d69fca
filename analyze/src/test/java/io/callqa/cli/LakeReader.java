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
}
