package io.callqa.cli;

import io.callqa.lake.LakeQuery;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

/**
 * {@code callqa query --lake DIR|s3://bucket/prefix [--format table|csv] "SQL"} or {@code --named NAME}: DuckDB SQL
 * over the lake's tables; named queries answer the common questions (named-queries.yaml).
 */
final class QueryCommand {
    static final Set<String> VALUED = Set.of("lake", "format", "named");

    private QueryCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        String format = a.get("format", "table");
        if (!Set.of("table", "csv").contains(format)) throw new Args.UsageException("--format must be table or csv");
        String sql;
        if (a.get("named", null) != null) {
            Map<String, Map<String, String>> named = named();
            Map<String, String> q = named.get(a.get("named", null));
            if (q == null) throw new Args.UsageException("no named query '" + a.get("named", null) + "'; known: " + String.join(", ", named.keySet()));
            if (format.equals("table")) out.println("-- " + q.get("title"));
            sql = q.get("sql");
        } else if (a.positional.size() == 1) {
            sql = a.positional.get(0);
        } else {
            throw new Args.UsageException("query needs one SQL statement in quotes, or --named NAME (" + String.join(", ", named().keySet()) + ")");
        }
        try (LakeQuery q = new LakeQuery(RunCommand.location(a.get("lake", "lake")).forQuery())) {
            var rows = q.run(sql);
            if (format.equals("csv")) TextTable.printCsv(rows, out); else TextTable.print(rows, out);
        }
        return 0;
    }

    /** Name → {title, sql}, in file order. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> named() throws java.io.IOException {
        try (var in = QueryCommand.class.getResourceAsStream("named-queries.yaml")) {
            return (Map<String, Map<String, String>>) new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                    new org.yaml.snakeyaml.LoaderOptions())).load(in);
        }
    }
}
