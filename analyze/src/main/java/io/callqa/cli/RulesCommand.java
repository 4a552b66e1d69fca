package io.callqa.cli;

import io.callqa.rules.LabelledCallEvaluation;
import io.callqa.rules.Rule;
import io.callqa.rules.RuleExamples;
import io.callqa.rules.RulePackException;
import io.callqa.rules.RulePackLoader;
import io.callqa.rules.UtteranceModelTraining;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code callqa rules validate|test|eval|train-model DIR}: check a rule folder before it goes live, run
 * every rule's examples, measure precision/recall on labelled transcripts, and rebuild the text models
 * the packs use.
 */
final class RulesCommand {
    static final Set<String> VALUED = Set.of("calls", "data");

    private RulesCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        if (a.positional.size() != 2) throw new Args.UsageException("rules needs a subcommand and a folder, e.g. callqa rules validate scoring-rules/packs");
        Path dir = Path.of(a.positional.get(1));
        if (a.positional.get(0).equals("train-model")) return trainModel(dir, a, out); // before loading: the packs may need the model
        List<Rule> rules;
        try {
            rules = RulePackLoader.loadFolder(dir);
        } catch (RulePackException e) {
            out.println("规则包有错误 (rule pack errors): " + e.problems.size());
            e.problems.forEach(p -> out.println("  " + p));
            return 1;
        }
        return switch (a.positional.get(0)) {
            case "validate" -> {
                out.printf("规则包有效 (valid): %d rules in %s%n", rules.size(), dir);
                yield 0;
            }
            case "test" -> test(rules, out);
            case "eval" -> eval(rules, a, out);
            default -> throw new Args.UsageException("unknown rules subcommand '" + a.positional.get(0) + "' (validate, test, eval, train-model)");
        };
    }

    /** Rebuilds the models the packs use (DIR/models/NAME.gz) from the labelled text beside the packs (--data, default DIR/..). */
    private static int trainModel(Path packs, Args a, PrintStream out) throws Exception {
        Path data = Path.of(a.get("data", packs.toAbsolutePath().getParent().toString()));
        for (UtteranceModelTraining.Spec spec : UtteranceModelTraining.SHIPPED) {
            Path file = packs.resolve("models").resolve(spec.name() + ".gz");
            UtteranceModelTraining.train(spec, data).write(file);
            out.printf("模型已生成 (model written): %s (from %s/testutterances and %s/testcalls)%n", file, data, data);
        }
        return 0;
    }

    private static int test(List<Rule> rules, PrintStream out) throws Exception {
        List<String> wrong = RuleExamples.failures(rules);
        int examples = rules.stream().mapToInt(r -> r.positiveExamples.size() + r.negativeExamples.size()).sum();
        List<String> thin = rules.stream().filter(r -> r.positiveExamples.size() < 3 || r.negativeExamples.size() < 3)
                .map(r -> r.id + " has " + r.positiveExamples.size() + " match / " + r.negativeExamples.size() + " noMatch examples; at least 3 each are required").toList();
        wrong = new ArrayList<>(wrong);
        wrong.addAll(thin);
        wrong.forEach(w -> out.println("失败 FAIL " + w));
        out.printf("%d rules, %d examples, %d failures%n", rules.size(), examples, wrong.size());
        return wrong.isEmpty() ? 0 : 1;
    }

    private static int eval(List<Rule> rules, Args a, PrintStream out) throws Exception {
        String calls = a.get("calls", null);
        if (calls == null) throw new Args.UsageException("rules eval needs --calls DIR[,DIR…] of *.transcript.json with a labels.tsv");
        List<Path> folders = java.util.Arrays.stream(calls.split(",")).map(Path::of).toList();
        LabelledCallEvaluation e = LabelledCallEvaluation.run(rules, folders);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("category 类别", "TP", "FP", "FN", "precision", "recall"));
        for (Map.Entry<String, LabelledCallEvaluation.Tally> c : e.byCategory.entrySet()) {
            LabelledCallEvaluation.Tally t = c.getValue();
            table.add(List.of(c.getKey(), "" + t.tp, "" + t.fp, "" + t.fn, String.format("%.3f", t.precision()), String.format("%.3f", t.recall())));
        }
        out.println(e.calls + " labelled calls");
        TextTable.print(table, out);
        for (Map.Entry<String, LabelledCallEvaluation.Tally> c : e.byCategory.entrySet()) {
            c.getValue().missed.forEach(m -> out.println("漏检 missed      " + c.getKey() + "  " + m));
            c.getValue().falseAlarms.forEach(m -> out.println("误报 false alarm " + c.getKey() + "  " + m));
        }
        return 0;
    }
}
