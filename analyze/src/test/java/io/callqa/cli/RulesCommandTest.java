package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callqa rules validate|test|eval} as QA staff run them on a rule folder. */
class RulesCommandTest {
    @TempDir Path tmp;

    private String run(int expectedExit, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = Main.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, rc, out);
        return out;
    }

    @Test
    void shippedPacksValidateAndPassTheirExamples() throws Exception {
        assertTrue(run(0, "rules", "validate", TestInputs.RULES.toString()).contains("规则包有效"));
        String test = run(0, "rules", "test", TestInputs.RULES.toString());
        assertTrue(test.matches("(?s).*\\d+ rules, \\d+ examples, 0 failures.*"), test);
    }

    @Test
    void aBrokenPackIsNamedByFileLineAndFieldAndAFailingExampleFailsTheTest() throws Exception {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("p.yaml"), """
                pack: p
                version: "1"
                rules:
                  - id: P-1
                    name: 测试
                    category: rude_agent
                    speaker: boss
                    forbidden: '"随便你"'
                """);
        String out = run(1, "rules", "validate", bad.toString());
        assertTrue(out.contains("p.yaml:7: rules[0] (P-1): field speaker 'boss' is not one of agent, any, customer"), out);

        Path weak = tmp.resolve("weak");
        Files.createDirectories(weak);
        Files.writeString(weak.resolve("p.yaml"), """
                pack: p
                version: "1"
                rules:
                  - id: P-1
                    name: 测试
                    category: rude_agent
                    speaker: agent
                    forbidden: '"随便你"'
                    basis: test
                    examples:
                      match: [随便你, 你随便吧, 随便你投诉]
                      noMatch: [请稍等, 好的, 谢谢]
                """);
        String test = run(1, "rules", "test", weak.toString());
        assertTrue(test.contains("P-1 should match: 你随便吧"), test);
    }

    @Test
    void evalPrintsPrecisionAndRecallPerCategoryOnLabelledCalls() throws Exception {
        String out = run(0, "rules", "eval", TestInputs.RULES.toString(), "--calls", TestInputs.SAMPLES.toString());
        assertTrue(out.contains("8 labelled calls"), out);
        assertTrue(out.matches("(?s).*guaranteed_return\\s*\\|\\s*1\\s*\\|\\s*0\\s*\\|\\s*0\\s*\\|\\s*1\\.000\\s*\\|\\s*1\\.000.*"), out);
    }
}
