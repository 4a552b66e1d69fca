package io.callqa.review;

import static io.callqa.review.Page.esc;

import io.callqa.lake.LakeLocation;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.flink.core.fs.FileSystem;

/**
 * The review and audit web app over a lake. Every route names the roles it admits and a route that
 * names none admits nobody; requests without a valid session go to the login page; state-changing
 * requests must come from this site's own pages (Origin check, SameSite=Strict cookie).
 */
public final class ReviewServer implements AutoCloseable {
    private final ReviewLake lake;
    private final Users users;
    private final AuditLog log;
    private final ReviewBook book;
    private final ReviewsExport export;
    private final QueuePage queue;
    private final SearchPage search;
    private final Sessions sessions = new Sessions();
    private Javalin app;

    public ReviewServer(LakeLocation lakeLocation, Users users, Path stateDir, double sampleRate) throws IOException {
        this.lake = new ReviewLake(lakeLocation);
        this.users = users;
        this.log = new AuditLog(stateDir.resolve("audit.jsonl"));
        this.book = new ReviewBook(log);
        this.export = new ReviewsExport(lakeLocation);
        this.queue = new QueuePage(lake, sampleRate);
        this.search = new SearchPage(lake, new TranscriptIndex(lake));
    }

    public ReviewServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.beforeMatched(this::guard);
            config.routes.get("/", ctx -> ctx.redirect(user(ctx).role() == Role.PRODUCT ? "/voc" : "/queue"), Role.SIGNED_IN);
            config.routes.get("/style.css", ctx -> resource(ctx, "style.css", "text/css"), Role.ANYONE);
            config.routes.get("/app.js", ctx -> resource(ctx, "app.js", "text/javascript"), Role.ANYONE);
            config.routes.get("/login", ctx -> ctx.html(LoginPage.render(ctx.queryParam("msg"))), Role.ANYONE);
            config.routes.post("/login", this::login, Role.ANYONE);
            config.routes.post("/logout", this::logout, Role.SIGNED_IN);
            config.routes.get("/queue", ctx -> ctx.html(Page.frame("复核队列", user(ctx), queue.render(QueuePage.Filters.of(ctx::queryParam), user(ctx), book))),
                    Role.INSPECTOR, Role.QA_LEAD, Role.SUPERVISOR, Role.COMPLIANCE);
            config.routes.get("/calls/{id}", this::callPage, Role.CALL_READERS);
            config.routes.get("/calls/{id}/audio", this::audio, Role.CALL_READERS);
            config.routes.post("/calls/{id}/verdict", this::verdict, Role.INSPECTOR, Role.QA_LEAD);
            config.routes.post("/calls/{id}/override", this::override, Role.QA_LEAD);
            config.routes.post("/calls/{id}/appeal", this::appeal, Role.SUPERVISOR);
            config.routes.post("/calls/{id}/ruling", this::ruling, Role.QA_LEAD);
            config.routes.get("/search", this::searchPage, Role.COMPLIANCE, Role.QA_LEAD, Role.INSPECTOR);
            config.routes.get("/search/export", this::searchExport, Role.COMPLIANCE, Role.QA_LEAD);
            config.routes.get("/audit", ctx -> ctx.html(Page.frame("审计日志", user(ctx), AuditPage.render(book.history()))), Role.QA_LEAD, Role.COMPLIANCE);
            config.routes.get("/rules", ctx -> ctx.html(Page.frame("规则准确率", user(ctx), RulePrecisionPage.render(lake, book))),
                    Role.INSPECTOR, Role.QA_LEAD, Role.COMPLIANCE, Role.PRODUCT);
            config.routes.get("/voc", ctx -> ctx.html(Page.frame("客户之声", user(ctx), VocPage.render(lake))), Role.SIGNED_IN);
            config.routes.exception(ReviewBook.Conflict.class, (e, ctx) -> ctx.status(HttpStatus.CONFLICT)
                    .html(Page.frame("冲突", user(ctx), Page.message(e.getMessage(), true) + "<p><a href=\"/calls/" + esc(ctx.pathParam("id")) + "\">返回通话</a></p>")));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).html(Page.frame("请求有误", user(ctx), Page.message(e.getMessage(), true))));
        }).start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Authenticates, then admits only the roles the route names (none named: nobody), then checks the origin of changes. */
    private void guard(Context ctx) {
        Set<io.javalin.security.RouteRole> allowed = ctx.routeRoles();
        if (allowed.contains(Role.ANYONE)) return;
        Users.User u = sessions.user(ctx.cookie(Sessions.COOKIE));
        if (u == null) {
            if (ctx.method().name().equals("GET") && !ctx.path().endsWith("/audio")) {
                ctx.redirect("/login");
                ctx.skipRemainingHandlers();
                return;
            }
            throw new io.javalin.http.UnauthorizedResponse("请先登录 (sign in first)");
        }
        if (!allowed.contains(u.role())) throw new ForbiddenResponse("无权访问 (your role may not see this)");
        if (!ctx.method().name().equals("GET") && !sameOrigin(ctx)) throw new ForbiddenResponse("跨站请求被拒绝 (cross-site request refused)");
        ctx.attribute("user", u);
    }

    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) origin = ctx.header("Referer");
        if (origin == null) return false;
        try {
            URI o = URI.create(origin);
            return (o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort())).equals(ctx.header("Host"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Users.User user(Context ctx) {
        return ctx.attribute("user");
    }

    private void login(Context ctx) throws IOException {
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        Users.User u = users.authenticate(name, password == null ? new char[0] : password.toCharArray());
        if (u == null) {
            book.record(name == null ? "" : name, "", "login_failed", null, null, ctx.ip());
            ctx.redirect("/login?msg=" + java.net.URLEncoder.encode("用户名或密码错误", StandardCharsets.UTF_8));
            return;
        }
        book.record(u.name(), u.role().name().toLowerCase(), "login", null, null, ctx.ip());
        ctx.cookie(new io.javalin.http.Cookie(Sessions.COOKIE, sessions.open(u), "/", -1, false, true, null, SameSite.STRICT));
        ctx.redirect(u.role() == Role.PRODUCT ? "/voc" : "/queue");
    }

    private void logout(Context ctx) {
        sessions.close(ctx.cookie(Sessions.COOKIE));
        ctx.removeCookie(Sessions.COOKIE, "/");
        ctx.redirect("/login");
    }

    /** The call, if this user may see it (a supervisor only their own team's); otherwise "not found", giving nothing away. */
    private Map<String, String> visibleCall(Context ctx) throws Exception {
        Map<String, String> call = lake.call(ctx.pathParam("id"));
        Users.User u = user(ctx);
        if (call == null || (u.role() == Role.SUPERVISOR && !u.team().equals(call.get("team")))) throw new NotFoundResponse("没有这通电话 (no such call)");
        return call;
    }

    private void callPage(Context ctx) throws Exception {
        Map<String, String> call = visibleCall(ctx);
        Users.User u = user(ctx);
        book.record(u.name(), u.role().name().toLowerCase(), "view_call", call.get("call_id"), null, null);
        String body = CallPage.render(call, lake.hits(call.get("call_id")), lake.utterances(call.get("call_id")), book, u,
                ctx.queryParam("msg"), false);
        ctx.html(Page.frame("通话 " + call.get("call_id"), u, body));
    }

    /** Streams the recording with range requests; the file comes from the lake's record of the call, never from the request. */
    private void audio(Context ctx) throws Exception {
        Map<String, String> call = visibleCall(ctx);
        String source = call.get("source_file");
        if (!"audio".equals(call.get("source")) || source == null || !source.toLowerCase().endsWith(".wav")) throw new NotFoundResponse("本通话没有录音 (no recording)");
        org.apache.flink.core.fs.Path path = new org.apache.flink.core.fs.Path(source.startsWith("s3://") ? source : Path.of(source).toUri().toString());
        FileSystem fs = path.getFileSystem();
        if (!fs.exists(path)) throw new NotFoundResponse("录音文件已不在原处 (the recording is no longer at " + source + ")");
        if (ctx.header("Range") == null || ctx.header("Range").startsWith("bytes=0-")) {
            Users.User u = user(ctx);
            book.record(u.name(), u.role().name().toLowerCase(), "play_audio", call.get("call_id"), null, null);
        }
        InputStream in = fs.open(path);
        ctx.writeSeekableStream(in, "audio/wav", fs.getFileStatus(path).getLen());
    }

    private void searchPage(Context ctx) throws Exception {
        SearchPage.Search s = SearchPage.Search.of(ctx::queryParam);
        Users.User u = user(ctx);
        if (!s.empty()) book.record(u.name(), u.role().name().toLowerCase(), "search", null, null, s.describe());
        ctx.html(Page.frame("审计检索", u, search.render(s, ctx.queryString() == null ? "" : ctx.queryString())));
    }

    /** Exports the search's results; the query and the row count go into the audit log. */
    private void searchExport(Context ctx) throws Exception {
        SearchPage.Search s = SearchPage.Search.of(ctx::queryParam);
        if (s.empty()) throw new IllegalArgumentException("导出需要检索条件 (an export needs a search)");
        String csv = search.csv(s);
        Users.User u = user(ctx);
        long rows = csv.chars().filter(c -> c == '\n').count() - 1;
        book.record(u.name(), u.role().name().toLowerCase(), "export", null, null, s.describe() + " rows=" + rows);
        ctx.header("Content-Disposition", "attachment; filename=\"callqa-search.csv\"").contentType("text/csv; charset=utf-8").result(csv);
    }

    private void verdict(Context ctx) throws Exception {
        Map<String, String> call = visibleCall(ctx);
        String verdict = ctx.formParam("verdict");
        String reason = ctx.formParam("reason");
        if (!ReviewBook.CONFIRMED.equals(verdict) && !ReviewBook.FALSE_POSITIVE.equals(verdict)) throw new IllegalArgumentException("verdict 须为 confirmed 或 false_positive");
        if (ReviewBook.FALSE_POSITIVE.equals(verdict) && (reason == null || reason.isBlank())) throw new IllegalArgumentException("标记误报须填写原因 (a false positive needs a reason)");
        String target = knownTarget(call, ctx.formParam("target"));
        ReviewBook.Verdict before = book.verdicts(call.get("call_id")).get(target);
        book.decide(user(ctx), version(ctx), "hit_verdict", call.get("call_id"), target, before == null ? null : before.verdict(), verdict, reason);
        done(ctx, call, "已记录复核结论");
    }

    private void override(Context ctx) throws Exception {
        Map<String, String> call = visibleCall(ctx);
        int score = Integer.parseInt(require(ctx, "score"));
        if (score < 0 || score > 100) throw new IllegalArgumentException("得分须在 0–100 之间");
        ReviewBook.Override before = book.override(call.get("call_id"));
        book.decide(user(ctx), version(ctx), "score_override", call.get("call_id"), null,
                before == null ? call.get("qa_score") : String.valueOf(before.score()), String.valueOf(score), require(ctx, "comment"));
        done(ctx, call, "已保存改分");
    }

    private void appeal(Context ctx) throws Exception {
        Map<String, String> call = visibleCall(ctx);
        String target = knownTarget(call, ctx.formParam("target"));
        if (book.appeals(call.get("call_id")).containsKey(target)) throw new IllegalArgumentException("该命中已有申诉");
        book.decide(user(ctx), version(ctx), "appeal_filed", call.get("call_id"), target, null, "filed", require(ctx, "reason"));
        done(ctx, call, "申诉已提交，等待质检主管裁定");
    }

    private void ruling(Context ctx) throws Exception {
        Map<String, String> call = visibleCall(ctx);
        String target = knownTarget(call, ctx.formParam("target"));
        ReviewBook.Appeal a = book.appeals(call.get("call_id")).get(target);
        String outcome = ctx.formParam("outcome");
        if (a == null || !a.status().equals("filed")) throw new IllegalArgumentException("没有待裁定的申诉");
        if (!"upheld".equals(outcome) && !"rejected".equals(outcome)) throw new IllegalArgumentException("outcome 须为 upheld 或 rejected");
        book.decide(user(ctx), version(ctx), "appeal_ruled", call.get("call_id"), target, "filed", outcome, require(ctx, "ruling"));
        done(ctx, call, "已裁定申诉");
    }

    /** A decision names a finding of this call (RULE_ID@START_MS), not an arbitrary string. */
    private String knownTarget(Map<String, String> call, String target) throws Exception {
        for (Map<String, String> h : lake.hits(call.get("call_id"))) if (CallPage.key(h).equals(target)) return target;
        throw new IllegalArgumentException("该通话没有这条命中 (no such finding on this call)");
    }

    private static int version(Context ctx) {
        return Integer.parseInt(require(ctx, "version"));
    }

    private static String require(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("缺少字段 " + field + " (missing field)");
        return v.trim();
    }

    /** After a decision: the lake's reviews table is rewritten, and the reviewer goes back to the call. */
    private void done(Context ctx, Map<String, String> call, String message) throws Exception {
        export.write(book);
        ctx.redirect("/calls/" + java.net.URLEncoder.encode(call.get("call_id"), StandardCharsets.UTF_8) + "?msg="
                + java.net.URLEncoder.encode(message, StandardCharsets.UTF_8));
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = ReviewServer.class.getResourceAsStream(name)) {
            ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
        }
    }

    @Override
    public void close() throws Exception {
        if (app != null) app.stop();
        lake.close();
        log.close();
    }

    public static void main(String[] args) throws Exception {
        System.exit(ReviewCommand.run(args, System.out));
    }
}
