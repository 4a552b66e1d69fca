package io.callqa.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The callqa command line: demo, run, query, transcribe. */
public final class Main {
    static final String USAGE = """
            用法 usage: callqa COMMAND [options]
              demo                          在示例通话上运行质检作业，写入 ./lake 并打印概览
                                            (run the job on the bundled sample calls into ./lake, print a summary)
              run --input DIR|s3://B/P --lake DIR|s3://B/P [--once] [--rules DIR] [--vosk-model DIR] [--signal-only]
                  [--emotion-model DIR] [--seal-originals KEYFILE] [--topics MODEL_DIR]
                  [--parallelism N] [--checkpoint-interval SECONDS] [--zone Asia/Shanghai]
                                            质检作业 (the scoring job; without --once it keeps watching the input;
                                            s3:// needs CALLQA_S3_ENDPOINT, CALLQA_S3_ACCESS_KEY, CALLQA_S3_SECRET_KEY)
              query --lake DIR|s3://BUCKET/PREFIX [--format table|csv] "SQL" | --named NAME
                                            用 SQL 查询数据湖 (SQL over the lake: calls, rule_hits, utterances, quarantine,
                                            voc_topic_trends; view topic_trends = each trend window's current row)
              transcribe FILE.wav [--vosk-model DIR] [--signal-only]
                                            打印一个录音的转写 JSON (print one recording's transcript JSON)
              rules validate|test DIR       检查规则包；运行每条规则的正反例 (check rule packs; run every rule's examples)
              rules eval DIR --calls DIR[,DIR]
              rules train-model DIR [--data DIR]  重建规则包使用的坐席态度模型 (rebuild the rude-agent model the packs use)
                                            在已标注通话上计算各类别准确率/召回率 (precision/recall on labelled transcripts)
              emotion train [--text DIR] [--out DIR]
                                            训练并评估情绪与辱骂识别模型 (build and evaluate the emotion and abuse models)
              topics train --examples FILE.tsv --out MODEL_DIR [--folds 5]
              topics eval --model MODEL_DIR --examples FILE.tsv
              topics emerging [--lake DIR] [--days 7] [--themes 5]
                                            VOC 话题：训练、评估分类器；发现新兴投诉主题 (topic classifier: train, evaluate,
                                            last line "accuracy <value>"; emerging complaint themes no topic covers)
              bench audio [--clips DIR] [--vosk-model DIR]
                                            音频处理吞吐量基准 (audio step throughput, × real time per core)
              bench rules [--rules DIR] [--calls DIR] [--count 500] [--seconds N]
                                            规则引擎吞吐量基准：500条规则、5分钟通话 (calls/s per core)
              bench text [--emotion-model DIR] 脱敏与情绪分析吞吐量 (masking and emotion, chars/s per core)
              review --lake DIR|s3://B/P --users FILE [--port 8080] [--state DIR] [--sample-rate 0.02]
                                            复核与审计网页（质检员队列、通话页、申诉、审计日志）(the review and audit web app)
              review hash-password          生成用户文件中的密码哈希 (a password hash for the users file)
              model download vosk-model-small-cn-0.22|vosk-model-cn-0.22 --sha256 HEX [--cache DIR]
                                            下载并校验语音模型 (download, verify and unpack a Vosk Chinese model)
            """;

    private Main() {}

    /** The checkout callqa runs from (CALLQA_HOME, set by ./callqa), else the working folder. */
    static Path home() {
        return Path.of(System.getenv().getOrDefault("CALLQA_HOME", "."));
    }

    /** The shared test data beside the checkout, if it is there (development and CI machines). */
    static Path sharedData(String folder) {
        return home().resolve("../shared/data").resolve(folder);
    }

    public static void main(String[] argv) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int rc;
        try {
            rc = run(argv, out);
        } catch (Args.UsageException e) {
            out.println("错误 error: " + e.getMessage() + "\n\n" + USAGE);
            rc = 2;
        } catch (java.io.IOException e) {
            out.println("错误 error: " + e.getMessage());
            rc = 1;
        } catch (Exception e) {
            out.println("错误 error: " + e);
            e.printStackTrace();
            rc = 1;
        }
        System.exit(rc);
    }

    public static int run(String[] argv, PrintStream out) throws Exception {
        if (argv.length == 0) throw new Args.UsageException("no command given");
        return switch (argv[0]) {
            case "demo" -> DemoCommand.run(Args.parse(argv, 1, Set.of(), DemoCommand.VALUED), out);
            case "run" -> RunCommand.run(RunCommand.Options.of(Args.parse(argv, 1, RunCommand.FLAGS, RunCommand.VALUED)), out);
            case "query" -> QueryCommand.run(Args.parse(argv, 1, Set.of(), QueryCommand.VALUED), out);
            case "transcribe" -> TranscribeCommand.run(Args.parse(argv, 1, TranscribeCommand.FLAGS, TranscribeCommand.VALUED), out);
            case "rules" -> RulesCommand.run(Args.parse(argv, 1, Set.of(), RulesCommand.VALUED), out);
            case "emotion" -> EmotionCommand.run(Args.parse(argv, 1, Set.of(), EmotionCommand.VALUED), out);
            case "topics" -> TopicsCommand.run(Args.parse(argv, 1, Set.of(), TopicsCommand.VALUED), out);
            case "bench" -> BenchCommand.run(Args.parse(argv, 1, Set.of(), BenchCommand.VALUED), out);
            case "model" -> ModelCommand.run(Args.parse(argv, 1, Set.of(), ModelCommand.VALUED), out);
            case "help", "--help", "-h" -> {
                out.println(USAGE);
                yield 0;
            }
            default -> throw new Args.UsageException("unknown command '" + argv[0] + "'");
        };
    }
}
