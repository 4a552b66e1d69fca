package io.callqa.review;

import static io.callqa.review.Page.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The compliance officers' audit search: transcript text in the rule language (words, "exact
 * phrases", AND/OR/NOT, "A B"~N), with filters for dates, business line, and a category found or
 * not found on the call; matched words highlighted; results exportable as CSV for Excel.
 */
final class SearchPage {
    static final int LIMIT = 1000;

    /** A search as the form sends it. */
    record Search(String q, String from, String to, String businessLine, String found, String missing) {
        static Search of(Function<String, String> p) {
            return new Search(blank(p.apply("q")), blank(p.apply("from")), blank(p.apply("to")), blank(p.apply("business_line")),
                    blank(p.apply("found")), blank(p.apply("missing")));
        }

        boolean empty() {
            return q == null && found == null && missing == null;
        }

        /** How the search reads in the audit log. */
        String describe() {
            return "q=" + q + " from=" + from + " to=" + to + " business_line=" + businessLine + " found=" + found + " missing=" + missing;
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    private final ReviewLake lake;
    private final TranscriptIndex index;

    SearchPage(ReviewLake lake, TranscriptIndex index) {
        this.lake = lake;
        this.index = index;
    }

    List<Map<String, String>> results(Search s) throws Exception {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (s.q() != null) {
            List<String> ids = index.search(s.q(), LIMIT);
            if (ids.isEmpty()) return List.of();
            where.append(" AND call_id IN (").append("?,".repeat(ids.size() - 1)).append("?)");
            params.addAll(ids);
        }
        if (s.from() != null) { where.append(" AND dt >= ?"); params.add(s.from()); }
        if (s.to() != null) { where.append(" AND dt <= ?"); params.add(s.to()); }
        if (s.businessLine() != null) { where.append(" AND business_line = ?"); params.add(s.businessLine()); }
        if (s.found() != null) { where.append(" AND call_id IN (SELECT call_id FROM rule_hits WHERE category = ?)"); params.add(s.found()); }
        if (s.missing() != null) { where.append(" AND call_id NOT IN (SELECT call_id FROM rule_hits WHERE category = ?)"); params.add(s.missing()); }
        return lake.rows("SELECT call_id, dt, business_line, vendor, team, agent_id, qa_score, red_line,"
                + " (SELECT string_agg(DISTINCT category, ' ') FROM rule_hits h WHERE h.call_id = c.call_id) AS categories"
                + " FROM calls c" + where + " ORDER BY dt DESC, call_id LIMIT " + LIMIT, params.toArray());
    }

    String render(Search s, String exportQuery) throws Exception {
        StringBuilder b = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/search\">")
                .append("<label>全文 <input name=\"q\" id=\"q\" size=\"40\" value=\"").append(esc(s.q())).append("\" placeholder='例：\"自己去网点\" OR (保本 AND 收益)'></label>")
                .append(Page.field("from", "开始日期", s.from(), "date")).append(Page.field("to", "结束日期", s.to(), "date"))
                .append(Page.field("business_line", "业务线", s.businessLine(), "text"))
                .append(Page.field("found", "命中类别", s.found(), "text")).append(Page.field("missing", "未命中类别", s.missing(), "text"))
                .append("<button id=\"search\">搜索</button></form>")
                .append("<p class=\"hint\">与规则包相同的查询语法：不加引号的词按 HanLP 分词匹配，\"引号\"内按原字匹配，支持 AND / OR / NOT、括号和 \"甲 乙\"~N 近邻。</p>");
        if (s.empty()) return b.toString();
        List<Map<String, String>> rows = results(s);
        b.append("<p>共 ").append(rows.size()).append(" 通").append(rows.size() >= LIMIT ? "（仅显示前 " + LIMIT + " 通）" : "")
                .append(" · <a id=\"export\" href=\"/search/export?").append(esc(exportQuery)).append("\">导出 CSV（Excel）</a></p>")
                .append("<table id=\"results\"><tr><th>通话</th><th>日期</th><th>业务线</th><th>班组 / 坐席</th><th>得分</th><th>命中类别</th><th>匹配内容</th></tr>");
        int shown = 0;
        for (Map<String, String> r : rows) {
            b.append("<tr><td><a href=\"/calls/").append(esc(r.get("call_id"))).append("\">").append(esc(r.get("call_id"))).append("</a></td><td>")
                    .append(esc(r.get("dt"))).append("</td><td>").append(esc(r.get("business_line"))).append("</td><td>").append(esc(r.get("team")))
                    .append(" / ").append(esc(r.get("agent_id"))).append("</td><td>").append("true".equals(r.get("red_line")) ? "红线 0" : esc(r.get("qa_score")))
                    .append("</td><td>").append(esc(r.get("categories"))).append("</td><td>");
            if (s.q() != null && shown++ < 100) {
                for (String snippet : TranscriptIndex.snippets(s.q(), lake.utterances(r.get("call_id")), 3)) b.append("<div class=\"snippet\">").append(snippet).append("</div>");
            }
            b.append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** The results as CSV with a byte-order mark, so Excel opens the Chinese text correctly. */
    String csv(Search s) throws Exception {
        StringBuilder b = new StringBuilder("\uFEFF通话 call_id,日期 dt,业务线 business_line,外包商 vendor,班组 team,坐席 agent_id,得分 qa_score,红线 red_line,命中类别 categories\r\n");
        for (Map<String, String> r : results(s)) {
            b.append(String.join(",", cell(r.get("call_id")), cell(r.get("dt")), cell(r.get("business_line")), cell(r.get("vendor")), cell(r.get("team")),
                    cell(r.get("agent_id")), cell(r.get("qa_score")), cell(r.get("red_line")), cell(r.get("categories")))).append("\r\n");
        }
        return b.toString();
    }

    /** A CSV cell, quoted; a leading = + - @ is defused so Excel never runs it as a formula. */
    static String cell(String v) {
        String s = v == null ? "" : v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
