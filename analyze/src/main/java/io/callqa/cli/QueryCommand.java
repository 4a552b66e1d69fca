package io.callqa.cli;

import io.callqa.lake.LakeQuery;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code callqa query --lake DIR [--format table|csv] "SQL"}: DuckDB SQL over the lake's tables. */
final class QueryCommand {
    static final Set<String> VALUED = Set.of("lake", "format");

    private QueryCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        if (a.positional.size() != 1) throw new Args.UsageException("query needs exactly one SQL statement in quotes");
        String format = a.get("format", "table");
        if (!Set.of("table", "csv").contains(format)) throw new Args.UsageException("--format must be table or csv");
        try (LakeQuery q = new LakeQuery(Path.of(a.get("lake", "lake")))) {
            var rows = q.run(a.positional.get(0));
            if (format.equals("csv")) TextTable.printCsv(rows, out); else TextTable.print(rows, out);
        }
        return 0;
    }
}
