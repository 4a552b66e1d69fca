package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running job's rule packs: edits take effect, a broken edit is rejected once and the previous packs stay. */
class LiveRulePacksTest {
    @TempDir Path dir;

    private static final String PACK = """
            pack: t
            version: "%s"
            rules:
              - id: T-1
                name: 测试
                category: rude_agent
                speaker: agent
                forbidden: '"%s"'
                basis: test
            """;

    private void write(String version, String phrase, long mtime) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, PACK.formatted(version, phrase));
        Files.setLastModifiedTime(f, FileTime.fromMillis(mtime));
    }

    @Test
    void validEditsReloadAndBrokenOnesAreRejectedOnceKeepingThePreviousPacks() throws Exception {
        write("1", "爱办不办", 1_000_000);
        try (LiveRulePacks live = new LiveRulePacks(dir, RulePackLoader.loadFolder(dir), 0)) {
            assertEquals(Map.of(), live.refresh(), "nothing changed");
            write("2", "有完没完", 2_000_000);
            assertEquals(Map.of(), live.refresh());
            assertEquals("2", live.rules().get(0).packVersion);
            assertEquals("\"有完没完\"", live.rules().get(0).query);

            Files.writeString(dir.resolve("t.yaml"), "pack: t\nversion: \"3\"\nrules:\n  - id: T-1\n    category: nonsense\n");
            Map<String, String> rejected = live.refresh();
            assertEquals(List.of(dir.resolve("t.yaml").toString()), List.copyOf(rejected.keySet()));
            String reason = rejected.values().iterator().next();
            assertTrue(reason.contains("t.yaml:5: rules[0] (T-1): field category 'nonsense'"), reason);
            assertEquals("2", live.rules().get(0).packVersion, "the previous packs stay active");
            assertEquals(Map.of(), live.refresh(), "a rejected change is reported once");
        }
    }
}
