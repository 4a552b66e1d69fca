package io.callqa.review;

import io.callqa.lake.LakeLocation;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code callqa review --lake DIR|s3://B/P --users FILE [--port 8080] [--host 0.0.0.0] [--state DIR] [--sample-rate 0.02]}
 * and {@code callqa review hash-password} (prints a password hash for the users file).
 */
public final class ReviewCommand {
    static final String USAGE = "用法 usage: callqa review --lake DIR|s3://BUCKET/PREFIX --users FILE [--port 8080] [--host 0.0.0.0]"
            + " [--state DIR] [--sample-rate 0.02]\n       callqa review hash-password";

    private ReviewCommand() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        if (args.length > 0 && args[0].equals("hash-password")) {
            Console console = System.console();
            char[] pw = console != null ? console.readPassword("密码 (password): ") : new java.util.Scanner(System.in).nextLine().toCharArray();
            out.println(PasswordHash.hash(pw));
            return 0;
        }
        String lake = "lake", users = null, host = "0.0.0.0", state = null;
        int port = 8080;
        double rate = 0.02;
        for (int i = 0; i < args.length; i++) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--lake" -> lake = v;
                case "--users" -> users = v;
                case "--port" -> port = Integer.parseInt(v);
                case "--host" -> host = v;
                case "--state" -> state = v;
                case "--sample-rate" -> rate = Double.parseDouble(v);
                default -> {
                    out.println("未知参数 (unknown option) " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
            i++;
        }
        if (users == null) {
            out.println("需要 --users FILE (the users file: name, role, password hash)\n" + USAGE);
            return 2;
        }
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
