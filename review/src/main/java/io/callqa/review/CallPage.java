package io.callqa.review;

import static io.callqa.review.Page.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call for a reviewer: metadata, the scorecard, the emotion trajectory, the recording, the
 * transcript with every finding's words highlighted, and per finding its explanation and the
 * decisions (verdict, appeal, ruling) the user's role may take.
 */
final class CallPage {
    private CallPage() {}

    /** A finding's key, "RULE_ID@START_MS", as verdicts and appeals name it. */
    static String key(Map<String, String> hit) {
        return hit.get("rule_id") + "@" + hit.get("start_ms");
    }

    static String ruleOf(String key) {
        return key.substring(0, key.lastIndexOf('@'));
    }

    static long startOf(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('@') + 1));
    }

    static String render(Map<String, String> call, List<Map<String, String>> hits, List<Map<String, String>> utterances,
                         ReviewBook book, Users.User user, String message, boolean error) {
        String id = call.get("call_id");
        boolean audio = "audio".equals(call.get("source"));
        StringBuilder b = new StringBuilder(Page.message(message, error));
        b.append("<section class=\"meta\"><table>")
                .append(row("通话", id)).append(row("开始时间", call.get("start_time_local"))).append(row("业务线", call.get("business_line")))
                .append(row("方向", call.get("direction"))).append(row("外包商 / 班组 / 坐席", call.get("vendor") + " / " + call.get("team") + " / " + call.get("agent_id")))
                .append(row("时长", Page.time(call.get("duration_ms")))).append(row("话题", call.get("topics"))).append(row("投诉", call.get("complaint_kinds")))
                .append("</table>");
        ReviewBook.Override o = book.override(id);
        boolean red = "true".equals(call.get("red_line"));
        b.append("<div class=\"scorecard\"><div class=\"big ").append(red ? "red" : "").append("\" id=\"score\">")
                .append(red ? "红线 0 分" : esc(call.get("qa_score")) + " 分").append("</div>");
        if (o != null) b.append("<div class=\"override\">复核改分：").append(o.score()).append(" 分（").append(esc(o.user())).append("：").append(esc(o.comment())).append("）</div>");
        b.append("<ul class=\"deductions\">");
        for (Map<String, String> h : distinctRules(hits)) {
            b.append("<li>").append(esc(h.get("rule_name"))).append(" <span class=\"badge ").append(esc(h.get("severity"))).append("\">")
                    .append(severity(h.get("severity"))).append("</span> −").append(esc(h.get("deduction"))).append("</li>");
        }
        b.append("</ul></div></section>");
        b.append("<section><h2>情绪走势</h2>").append(EmotionChart.svg(utterances)).append("</section>");

        b.append("<section><h2>录音</h2>");
        if (audio) b.append("<audio id=\"audio\" controls preload=\"metadata\" src=\"/calls/").append(esc(id)).append("/audio\"></audio>");
        else b.append("<p class=\"hint\" id=\"no-audio\">本通话仅有转写文本，无录音 (transcript only)。</p>");
        b.append("</section>");

        b.append("<div class=\"columns\"><section class=\"transcript\"><h2>转写</h2>");
        for (Map<String, String> u : utterances) b.append(utterance(u, hits));
        b.append("</section><section class=\"hits\"><h2>命中规则（").append(hits.size()).append("）</h2>");
        int version = book.version(id);
        Map<String, ReviewBook.Verdict> verdicts = book.verdicts(id);
        Map<String, ReviewBook.Appeal> appeals = book.appeals(id);
        for (int i = 0; i < hits.size(); i++) b.append(hitCard(i, id, hits.get(i), verdicts, appeals, user, version, audio));
        if (user.role() == Role.QA_LEAD) {
            b.append("<form method=\"post\" action=\"/calls/").append(esc(id)).append("/override\" class=\"card\"><h3>复核改分</h3>")
                    .append(versionField(version)).append("<label>新得分 <input type=\"number\" name=\"score\" min=\"0\" max=\"100\" required></label>")
                    .append("<label>说明 <input name=\"comment\" required></label><button>保存改分</button></form>");
        }
        return b.append("</section></div>").toString();
    }

    private static String hitCard(int i, String callId, Map<String, String> h, Map<String, ReviewBook.Verdict> verdicts,
                                  Map<String, ReviewBook.Appeal> appeals, Users.User user, int version, boolean audio) {
        String key = key(h);
        StringBuilder b = new StringBuilder("<div class=\"card hit\" id=\"hit-").append(i).append("\" data-key=\"").append(esc(key)).append("\">");
        b.append("<h3>").append(esc(h.get("rule_name"))).append(" <small>").append(esc(h.get("rule_id"))).append(" · ").append(esc(h.get("rule_version")))
                .append("</small></h3><p><span class=\"badge ").append(esc(h.get("severity"))).append("\">").append(severity(h.get("severity")))
                .append("</span> 类别 ").append(esc(h.get("category"))).append(" · 扣 ").append(esc(h.get("deduction"))).append(" 分 · ")
                .append(speaker(h.get("speaker"))).append(" · ").append(Page.time(h.get("start_ms"))).append("</p>")
                .append("<p class=\"evidence\">").append(highlightBrackets(h.get("evidence"))).append("</p>");
        if (audio) b.append("<button type=\"button\" class=\"seek\" data-ms=\"").append(esc(h.get("start_ms"))).append("\">▶ 跳到 ").append(Page.time(h.get("start_ms"))).append("</button>");
        ReviewBook.Verdict v = verdicts.get(key);
        if (v != null) {
            b.append("<p class=\"verdict ").append(esc(v.verdict())).append("\">").append(v.verdict().equals(ReviewBook.CONFIRMED) ? "已确认" : "误报")
                    .append("（").append(esc(v.user())).append(v.reason() == null || v.reason().isBlank() ? "" : "：" + esc(v.reason())).append("）</p>");
        }
        String action = "/calls/" + esc(callId);
        if (user.role() == Role.INSPECTOR || user.role() == Role.QA_LEAD) {
            b.append("<form method=\"post\" action=\"").append(action).append("/verdict\">").append(versionField(version))
                    .append("<input type=\"hidden\" name=\"target\" value=\"").append(esc(key)).append("\">")
                    .append("<input name=\"reason\" placeholder=\"误报原因（误报时必填）\">")
                    .append("<button name=\"verdict\" value=\"confirmed\">确认</button>")
                    .append("<button name=\"verdict\" value=\"false_positive\">误报</button></form>");
        }
        ReviewBook.Appeal a = appeals.get(key);
        if (a != null) {
            b.append("<p class=\"appeal\">申诉（").append(esc(a.filedBy())).append("）：").append(esc(a.reason())).append(" — ")
                    .append(switch (a.status()) { case "upheld" -> "申诉成立"; case "rejected" -> "申诉驳回"; default -> "待裁定"; })
                    .append(a.ruling() == null ? "" : "（" + esc(a.ruledBy()) + "：" + esc(a.ruling()) + "）").append("</p>");
        }
        if (user.role() == Role.SUPERVISOR && a == null) {
            b.append("<form method=\"post\" action=\"").append(action).append("/appeal\">").append(versionField(version))
                    .append("<input type=\"hidden\" name=\"target\" value=\"").append(esc(key)).append("\">")
                    .append("<input name=\"reason\" placeholder=\"申诉理由\" required><button>提交申诉</button></form>");
        }
        if (user.role() == Role.QA_LEAD && a != null && a.status().equals("filed")) {
            b.append("<form method=\"post\" action=\"").append(action).append("/ruling\">").append(versionField(version))
                    .append("<input type=\"hidden\" name=\"target\" value=\"").append(esc(key)).append("\">")
                    .append("<input name=\"ruling\" placeholder=\"裁定说明\" required>")
                    .append("<button name=\"outcome\" value=\"upheld\">申诉成立</button><button name=\"outcome\" value=\"rejected\">驳回申诉</button></form>");
        }
        return b.append("</div>").toString();
    }

    /** One transcript line, with the words of findings said in it marked. */
    private static String utterance(Map<String, String> u, List<Map<String, String>> hits) {
        String text = u.get("text") == null ? "" : u.get("text");
        long start = Long.parseLong(u.get("start_ms")), end = Long.parseLong(u.get("end_ms"));
        List<String> words = new ArrayList<>();
        List<Integer> hitOf = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Map<String, String> h = hits.get(i);
            long hs = Long.parseLong(h.get("start_ms")), he = Long.parseLong(h.get("end_ms"));
            if (hs > end || he < start || h.get("matched") == null) continue;
            for (String w : h.get("matched").split(" ")) if (!w.isBlank()) { words.add(w); hitOf.add(i); }
        }
        StringBuilder out = new StringBuilder();
        if (text == null || text.isEmpty()) out.append("<span class=\"hint\">（语音段，无转写文本）</span>");
        int at = 0;
        while (at < text.length()) {
            int best = -1, bestAt = text.length();
            for (int w = 0; w < words.size(); w++) {
                int p = text.indexOf(words.get(w), at);
                if (p >= 0 && p < bestAt) { best = w; bestAt = p; }
            }
            if (best < 0) { out.append(esc(text.substring(at))); break; }
            out.append(esc(text.substring(at, bestAt))).append("<mark class=\"hit\" data-hit=\"").append(hitOf.get(best)).append("\">")
                    .append(esc(words.get(best))).append("</mark>");
            at = bestAt + words.get(best).length();
        }
        String speaker = u.get("speaker");
        String emotion = u.get("emotion");
        return "<p class=\"utt " + esc(speaker) + "\" data-ms=\"" + start + "\"><span class=\"t\">" + Page.time(u.get("start_ms")) + "</span> <b>"
                + speaker(speaker) + "</b> " + out + (emotion == null || emotion.isEmpty() || emotion.equals("neutral") ? "" : " <span class=\"emo\">" + esc(emotion) + "</span>") + "</p>";
    }

    private static List<Map<String, String>> distinctRules(List<Map<String, String>> hits) {
        Map<String, Map<String, String>> byRule = new java.util.LinkedHashMap<>();
        for (Map<String, String> h : hits) byRule.putIfAbsent(h.get("rule_id"), h);
        return new ArrayList<>(byRule.values());
    }

    private static String highlightBrackets(String evidence) {
        return esc(evidence).replace("【", "<mark class=\"hit\">").replace("】", "</mark>");
    }

    static String versionField(int version) {
        return "<input type=\"hidden\" name=\"version\" value=\"" + version + "\">";
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + esc(value) + "</td></tr>";
    }

    static String severity(String s) {
        return switch (s == null ? "" : s) { case "red_line" -> "红线"; case "major" -> "重大"; case "minor" -> "一般"; default -> esc(s); };
    }

    static String speaker(String s) {
        return switch (s == null ? "" : s) { case "agent" -> "坐席"; case "customer" -> "客户"; case "any" -> "双方"; default -> esc(s); };
    }
}
