package io.callqa.review;

import io.callqa.lake.LakeLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real lake for the review app's tests, made once by the scoring job from the sample calls: two
 * flagged transcripts, and a recording that this site's extra rule pack (dead air as a red line)
 * flags, so a flagged call has audio to jump in. Users for every role; password = name + "-pw".
 */
final class ReviewFixture {
    static final Path REPO = Path.of(System.getProperty("user.dir")).getParent();
    static final Path ROOT = Path.of("target/review-fixture").toAbsolutePath();
    static final Path LAKE = ROOT.resolve("lake");
    static final Path USERS = ROOT.resolve("users.yaml");
    static final String[] NAMES = {"insp", "lead", "sup", "comp", "prod"};

    private static boolean made;

    private ReviewFixture() {}

    static synchronized void make() throws Exception {
        if (made) return;
        deleteTree(ROOT);
        Path in = Files.createDirectories(ROOT.resolve("in"));
        for (String f : new String[] {"svc-0002.transcript.json", "col-0002.transcript.json", "svc-0001.transcript.json", "rec-0001.wav", "rec-0001.json"}) {
            Files.copy(REPO.resolve("ingest/samples").resolve(f), in.resolve(f));
        }
        Path rules = Files.createDirectories(ROOT.resolve("rules"));
        Path shipped = REPO.resolve("scoring-rules/packs");
        try (Stream<Path> packs = Files.walk(shipped)) { // the packs and the models beside them
            for (Path p : packs.toList()) if (!p.equals(shipped)) Files.copy(p, rules.resolve(shipped.relativize(p).toString()));
        }
        Files.copy(Path.of("src/test/resources/site-red-lines.yaml"), rules.resolve("site-red-lines.yaml"));
        Files.createDirectories(ROOT.resolve("topics"));
        Files.copy(REPO.resolve("scoring-rules/topics/taxonomy.yaml"), ROOT.resolve("topics/taxonomy.yaml"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc = io.callqa.cli.Main.run(new String[] {"run", "--once", "--signal-only", "--input", in.toString(), "--lake", LAKE.toString(),
                "--rules", rules.toString()}, new PrintStream(log, true, StandardCharsets.UTF_8));
        if (rc != 0) throw new IllegalStateException("the job failed:\n" + log.toString(StandardCharsets.UTF_8));
        StringBuilder users = new StringBuilder("users:\n");
        String[] roles = {"inspector", "qa_lead", "supervisor", "compliance", "product"};
        for (int i = 0; i < NAMES.length; i++) {
            users.append("  - {name: ").append(NAMES[i]).append(", role: ").append(roles[i])
                    .append(roles[i].equals("supervisor") ? ", team: 信用卡一组" : "")
                    .append(", password: \"").append(PasswordHash.hash((NAMES[i] + "-pw").toCharArray())).append("\"}\n");
        }
        Files.writeString(USERS, users.toString());
        made = true;
    }

    /** A server over the fixture lake with its decisions in {@code state}. */
    static ReviewServer server(Path state) throws Exception {
        make();
        return new ReviewServer(LakeLocation.of(LAKE), Users.load(USERS), state, 0.5).start("127.0.0.1", 0);
    }

    static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
