package io.callqa.review;

import static io.callqa.review.Page.esc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Precision per rule from the reviewers' verdicts: rules with many false positives are the ones to fix. */
final class RulePrecisionPage {
    private RulePrecisionPage() {}

    static String render(ReviewLake lake, ReviewBook book) throws Exception {
        Map<String, int[]> reviewed = new HashMap<>(); // rule → {confirmed, false positive}
        book.allVerdicts().values().forEach(byTarget -> byTarget.forEach((target, v) -> {
            reviewed.computeIfAbsent(CallPage.ruleOf(target), k -> new int[2])[v.verdict().equals(ReviewBook.CONFIRMED) ? 0 : 1]++;
        }));
        List<Map<String, String>> rules = lake.rows("SELECT rule_id, any_value(rule_name) AS rule_name, any_value(category) AS category,"
                + " count(*) AS hits, count(DISTINCT call_id) AS calls FROM rule_hits GROUP BY rule_id ORDER BY rule_id");
        rules.sort((a, b) -> Double.compare(precision(reviewed.get(a.get("rule_id"))), precision(reviewed.get(b.get("rule_id")))));
        StringBuilder b = new StringBuilder("<p class=\"hint\">准确率 = 确认 ÷（确认 + 误报），只计已复核的命中；从低到高排列。</p>"
                + "<table id=\"precision\"><tr><th>规则</th><th>名称</th><th>类别</th><th>命中</th><th>通话</th><th>确认</th><th>误报</th><th>准确率</th></tr>");
        for (Map<String, String> r : rules) {
            int[] v = reviewed.getOrDefault(r.get("rule_id"), new int[2]);
            double p = precision(v);
            b.append("<tr><td>").append(esc(r.get("rule_id"))).append("</td><td>").append(esc(r.get("rule_name"))).append("</td><td>")
                    .append(esc(r.get("category"))).append("</td><td>").append(esc(r.get("hits"))).append("</td><td>").append(esc(r.get("calls")))
                    .append("</td><td>").append(v[0]).append("</td><td>").append(v[1]).append("</td><td>")
                    .append(Double.isNaN(p) ? "—" : String.format("%.0f%%", 100 * p)).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private static double precision(int[] v) {
        return v == null || v[0] + v[1] == 0 ? Double.NaN : (double) v[0] / (v[0] + v[1]);
    }
}
