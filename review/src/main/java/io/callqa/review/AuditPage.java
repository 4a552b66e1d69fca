package io.callqa.review;

import static io.callqa.review.Page.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The audit trail, newest first: who did what, when, to which call and finding, before and after. */
final class AuditPage {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private AuditPage() {}

    static String render(List<AuditLog.Entry> entries) {
        StringBuilder b = new StringBuilder("<p class=\"hint\">日志只追加、逐条哈希链接，任何改动都会在服务启动时被发现。共 ")
                .append(entries.size()).append(" 条。</p><table id=\"audit\"><tr><th>#</th><th>时间</th><th>用户</th><th>角色</th><th>操作</th>"
                        + "<th>通话</th><th>对象</th><th>原值</th><th>新值</th><th>说明</th></tr>");
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditLog.Entry e = entries.get(i);
            b.append("<tr><td>").append(e.seq()).append("</td><td>").append(AT.format(Instant.ofEpochMilli(e.at()))).append("</td><td>")
                    .append(esc(e.user())).append("</td><td>").append(esc(e.role())).append("</td><td>").append(esc(e.action())).append("</td><td>")
                    .append(esc(e.callId())).append("</td><td>").append(esc(e.target())).append("</td><td>").append(esc(e.before())).append("</td><td>")
                    .append(esc(e.after())).append("</td><td>").append(esc(e.note())).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }
}
