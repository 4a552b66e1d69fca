package io.callqa.cli;

import io.callqa.classify.ClassifierEvaluation;
import io.callqa.voc.TopicModel;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code callqa topics train --examples FILE.tsv --out MODEL_DIR} and
 * {@code callqa topics eval --model MODEL_DIR --examples FILE.tsv} (last line: {@code accuracy <value>}).
 */
final class TopicsCommand {
    static final Set<String> VALUED = Set.of("examples", "out", "model", "folds");

    private TopicsCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        String what = a.positional.isEmpty() ? "" : a.positional.get(0);
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
            default -> throw new Args.UsageException("topics needs train or eval");
        }
    }
}
