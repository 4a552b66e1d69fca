package io.callqa.cli;

import io.callqa.classify.ClassifierEvaluation;
import io.callqa.lake.LakeQuery;
import io.callqa.voc.EmergingTopics;
import io.callqa.voc.TopicModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code callqa topics train --examples FILE.tsv --out MODEL_DIR},
 * {@code callqa topics eval --model MODEL_DIR --examples FILE.tsv} (last line: {@code accuracy <value>}) and
 * {@code callqa topics emerging --lake DIR [--days 7] [--themes 5]}.
 */
final class TopicsCommand {
    static final Set<String> VALUED = Set.of("examples", "out", "model", "folds", "lake", "days", "themes");

    private TopicsCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        String what = a.positional.isEmpty() ? "" : a.positional.get(0);
        if (what.equals("emerging")) return emerging(a, out);
        String examples = a.get("examples", null);
        if (examples == null) throw new Args.UsageException("topics " + what + " needs --examples FILE.tsv (text<TAB>topic per line)");
        List<String[]> rows = TopicModel.readExamples(Path.of(examples));
        switch (what) {
            case "train" -> {
                String dir = a.get("out", null);
                if (dir == null) throw new Args.UsageException("topics train needs --out MODEL_DIR");
                int folds = a.integer("folds", 5);
                long topics = rows.stream().map(r -> r[1]).distinct().count();
                out.printf("%d examples, %d topics%n", rows.size(), topics);
                if (folds > 1) out.printf("%d-fold cross-validated accuracy %.3f%n", folds, TopicModel.crossValidate(rows, folds));
                TopicModel.fit(rows).save(Path.of(dir));
                out.println("模型已保存 (model saved): " + dir);
                return 0;
            }
            case "eval" -> {
                String dir = a.get("model", null);
                if (dir == null) throw new Args.UsageException("topics eval needs --model MODEL_DIR");
                ClassifierEvaluation e = TopicModel.load(Path.of(dir)).evaluate(rows);
                out.printf("%d examples, macro-F1 %.3f%n", rows.size(), e.macroF1());
                out.printf("accuracy %.4f%n", e.accuracy());
                return 0;
            }
            default -> throw new Args.UsageException("topics needs train, eval or emerging");
        }
    }

    /** Complaint themes of the latest N days (against the N days before) among complaint calls no topic matched. */
    static int emerging(Args a, PrintStream out) throws Exception {
        int days = a.integer("days", 7);
        List<EmergingTopics.Complaint> complaints = new ArrayList<>();
        try (LakeQuery q = new LakeQuery(RunCommand.location(a.get("lake", "lake")).forQuery())) {
            List<List<String>> rows = q.run("WITH edge AS (SELECT max(start_time) AS t FROM calls),"
                    + " c AS (SELECT call_id, start_time > (SELECT t FROM edge) - INTERVAL " + days + " DAY AS recent FROM calls"
                    + "   WHERE complaint AND len(topics) = 0 AND start_time > (SELECT t FROM edge) - INTERVAL " + (2 * days) + " DAY)"
                    + " SELECT c.call_id, c.recent, string_agg(u.text, '。' ORDER BY u.seq) FROM c JOIN utterances u USING (call_id)"
                    + " WHERE u.speaker = 'customer' GROUP BY 1, 2 ORDER BY 1");
            for (List<String> r : rows.subList(1, rows.size())) complaints.add(new EmergingTopics.Complaint(r.get(0), r.get(2), Boolean.parseBoolean(r.get(1))));
        }
        List<EmergingTopics.Theme> themes = EmergingTopics.find(complaints, a.integer("themes", 5));
        long recent = complaints.stream().filter(EmergingTopics.Complaint::recent).count();
        out.printf("近%d天未归入任何话题的投诉 %d 通，之前%d天 %d 通 (complaints matching no topic: %d in the latest %d days, %d in the %d days before)%n",
                days, recent, days, complaints.size() - recent, recent, days, complaints.size() - recent, days);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("新兴主题关键词 keywords", "近期通话 recent", "前期通话 previous", "上升倍数 rise", "示例通话 example calls"));
        for (EmergingTopics.Theme t : themes) {
            table.add(List.of(String.join(" ", t.keywords()), String.valueOf(t.recentCalls()), String.valueOf(t.previousCalls()),
                    String.format("%.1f", t.rise()), String.join(" ", t.exampleCalls())));
        }
        TextTable.print(table, out);
        return 0;
    }
}
