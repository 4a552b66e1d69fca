package io.callqa.review;

import static io.callqa.review.Page.esc;

import java.util.List;
import java.util.Map;

/** The product teams' page: top complaint topics of the latest week and the topic spikes, aggregates only. */
final class VocPage {
    private VocPage() {}

    static String render(ReviewLake lake) throws Exception {
        List<Map<String, String>> top = lake.rows("WITH recent AS (SELECT * FROM calls WHERE start_time > (SELECT max(start_time) FROM calls) - INTERVAL 7 DAY)"
                + " SELECT topic, count(*) AS calls, count(*) FILTER (WHERE complaint) AS complaints"
                + " FROM (SELECT complaint, unnest(topics) AS topic FROM recent) GROUP BY topic ORDER BY complaints DESC, calls DESC LIMIT 10");
        long max = 1;
        for (Map<String, String> r : top) max = Math.max(max, Long.parseLong(r.get("calls")));
        StringBuilder b = new StringBuilder("<section><h2>近7天话题（投诉 / 通话）</h2><div id=\"top-topics\" class=\"bars\">");
        for (Map<String, String> r : top) {
            long calls = Long.parseLong(r.get("calls")), complaints = Long.parseLong(r.get("complaints"));
            b.append("<div class=\"bar\"><span class=\"label\">").append(esc(r.get("topic"))).append("</span><span class=\"track\">")
                    .append("<span class=\"fill\" style=\"width:").append(100 * calls / max).append("%\"></span>")
                    .append("<span class=\"fill complaint\" style=\"width:").append(100 * complaints / max).append("%\"></span></span>")
                    .append("<span class=\"n\">").append(complaints).append(" / ").append(calls).append("</span></div>");
        }
        if (top.isEmpty()) b.append("<p class=\"hint\">无数据</p>");
        b.append("</div></section><section><h2>话题突增</h2><table id=\"spikes\"><tr><th>粒度</th><th>窗口开始</th><th>业务线</th><th>话题</th><th>通话</th><th>预期</th><th>环比</th></tr>");
        for (Map<String, String> r : lake.rows("SELECT granularity, dt, strftime(window_start AT TIME ZONE 'Asia/Shanghai', '%Y-%m-%d %H:%M') AS start,"
                + " business_line, topic, calls, round(expected, 1) AS expected, round(100 * change_vs_prev) AS change FROM topic_trends WHERE spike"
                + " ORDER BY window_start DESC LIMIT 50")) {
            b.append("<tr><td>").append(r.get("granularity").equals("day") ? "日" : "小时").append("</td><td>").append(esc(r.get("start")))
                    .append("</td><td>").append(esc(r.get("business_line"))).append("</td><td>").append(esc(r.get("topic"))).append("</td><td>")
                    .append(esc(r.get("calls"))).append("</td><td>").append(esc(r.get("expected"))).append("</td><td>")
                    .append(r.get("change").isEmpty() ? "—" : esc(r.get("change")) + "%").append("</td></tr>");
        }
        return b.append("</table></section>").toString();
    }
}
