package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackLoaderTest {
    @TempDir Path tmp;

    private String problems(String yaml) throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, yaml);
        return assertThrows(RulePackException.class, () -> RulePackLoader.loadFile(f)).getMessage();
    }

    @Test
    void errorsNameFileRuleAndField() throws Exception {
        String p = problems("""
                pack: t
                version: "1"
                rules:
                  - id: R1
                    name: 测试
                    category: greting
                    severity: fatal
                    forbidden: '"unclosed'
                  - id: R2
                    name: 信号
                    category: dead_air
                    signal: 'silence_minutes > 3'
                  - name: 无编号
                    category: closing
                    required: 再见
                    window: {lastUtterances: 0}
                  - id: R3
                    name: 参照
                    category: closing
                    required: 再见
                    after: {query: 投诉, homophones: maybe, replyTo: '"为什么'}
                    unless: {query: 转接, within: 30}
                  - id: R4
                    name: 参照
                    category: closing
                    required: 再见
                    unless: {query: 转接, beforeWhen: true}
                  - id: R5
                    name: 注释
                    category: closing
                    required: >-
                      "再见" OR "感谢"
                      OR "谢谢" # thanks count too
                  - id: R6
                    name: 直到
                    category: closing
                    required: 再见
                    after: {query: 投诉, until: 转接}
                """);
        assertTrue(p.contains("bad.yaml:6: rules[0] (R1): field category 'greting' is not one of"), p);
        assertTrue(p.contains("bad.yaml:7: rules[0] (R1): field severity 'fatal'"), p);
        assertTrue(p.contains("bad.yaml:8: rules[0] (R1): field forbidden: not a valid query"), p);
        assertTrue(p.contains("bad.yaml:12: rules[1] (R2): field signal: unknown measure 'silence_minutes'"), p);
        assertTrue(p.contains("bad.yaml:13: rules[2]: field id is required"), p);
        assertTrue(p.contains("bad.yaml:16: rules[2]: field window.lastUtterances must be a positive whole number"), p);
        assertTrue(p.contains("bad.yaml:21: rules[3].after (R3): field homophones must be true or false"), p);
        assertTrue(p.contains("bad.yaml:22: rules[3] (R3): field unless: within is only for forbidden rules"), p);
        assertTrue(p.contains("bad.yaml:21: rules[3] (R3): field after.replyTo: not a valid query"), p);
        assertTrue(p.contains("rules[4] (R4): field unless: beforeWhen needs the rule to have when"), p);
        assertTrue(p.contains("rules[5] (R5): field required: a # comment inside a query is read as words to match"), p);
        assertTrue(p.contains("rules[6].after (R6): field until is only for unless without within"), p);
    }

    @Test
    void aModelMustBeWellFormedPresentAndOnAForbiddenRule() throws Exception {
        String p = problems("""
                pack: t
                version: "1"
                rules:
                  - id: M1
                    name: 模型
                    category: rude_agent
                    forbidden: '"烦不烦"'
                    model: 'rude_agent > 0.5'
                  - id: M2
                    name: 模型
                    category: rude_agent
                    forbidden: '"烦不烦"'
                    model: 'no_such_model >= 0.5'
                  - id: M3
                    name: 模型
                    category: closing
                    required: 再见
                    model: 'rude_agent >= 0.5'
                  - id: M4
                    name: 模型
                    category: closing
                    required: 再见
                    confirm: 'no_such_model >= 0.5'
                """);
        assertTrue(p.contains("bad.yaml:8: rules[0] (M1): field model: 'rude_agent > 0.5' is not 'MODEL >= P'"), p);
        assertTrue(p.contains("bad.yaml:13: rules[1] (M2): field model: no model 'no_such_model' (expected "), p);
        assertTrue(p.contains("bad.yaml:18: rules[2] (M3): field model is only for forbidden rules"), p);
        assertTrue(p.contains("bad.yaml:23: rules[3] (M4): field confirm is only for forbidden rules"), p);
    }

    @Test
    void aListIsDefinedOnceInTheFolderAndUsedByAnyPack() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("packs"));
        Files.writeString(dir.resolve("a.yaml"), """
                pack: a
                version: "1"
                lists:
                  places: '"柜台" OR "网点"'
                rules: []
                """);
        Files.writeString(dir.resolve("b.yaml"), """
                pack: b
                version: "1"
                rules:
                  - id: B1
                    name: 推诿
                    category: transfer_deflection
                    forbidden: '("自己去" $places) NOT "$places"'
                """);
        Rule rule = RulePackLoader.loadFolder(dir).get(0);
        assertEquals("(\"自己去\" (\"柜台\" OR \"网点\")) NOT \"$places\"", rule.query);

        Files.writeString(dir.resolve("c.yaml"), """
                pack: c
                version: "1"
                lists:
                  places: '"支行"'
                  nested: '$places OR "分行"'
                rules:
                  - id: C1
                    name: 推诿
                    category: transfer_deflection
                    forbidden: '"自己去" $place'
                """);
        String p = assertThrows(RulePackException.class, () -> RulePackLoader.loadFolder(dir)).getMessage();
        assertTrue(p.contains("c.yaml:4: field lists.places is already defined in " + dir.resolve("a.yaml")), p);
        assertTrue(p.contains("c.yaml:5: field lists.nested: a list cannot use another list"), p);
        assertTrue(p.contains("c.yaml:10: rules[0] (C1): field forbidden: no list $place (known: places)"), p);
    }

    @Test
    void yamlSyntaxErrorsGiveTheLine() throws Exception {
        String p = problems("pack: t\nversion: 1\nrules:\n  - id: x\n   name: y\n  - id: z\n");
        assertTrue(p.contains("bad.yaml:5: not valid YAML"), p);
    }
}
