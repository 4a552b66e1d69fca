package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.rules.SpokenNumbers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing written to the lake holds a card, ID or phone number; findings about them still happen. */
class PersonalDataInLakeTest {
    @TempDir Path tmp;

    @Test
    void withASealingKeyTheOriginalIsKeptEncryptedAndOpensOnlyWithThatKey() throws Exception {
        Path in = tmp.resolve("in");
        write(in);
        Path key = tmp.resolve("seal.key");
        Files.writeString(key, java.util.Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'));
        Path lake = tmp.resolve("lake");
        RunCommand.Options o = TestInputs.once(in, lake, true);
        o = new RunCommand.Options(o.input(), o.lake(), o.rules(), null, null, true, true, 2, 1, o.zone(), key, null);
        assertEquals(0, RunCommand.run(o, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        List<List<String>> rows = LakeReader.rows(lake, "utterances", "SELECT text, sealed_original FROM {t} WHERE sealed_original IS NOT NULL ORDER BY seq");
        assertEquals(4, rows.size(), rows.toString());
        io.callqa.privacy.OriginalSealer sealer = io.callqa.privacy.OriginalSealer.fromKeyFile(key);
        String opened = sealer.open(rows.get(2).get(1));
        assertTrue(opened.contains("六二二二零二一二三四五六七八九零一二") && rows.get(2).get(0).contains("[卡号]"), opened);
        assertTrue(!rows.get(2).get(1).contains("六二二二"), "sealed, not plain");
    }

    private static void write(Path in) throws Exception {
        Files.createDirectories(in);
        Files.writeString(in.resolve("pii-1.transcript.json"), """
                {"callId":"pii-1","startTime":"2026-11-20T10:00:00+08:00","businessLine":"service","utterances":[
                 {"speaker":"agent","startMs":0,"endMs":5000,"text":"您好，华夏通银行客服中心，工号3021，请问有什么可以帮您"},
                 {"speaker":"customer","startMs":5500,"endMs":9000,"text":"我手机号是幺三八 零零幺三"},
                 {"speaker":"customer","startMs":9300,"endMs":11000,"text":"八零零零，身份证号110105198803152216"},
                 {"speaker":"agent","startMs":11500,"endMs":18000,"text":"好的，核实通过，您的卡号是六二二二零二一二三四五六七八九零一二，余额还有三万两千元"},
                 {"speaker":"agent","startMs":18500,"endMs":22000,"text":"麻烦把收到的验证码报一下，是不是五八二九一三"},
                 {"speaker":"agent","startMs":22500,"endMs":25000,"text":"感谢您的来电，再见"}]}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void utterancesAndEvidenceInTheLakeAreMaskedAndTheRulesStillSeeWhatWasSaid() throws Exception {
        Path in = tmp.resolve("in");
        write(in);
        Path lake = tmp.resolve("lake");
        assertEquals(0, RunCommand.run(TestInputs.once(in, lake, true), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));

        List<String> written = new ArrayList<>(LakeReader.column(lake, "utterances", "SELECT text FROM {t} ORDER BY seq"));
        written.addAll(LakeReader.column(lake, "rule_hits", "SELECT evidence || ' ' || matched FROM {t}"));
        for (String text : written) {
            String digits = SpokenNumbers.normalize(text.replaceAll("\\[[^\\]]*\\]", "")).text().replaceAll("[ \\-]", "");
            assertTrue(!digits.matches("(?s).*[0-9]{11,}.*"), "an 11+ digit run reached the lake: " + text);
            assertTrue(!text.contains("五八二九一三") && !text.contains("三万两千"), text);
        }
        String all = String.join("\n", written);
        for (String label : List.of("[手机号]", "[身份证号]", "[卡号]", "[余额]", "[验证码]")) assertTrue(all.contains(label), label + " in\n" + all);
        assertEquals(List.of("0"), LakeReader.column(lake, "utterances", "SELECT count(*) FROM {t} WHERE sealed_original IS NOT NULL"),
                "the default lake keeps no reversible form");
        List<String> rules = LakeReader.column(lake, "rule_hits", "SELECT rule_id FROM {t} ORDER BY 1");
        assertTrue(rules.contains("ALL-PII-02"), "reading out the full card number is still a finding: " + rules);
        assertTrue(rules.contains("ALL-PII-01"), "asking for the verification code is still a finding: " + rules);
    }
}
