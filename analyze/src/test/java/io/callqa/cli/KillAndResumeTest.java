package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The continuous job is killed (SIGKILL) at random moments while files keep arriving, restarted
 * with the same command, and finally run with --once: every call is in the lake exactly once.
 */
class KillAndResumeTest {
    @TempDir Path tmp;

    @Test
    void everyCallLandsExactlyOnceAcrossKills() throws Exception {
        Path in = tmp.resolve("in");
        Path lake = tmp.resolve("lake");
        String[] samples = {"svc-0001", "svc-0002", "col-0002", "wm-0001", "ins-0001"};
        Random random = new Random(42);
        int made = 0;
        boolean resumed = false;
        for (int cycle = 0; cycle < 4; cycle++) {
            for (int i = 0; i < 40; i++, made++) TestInputs.transcriptAs(samples[made % samples.length], String.format("k-%04d", made), in);
            Path log = tmp.resolve("run-" + cycle + ".log");
            Process job = JobProcess.start(log, java.util.Map.of(), "run", "--input", in.toString(), "--lake", lake.toString(), "--signal-only",
                    "--checkpoint-interval", "1", "--rules", TestInputs.RULES.toString());
            // Even cycles die at a random moment (often before anything is committed); odd cycles once the
            // lake has grown, so a retained checkpoint exists and the next start must resume from it.
            if (cycle % 2 == 1) LakeReader.awaitCalls(() -> lake, Math.max(1, made - 40), 90);
            Thread.sleep(cycle % 2 == 1 ? random.nextInt(1500) : 4000 + random.nextInt(10000));
            job.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            resumed |= Files.readString(log, StandardCharsets.UTF_8).contains("resuming from checkpoint");
        }
        Path log = tmp.resolve("final.log");
        Process last = JobProcess.start(log, java.util.Map.of(), "run", "--once", "--input", in.toString(), "--lake", lake.toString(), "--signal-only",
                "--rules", TestInputs.RULES.toString());
        assertTrue(last.waitFor(180, TimeUnit.SECONDS), "final --once run did not finish");
        assertEquals(0, last.exitValue(), Files.readString(log, StandardCharsets.UTF_8));

        List<List<String>> counts = LakeReader.rows(lake, "calls", "SELECT count(*), count(DISTINCT call_id) FROM {t}");
        assertEquals(List.of(String.valueOf(made), String.valueOf(made)), counts.get(0), "calls rows vs distinct calls");
        List<String> hitDuplicates = LakeReader.column(lake, "rule_hits",
                "SELECT count(*) FROM (SELECT call_id, rule_id, start_ms, count(*) n FROM {t} GROUP BY ALL HAVING n > 1)");
        assertEquals(List.of("0"), hitDuplicates, "no finding written twice");
        try (var files = Files.walk(lake.resolve("quarantine"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".parquet")), "nothing quarantined");
        } catch (java.nio.file.NoSuchFileException e) {
            // no quarantine folder at all: nothing was quarantined
        }
        assertTrue(resumed, "at least one restart resumed from a retained checkpoint: " + Files.readString(tmp.resolve("run-1.log")));
    }
}
