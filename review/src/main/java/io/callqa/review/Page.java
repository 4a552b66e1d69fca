package io.callqa.review;

/** The page frame (navigation by role) and HTML escaping; every value from the lake or a user goes through {@link #esc}. */
final class Page {
    private Page() {}

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String frame(String title, Users.User user, String body) {
        StringBuilder nav = new StringBuilder();
        if (user != null) {
            Role r = user.role();
            if (r != Role.PRODUCT) nav.append("<a href=\"/queue\">复核队列</a>");
            if (r == Role.QA_LEAD || r == Role.COMPLIANCE || r == Role.INSPECTOR) nav.append("<a href=\"/search\">审计检索</a>");
            if (r == Role.QA_LEAD || r == Role.COMPLIANCE) nav.append("<a href=\"/audit\">审计日志</a>");
            if (r != Role.SUPERVISOR) nav.append("<a href=\"/rules\">规则准确率</a>");
            nav.append("<a href=\"/voc\">客户之声</a>");
            nav.append("<span class=\"who\">").append(esc(user.name())).append("（").append(user.role().chinese).append("）</span>")
                    .append("<form method=\"post\" action=\"/logout\" class=\"inline\"><button>退出</button></form>");
        }
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + esc(title) + " · callqa 智能质检</title><link rel=\"stylesheet\" href=\"/style.css\"><script src=\"/app.js\" defer></script></head>"
                + "<body><header><b>callqa 智能质检复核</b><nav>" + nav + "</nav></header><main><h1>" + esc(title) + "</h1>" + body + "</main></body></html>";
    }

    /** A labelled filter input showing back its current value. */
    static String field(String name, String label, String value, String type) {
        return "<label>" + label + " <input type=\"" + type + "\" name=\"" + name + "\" value=\"" + esc(value) + "\"></label>";
    }

    static String time(String ms) {
        if (ms == null || ms.isEmpty()) return "";
        long t = Long.parseLong(ms) / 1000;
        return String.format("%02d:%02d", t / 60, t % 60);
    }

    static String message(String text, boolean error) {
        return text == null || text.isBlank() ? "" : "<p class=\"" + (error ? "error" : "notice") + "\">" + esc(text) + "</p>";
    }
}
