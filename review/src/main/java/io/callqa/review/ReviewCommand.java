package io.callqa.review;

import io.callqa.cli.Args;
import io.callqa.lake.LakeLocation;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code callqa review --lake DIR|s3://B/P --users FILE [--port 8080] [--host 0.0.0.0] [--state DIR] [--sample-rate 0.02]}
 * and {@code callqa review hash-password} (prints a password hash for the users file).
 */
public final class ReviewCommand {
    static final String USAGE = "用法 usage: callqa review --lake DIR|s3://BUCKET/PREFIX --users FILE [--port 8080] [--host 0.0.0.0]"
            + " [--state DIR] [--sample-rate 0.02]\n       callqa review hash-password";

    static final Set<String> VALUED = Set.of("lake", "users", "port", "host", "state", "sample-rate");

    private ReviewCommand() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        if (args.length > 0 && args[0].equals("hash-password")) {
            Console console = System.console();
            char[] pw = console != null ? console.readPassword("密码 (password): ") : new java.util.Scanner(System.in).nextLine().toCharArray();
            out.println(PasswordHash.hash(pw));
            return 0;
        }
        Args a;
        int port;
        double rate;
        try {
            a = Args.parse(args, 0, Set.of(), VALUED);
            if (a.get("users", null) == null) throw new Args.UsageException("需要 --users FILE (the users file: name, role, password hash)");
            port = a.integer("port", 8080);
            rate = a.decimal("sample-rate", 0.02);
        } catch (Args.UsageException e) {
            out.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        String lake = a.get("lake", "lake"), users = a.get("users", null), host = a.get("host", "0.0.0.0"), state = a.get("state", null);
        LakeLocation location = LakeLocation.of(lake);
        // Decisions and the audit log live beside a local lake; a bucket lake needs a local --state folder.
        Path stateDir = state != null ? Path.of(state) : location.inBucket()
                ? Path.of(System.getProperty("user.home"), ".local", "share", "callqa", "review", location.bucket())
                : location.folder().resolve("_review");
        ReviewServer server = new ReviewServer(location, Users.load(Path.of(users)), stateDir, rate).start(host, port);
        out.printf("复核服务已启动 (review app running): http://%s:%d/  数据湖 (lake) %s  审计日志 (audit log) %s%n",
                host.equals("0.0.0.0") ? "localhost" : host, server.port(), location, stateDir.resolve("audit.jsonl"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }));
        Thread.currentThread().join();
        return 0;
    }
}
