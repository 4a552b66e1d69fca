package io.callqa.cli;

import io.callqa.lake.LakeQuery;
import io.callqa.transcribe.VoskModels;
import io.callqa.emotion.EmotionAnalyzer;
import io.callqa.emotion.EmotionTraining;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code callqa demo}: the main job, once, on the bundled sample calls into ./lake, then a summary.
 * Recordings are transcribed when a Vosk model is configured, otherwise scored on signals only.
 */
final class DemoCommand {
    static final Set<String> VALUED = Set.of("lake", "vosk-model", "emotion-model", "parallelism");

    private DemoCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        Path samples = Main.home().resolve("ingest/samples").toAbsolutePath();
        String model = VoskModels.configured(a.get("vosk-model", null));
        buildEmotionModelIfPossible(out);
        RunCommand.Options o = new RunCommand.Options(samples, Path.of(a.get("lake", "lake")).toAbsolutePath(),
                Path.of(RunCommand.defaultRules()).toAbsolutePath(), model, RunCommand.emotionModel(a.get("emotion-model", null)), model == null, true, a.integer("parallelism", 2), 1,
                "Asia/Shanghai");
        int rc = RunCommand.run(o, out);
        if (rc != 0) return rc;
        summary(o.lake().forQuery(), out);
        return 0;
    }

    /** The demo shows emotion too: the model is built once from ../shared/data/text when that is beside the checkout. */
    private static void buildEmotionModelIfPossible(PrintStream out) throws Exception {
        Path text = Main.sharedData("text");
        if (EmotionAnalyzer.isModel(EmotionCommand.defaultModel()) || !Files.isDirectory(text)) return;
        out.println("首次运行：训练情绪模型 (first run: building the emotion model from " + text.normalize() + ", about 30 s)");
        EmotionTraining.build(text, EmotionCommand.defaultModel(), out);
    }

    static void summary(Path lake, PrintStream out) throws Exception {
        try (LakeQuery q = new LakeQuery(lake)) {
            out.println("\n== 质检概览 QA summary (" + lake + ") ==");
            TextTable.print(q.run("SELECT count(*) AS \"通话 calls\", count(*) FILTER (WHERE flagged) AS \"需复核 flagged\","
                    + " count(*) FILTER (WHERE red_line) AS \"红线 red_line\", round(avg(qa_score), 1) AS \"平均分 avg_score\" FROM calls"), out);
            out.println("\n-- 得分分布 score distribution --");
            TextTable.print(q.run("SELECT CASE WHEN qa_score = 0 THEN '0 (红线 red line)' WHEN qa_score < 60 THEN '1-59'"
                    + " WHEN qa_score < 80 THEN '60-79' WHEN qa_score < 100 THEN '80-99' ELSE '100' END AS \"分数段 score\","
                    + " count(*) AS \"通话 calls\" FROM calls GROUP BY 1 ORDER BY min(qa_score)"), out);
            out.println("\n-- 命中最多的规则 top rule hits --");
            TextTable.print(q.run("SELECT rule_id, rule_name AS \"规则 rule\", category, count(DISTINCT call_id) AS \"通话 calls\""
                    + " FROM rule_hits GROUP BY ALL ORDER BY 4 DESC, 1 LIMIT 10"), out);
            out.println("\n-- 隔离区 quarantine --");
            TextTable.print(q.run("SELECT stage, reason FROM quarantine ORDER BY \"at\""), out);
        }
    }
}
