package io.callqa.cli;

import java.io.PrintStream;
import java.util.List;

/** Prints query results as an aligned table (Chinese characters count two columns) or as CSV. */
final class TextTable {
    private TextTable() {}

    static void print(List<List<String>> rows, PrintStream out) {
        if (rows.isEmpty()) return;
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], Math.min(60, displayWidth(r.get(i))));
        for (int n = 0; n < rows.size(); n++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String cell = clip(rows.get(n).get(i), 60);
                line.append(i == 0 ? "" : " | ").append(cell).append(" ".repeat(width[i] - displayWidth(cell)));
            }
            out.println(line.toString().stripTrailing());
            if (n == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < cols; i++) rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
                out.println(rule);
            }
        }
        out.println("(" + (rows.size() - 1) + " 行 rows)");
    }

    static void printCsv(List<List<String>> rows, PrintStream out) {
        for (List<String> r : rows) {
            out.println(String.join(",", r.stream().map(TextTable::csvCell).toList()));
        }
    }

    private static String csvCell(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x1100 && isWide(s.charAt(i)) ? 2 : 1;
        return w;
    }

    private static boolean isWide(char c) {
        return (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    private static String clip(String s, int max) {
        if (displayWidth(s) <= max) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && displayWidth(b.toString()) < max - 2; i++) b.append(s.charAt(i));
        return b + "…";
    }
}
