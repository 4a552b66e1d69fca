package io.callqa.review;

import static io.callqa.review.Page.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inspectors' queue: flagged calls first (red lines, then complaint escalations, lowest scores,
 * angriest customers), then a calibration sample of unflagged calls at the configured rate. The
 * sample is fixed by a hash of the call id, so every inspector sees the same sample.
 */
final class QueuePage {
    /** Filters from the query string; blank means all. */
    record Filters(String from, String to, String businessLine, String vendor, String team, String agent, String category) {
        static Filters of(java.util.function.Function<String, String> param) {
            return new Filters(param.apply("from"), param.apply("to"), param.apply("business_line"), param.apply("vendor"),
                    param.apply("team"), param.apply("agent"), param.apply("category"));
        }
    }

    private final ReviewLake lake;
    private final double sampleRate;

    QueuePage(ReviewLake lake, double sampleRate) {
        this.lake = lake;
        this.sampleRate = sampleRate;
    }

    List<Map<String, String>> calls(Filters f, Users.User user) throws Exception {
        StringBuilder where = new StringBuilder(" WHERE (flagged OR hash(call_id) % 10000 < ?)");
        List<Object> params = new ArrayList<>(List.of((long) Math.round(sampleRate * 10000)));
        add(where, params, "dt >= ?", f.from());
        add(where, params, "dt <= ?", f.to());
        add(where, params, "business_line = ?", f.businessLine());
        add(where, params, "vendor = ?", f.vendor());
        add(where, params, "team = ?", f.team());
        add(where, params, "agent_id = ?", f.agent());
        add(where, params, "call_id IN (SELECT call_id FROM rule_hits WHERE category = ?)", f.category());
        if (user.role() == Role.SUPERVISOR) add(where, params, "team = ?", user.team()); // a supervisor sees only their team
        return lake.rows("SELECT call_id, dt, start_time_local, business_line, vendor, team, agent_id, qa_score, red_line, flagged,"
                + " flag_reasons, complaint_kinds, customer_angry_utterances, source FROM calls" + where
                + " ORDER BY flagged DESC, red_line DESC, list_contains(complaint_kinds, 'escalation') DESC, qa_score,"
                + " customer_angry_utterances DESC NULLS LAST, start_time DESC LIMIT 500", params.toArray());
    }

    private static void add(StringBuilder where, List<Object> params, String condition, String value) {
        if (value == null || value.isBlank()) return;
        where.append(" AND ").append(condition);
        params.add(value.trim());
    }

    String render(Filters f, Users.User user, ReviewBook book) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("<form class=\"filters\" method=\"get\" action=\"/queue\">")
                .append(Page.field("from", "开始日期", f.from(), "date")).append(Page.field("to", "结束日期", f.to(), "date"))
                .append(Page.field("business_line", "业务线", f.businessLine(), "text")).append(Page.field("vendor", "外包商", f.vendor(), "text"))
                .append(Page.field("team", "班组", f.team(), "text")).append(Page.field("agent", "坐席", f.agent(), "text"))
                .append(Page.field("category", "类别", f.category(), "text"))
                .append("<button>筛选</button></form>");
        List<Map<String, String>> calls = calls(f, user);
        b.append("<p class=\"hint\">先列需复核的通话（红线、投诉升级、低分、客户情绪激动），再列按 ")
                .append(String.format("%.1f%%", sampleRate * 100)).append(" 抽样的未标记通话（校准）。共 ").append(calls.size()).append(" 通。</p>");
        b.append("<table id=\"queue\"><tr><th>通话</th><th>日期</th><th>业务线</th><th>外包商 / 班组 / 坐席</th><th>得分</th><th>标记原因</th><th>复核</th></tr>");
        for (Map<String, String> c : calls) {
            boolean red = "true".equals(c.get("red_line"));
            boolean flagged = "true".equals(c.get("flagged"));
            int decided = book.verdicts(c.get("call_id")).size();
            b.append("<tr class=\"").append(red ? "red" : flagged ? "flagged" : "sample").append("\">")
                    .append("<td><a href=\"/calls/").append(esc(c.get("call_id"))).append("\">").append(esc(c.get("call_id"))).append("</a></td>")
                    .append("<td>").append(esc(c.get("dt"))).append("</td><td>").append(esc(c.get("business_line"))).append("</td>")
                    .append("<td>").append(esc(c.get("vendor"))).append(" / ").append(esc(c.get("team"))).append(" / ").append(esc(c.get("agent_id"))).append("</td>")
                    .append("<td class=\"score\">").append(red ? "<span class=\"badge red\">红线 0</span>" : esc(c.get("qa_score"))).append("</td>")
                    .append("<td>").append(flagged ? esc(c.get("flag_reasons")) : "<span class=\"badge\">抽样校准</span>").append("</td>")
                    .append("<td>").append(decided == 0 ? "待复核" : "已复核 " + decided + " 项").append("</td></tr>");
        }
        return b.append("</table>").toString();
    }
}
