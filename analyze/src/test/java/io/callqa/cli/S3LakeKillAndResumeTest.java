package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.lake.LakeMirror;
import io.callqa.s3.S3Objects;
import io.callqa.s3.S3ProxyServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads calls from a bucket and writes its lake (and checkpoints) to a bucket on a real S3
 * server. It is killed (SIGKILL) at 10 random moments while calls keep arriving, the server goes
 * down for a while mid-run, and a final --once run finishes: every call is in the lake exactly once.
 */
class S3LakeKillAndResumeTest {
    @TempDir static Path tmp;
    static S3ProxyServer s3;
    static S3Objects bucket;
    /** Job logs stay after the run (the temporary folder does not), for when this test fails. */
    static final Path LOGS = Path.of("target/s3-kill-test-logs").toAbsolutePath();

    @BeforeAll
    static void startServer() throws Exception {
        Files.createDirectories(LOGS);
        s3 = new S3ProxyServer(tmp);
        s3.createBucket("callqa");
        bucket = new S3Objects(s3.client(), "callqa");
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3.close();
    }

    @Test
    void everyCallLandsExactlyOnceAcrossKillsAndAnOutage() throws Exception {
        String[] samples = {"svc-0001", "svc-0002", "col-0002", "wm-0001", "ins-0001"};
        Random random = new Random(7);
        int made = 0;
        boolean resumed = false;
        for (int cycle = 0; cycle < 10; cycle++) {
            for (int i = 0; i < 15; i++, made++) upload(samples[made % samples.length], String.format("s-%04d", made));
            Path log = LOGS.resolve("run-" + cycle + ".log");
            Process job = start(log, "run", "--input", "s3://callqa/in", "--lake", "s3://callqa/lake", "--signal-only",
                    "--checkpoint-interval", "1", "--rules", TestInputs.RULES.toString());
            if (cycle == 4) {
                // Outage: the store goes away mid-run and comes back; the job waits it out on its own.
                LakeReader.awaitCalls(S3LakeKillAndResumeTest::mirror, made - 14, 120); // this run has committed something: it is mid-run
                s3.stop();
                Thread.sleep(6000);
                s3.start();
                LakeReader.awaitCalls(S3LakeKillAndResumeTest::mirror, made, 180);
            } else if (cycle % 2 == 1) {
                LakeReader.awaitCalls(S3LakeKillAndResumeTest::mirror, Math.max(1, made - 15), 120); // a checkpoint exists: the next start resumes from it
                Thread.sleep(random.nextInt(1500));
            } else {
                Thread.sleep(3000 + random.nextInt(8000)); // anywhere: during start-up, mid-write, mid-commit
            }
            job.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            resumed |= Files.readString(log, StandardCharsets.UTF_8).contains("resuming from checkpoint");
        }
        Path log = LOGS.resolve("final.log");
        Process last = start(log, "run", "--once", "--input", "s3://callqa/in", "--lake", "s3://callqa/lake", "--signal-only",
                "--rules", TestInputs.RULES.toString());
        assertTrue(last.waitFor(180, TimeUnit.SECONDS), "final --once run did not finish");
        assertEquals(0, last.exitValue(), Files.readString(log, StandardCharsets.UTF_8));

        Path lake = mirror();
        List<List<String>> counts = LakeReader.rows(lake, "calls", "SELECT count(*), count(DISTINCT call_id) FROM {t}");
        assertEquals(List.of(String.valueOf(made), String.valueOf(made)), counts.get(0), "calls rows vs distinct calls");
        assertEquals(List.of("0"), LakeReader.column(lake, "rule_hits",
                "SELECT count(*) FROM (SELECT call_id, rule_id, start_ms, count(*) n FROM {t} GROUP BY ALL HAVING n > 1)"), "no finding written twice");
        assertTrue(resumed, "at least one restart resumed from a checkpoint in the bucket: " + Files.readString(LOGS.resolve("run-1.log")));
        assertTrue(s3.keys("callqa", "lake/_checkpoints/").isEmpty(), "a finished --once run leaves no checkpoint behind");

        // SQL over the bucket lake through the query command.
        Path q = LOGS.resolve("query.log");
        Process query = start(q, "query", "--lake", "s3://callqa/lake", "--format", "csv", "SELECT count(*) AS n FROM calls");
        assertTrue(query.waitFor(60, TimeUnit.SECONDS));
        assertEquals(List.of("n", String.valueOf(made)), Files.readAllLines(q).stream().filter(l -> !l.contains("SLF4J")).toList());
    }

    private void upload(String sampleCallId, String callId) throws Exception {
        Path file = tmp.resolve("staging").resolve(callId + ".transcript.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(TestInputs.SAMPLES.resolve(sampleCallId + ".transcript.json"), StandardCharsets.UTF_8)
                .replace("\"" + sampleCallId + "\"", "\"" + callId + "\""), StandardCharsets.UTF_8);
        bucket.upload(file, "in/" + callId + ".transcript.json");
    }

    private static Path mirror() throws Exception {
        return LakeMirror.sync(bucket, "lake/", tmp.resolve("mirror"));
    }

    private static Process start(Path log, String... args) throws Exception {
        java.util.Map<String, String> env = new java.util.HashMap<>(s3.environment());
        env.put("HOME", tmp.toString()); // the query mirror goes under this run's own ~/.cache
        return JobProcess.start(log, env, args);
    }
}
