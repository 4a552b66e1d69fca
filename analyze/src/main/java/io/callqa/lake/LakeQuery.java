package io.callqa.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;

/**
 * SQL over a local lake with DuckDB: every table is a view over its Parquet files (dt from the
 * folder names), so people write {@code SELECT ... FROM calls}. A table with no files yet is an
 * empty view with the right columns. The view topic_trends holds each trend window's current row.
 */
public final class LakeQuery implements AutoCloseable {
    private final Connection db;

    public LakeQuery(Path lake) throws SQLException, IOException {
        db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = db.createStatement()) {
            for (var t : LakeSchema.TABLES.entrySet()) s.execute(viewSql(lake, t.getKey(), t.getValue()));
            s.execute(TOPIC_TRENDS);
        }
    }

    /** voc_topic_trends keeps every result of a window; topic_trends is the current one (latest revision). */
    static final String TOPIC_TRENDS = "CREATE VIEW topic_trends AS SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER ("
            + "PARTITION BY granularity, window_start, business_line, topic ORDER BY emitted_at DESC, revision DESC) AS rn"
            + " FROM voc_topic_trends) WHERE rn = 1";

    static String viewSql(Path lake, String table, Schema schema) throws IOException {
        Path dir = lake.resolve(table);
        if (hasParquet(dir)) {
            String glob = dir.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet";
            return "CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + glob + "', hive_partitioning = true, union_by_name = true)";
        }
        List<String> cols = new ArrayList<>();
        for (Schema.Field f : schema.getFields()) cols.add("CAST(NULL AS " + duckType(f.schema()) + ") AS " + f.name());
        cols.add("CAST(NULL AS VARCHAR) AS dt");
        return "CREATE VIEW " + table + " AS SELECT " + String.join(", ", cols) + " WHERE false";
    }

    private static boolean hasParquet(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        }
    }

    private static String duckType(Schema s) {
        if (s.getType() == Schema.Type.UNION) s = s.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
        if (s.getLogicalType() != null && s.getLogicalType().getName().startsWith("timestamp")) return "TIMESTAMP WITH TIME ZONE";
        return switch (s.getType()) {
            case STRING -> "VARCHAR";
            case LONG -> "BIGINT";
            case INT -> "INTEGER";
            case BOOLEAN -> "BOOLEAN";
            case DOUBLE -> "DOUBLE";
            case ARRAY -> duckType(s.getElementType()) + "[]";
            default -> throw new IllegalArgumentException("no DuckDB type for " + s);
        };
    }

    /** Runs one statement, with its ? placeholders bound to {@code params} in order; returns the header and rows as text. */
    public List<List<String>> run(String sql, Object... params) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (java.sql.PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            if (!s.execute()) return List.of(List.of("count"), List.of(String.valueOf(s.getUpdateCount())));
            try (ResultSet rs = s.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) header.add(md.getColumnLabel(i));
                rows.add(header);
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.add(v == null ? "" : v instanceof java.sql.Array a ? arrayText(a) : v.toString());
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String arrayText(java.sql.Array a) throws SQLException {
        Object[] items = (Object[]) a.getArray();
        List<String> parts = new ArrayList<>();
        for (Object o : items) parts.add(String.valueOf(o));
        return "[" + String.join(", ", parts) + "]";
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
