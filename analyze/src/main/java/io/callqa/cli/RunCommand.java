package io.callqa.cli;

import io.callqa.ingest.InputFile;
import io.callqa.ingest.InputFileFilter;
import io.callqa.ingest.WholeFileFormat;
import io.callqa.job.CallScoringJob;
import io.callqa.job.JobSettings;
import io.callqa.job.Progress;
import io.callqa.lake.LakeLedger;
import io.callqa.lake.LakeLocation;
import io.callqa.lake.LakeSinks;
import io.callqa.emotion.EmotionAnalyzer;
import io.callqa.rules.RulePackException;
import io.callqa.rules.RulePackLoader;
import io.callqa.transcribe.VoskModels;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.RecoveryClaimMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** {@code callqa run}: the scoring job on the embedded Flink MiniCluster, from a folder into a local lake. */
final class RunCommand {
    static final Set<String> FLAGS = Set.of("once", "signal-only");
    static final Set<String> VALUED = Set.of("input", "lake", "rules", "vosk-model", "emotion-model", "seal-originals", "topics", "parallelism", "checkpoint-interval", "zone");

    private RunCommand() {}

    /** Options of one run, resolved. */
    record Options(LakeLocation input, LakeLocation lake, Path rules, String voskModel, String emotionModel,
                   boolean signalOnly, boolean once, int parallelism, int checkpointSeconds, String zone, Path sealKey, Path topics) {
        Options(Path input, Path lake, Path rules, String voskModel, String emotionModel,
                boolean signalOnly, boolean once, int parallelism, int checkpointSeconds, String zone) {
            this(LakeLocation.of(input), LakeLocation.of(lake), rules, voskModel, emotionModel, signalOnly, once, parallelism, checkpointSeconds, zone, null, null);
        }

        static Options of(Args a) {
            String input = a.get("input", null);
            if (input == null) throw new Args.UsageException("run needs --input DIR (or s3://bucket/prefix)");
            return new Options(location(input), location(a.get("lake", "lake")),
                    Path.of(a.get("rules", defaultRules())).toAbsolutePath(), VoskModels.configured(a.get("vosk-model", null)),
                    RunCommand.emotionModel(a.get("emotion-model", null)), a.flag("signal-only"), a.flag("once"), a.integer("parallelism", 2), a.integer("checkpoint-interval", 5),
                    a.get("zone", "Asia/Shanghai"), a.get("seal-originals", null) == null ? null : Path.of(a.get("seal-originals", null)),
                    a.get("topics", null) == null ? null : Path.of(a.get("topics", null)).toAbsolutePath());
        }
    }

    /** The option, else CALLQA_EMOTION_MODEL, else the folder `callqa emotion train` writes by default if it was built. */
    static String emotionModel(String option) {
        if (option != null) return Path.of(option).toAbsolutePath().toString();
        String env = System.getenv("CALLQA_EMOTION_MODEL");
        if (env != null && !env.isBlank()) return env;
        Path built = EmotionCommand.defaultModel();
        return EmotionAnalyzer.isModel(built) ? built.toString() : null;
    }

    static LakeLocation location(String arg) {
        try {
            return LakeLocation.of(arg);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }

    /** The topic taxonomy beside the rule packs (rules/../topics/taxonomy.yaml), else the shipped one; checked now, not per task. */
    static Path taxonomy(Path rules) {
        Path beside = rules.resolveSibling("topics").resolve("taxonomy.yaml");
        Path taxonomy = Files.exists(beside) ? beside : Main.home().resolve("scoring-rules/topics/taxonomy.yaml").toAbsolutePath();
        if (!Files.exists(taxonomy)) throw new Args.UsageException("no topic taxonomy at " + beside + " or " + taxonomy);
        return taxonomy;
    }

    static String defaultRules() {
        return Main.home().resolve("scoring-rules/packs").toString();
    }

    static int run(Options o, PrintStream out) throws Exception {
        if (!o.input().inBucket() && !Files.isDirectory(o.input().folder())) throw new Args.UsageException("input folder " + o.input() + " does not exist");
        JobSettings settings = new JobSettings();
        try {
            settings.rules = RulePackLoader.loadFolder(o.rules());
            settings.rulesDir = o.rules().toString();
        } catch (RulePackException e) {
            out.println("规则包有错误，作业未启动 (rule packs have errors, job not started):\n" + e.getMessage());
            return 2;
        }
        settings.voskModel = o.voskModel();
        settings.emotionModel = o.emotionModel();
        settings.topicModel = o.topics() == null ? null : o.topics().toString();
        settings.topicTaxonomy = taxonomy(o.rules()).toString();
        if (o.topics() != null && !Files.exists(o.topics().resolve("topics.model"))) {
            throw new Args.UsageException(o.topics() + " is not a topic model folder (build one with ./callqa topics train --examples FILE.tsv --out DIR)");
        }
        if (o.sealKey() != null) settings.sealer = io.callqa.privacy.OriginalSealer.fromKeyFile(o.sealKey());
        if (o.emotionModel() == null) out.println("注意：未找到情绪模型，情绪列为空 (no emotion model: emotion columns stay empty; build one with ./callqa emotion train)");
        else if (!EmotionAnalyzer.isModel(Path.of(o.emotionModel()))) throw new Args.UsageException(o.emotionModel() + " is not an emotion model folder for this version (build one with ./callqa emotion train --out DIR)");
        settings.signalOnly = o.signalOnly();
        settings.zone = o.zone();
        settings.runId = Long.toString(System.currentTimeMillis());
        if (o.voskModel() != null) VoskModels.load(o.voskModel()); // fail now, not per call, on a bad model folder
        else if (!o.signalOnly()) out.println("注意：未配置语音识别模型，录音将进入隔离区 (no speech model: recordings will be quarantined; "
                + VoskModels.HOW_TO_CONFIGURE + ")");

        org.apache.flink.core.fs.Path checkpointDir = o.lake().resolve("_checkpoints");
        StartState start = readStartState(o, checkpointDir, out);
        LakeLedger ledger = start.ledger();
        settings.callsInLake = ledger.callSources;
        InputFileFilter filter = start.filter();
        Optional<org.apache.flink.core.fs.Path> resumeFrom = start.resumeFrom();
        resumeFrom.ifPresent(p -> out.println("从检查点恢复 (resuming from checkpoint) " + p));
        settings.trendHistory = new java.util.ArrayList<>(ledger.recentCalls);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(o.parallelism(),
                flinkConfig(checkpointDir, resumeFrom, o.checkpointSeconds()));
        new CallScoringJob(source(o.input(), filter, o.once()), LakeSinks.parquet(o.lake().uri()), settings).build(env);

        long candidates = start.candidates();
        out.printf("输入 (input) %s: %d 个待处理文件 (files to process); 数据湖 (lake) %s 已有 (already holds) %d 通 (calls)%n",
                o.input(), candidates, o.lake(), ledger.callSources.size());
        JobClient job = env.executeAsync("callqa-scoring");
        ProgressLine progress = new ProgressLine(out, o.once() ? candidates : -1);
        progress.start();
        try {
            job.getJobExecutionResult().get();
        } finally {
            progress.stop();
        }
        // A bounded run that finished has committed everything; its checkpoints would only replay nothing.
        if (o.once()) Checkpoints.deleteTree(checkpointDir);
        out.printf("完成 (done): 评分 (scored) %d, 隔离 (quarantined) %d, 重放跳过 (replays skipped) %d%n",
                Progress.SCORED.get(), Progress.QUARANTINED.get(), Progress.SKIPPED_REPLAY.get());
        return 0;
    }

    /** What the lake, its checkpoints and the input say as a run starts. */
    private record StartState(LakeLedger ledger, InputFileFilter filter, Optional<org.apache.flink.core.fs.Path> resumeFrom, long candidates) {}

    /** Reads the start state; a bucket that is unreachable is waited for (with growing pauses, about 8 minutes in all). */
    private static StartState readStartState(Options o, org.apache.flink.core.fs.Path checkpointDir, PrintStream out) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<org.apache.flink.core.fs.Path> resumeFrom = Checkpoints.latest(checkpointDir);
                Checkpoints.pruneEmpty(checkpointDir, resumeFrom);
                // Restored state already holds the trend windows; a fresh start reads the lake's recent calls back into them.
                LakeLedger ledger = LakeLedger.read(o.lake().forQuery(), resumeFrom.isEmpty());
                InputFileFilter filter = new InputFileFilter(ledger.doneFiles(), ledger.quarantinedFiles);
                return new StartState(ledger, filter, resumeFrom, countCandidates(o.input().flinkPath(), filter));
            } catch (IOException e) {
                if (!(o.lake().inBucket() || o.input().inBucket()) || attempt >= 20) throw e;
                long wait = Math.min(30, 1L << Math.min(attempt - 1, 5));
                out.printf("存储暂不可用，%d 秒后重试 (store unavailable, retrying in %d s): %s%n", wait, wait, e.getMessage());
                Thread.sleep(wait * 1000);
            }
        }
    }

    static FileSource<InputFile> source(LakeLocation input, InputFileFilter filter, boolean once) {
        FileSource.FileSourceBuilder<InputFile> b = FileSource.forBulkFileFormat(new WholeFileFormat(), input.flinkPath())
                .setFileEnumerator(() -> new NonSplittingRecursiveEnumerator(filter));
        if (!once) b.monitorContinuously(Duration.ofSeconds(2));
        return b.build();
    }

    static Configuration flinkConfig(org.apache.flink.core.fs.Path checkpointDir, Optional<org.apache.flink.core.fs.Path> resumeFrom, int intervalSeconds) {
        Configuration c = new Configuration();
        c.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir.toString());
        c.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(intervalSeconds));
        c.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        c.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 2);
        // A lake store that is down fails checkpoints and commits; the job restarts from its last checkpoint
        // with growing pauses (1 s … 30 s) and rides out about 8 minutes of outage before it gives up.
        c.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        c.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, Duration.ofSeconds(1));
        c.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF, Duration.ofSeconds(30));
        c.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_ATTEMPTS, 20);
        c.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_RESET_BACKOFF_THRESHOLD, Duration.ofMinutes(5));
        resumeFrom.ifPresent(p -> {
            c.set(StateRecoveryOptions.SAVEPOINT_PATH, p.toString());
            // The source's state is deliberately not restored (new uid each run): see CallScoringJob.
            c.set(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE, true);
            // The new run owns the old checkpoint and deletes it once its own checkpoints supersede it.
            c.set(StateRecoveryOptions.RESTORE_MODE, RecoveryClaimMode.CLAIM);
        });
        return c;
    }

    private static long countCandidates(org.apache.flink.core.fs.Path dir, InputFileFilter filter) throws IOException {
        long n = 0;
        org.apache.flink.core.fs.FileStatus[] entries;
        try {
            entries = dir.getFileSystem().listStatus(dir);
        } catch (java.io.FileNotFoundException e) {
            return 0;
        }
        for (var e : entries == null ? new org.apache.flink.core.fs.FileStatus[0] : entries) {
            n += e.isDir() ? countCandidates(e.getPath(), filter) : filter.test(e.getPath()) ? 1 : 0;
        }
        return n;
    }

    /** Prints progress every few seconds while the job runs. */
    private static final class ProgressLine {
        private final PrintStream out;
        private final long total;
        private final Thread thread;

        ProgressLine(PrintStream out, long total) {
            this.out = out;
            this.total = total;
            this.thread = new Thread(this::loop, "progress");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            thread.interrupt();
        }

        private void loop() {
            try {
                while (true) {
                    Thread.sleep(5000);
                    long done = Progress.SCORED.get() + Progress.QUARANTINED.get() + Progress.SKIPPED_REPLAY.get();
                    out.printf("进度 (progress): %d%s 文件 (files), 评分 (scored) %d, 隔离 (quarantined) %d%n", done,
                            total >= 0 ? "/" + total : "", Progress.SCORED.get(), Progress.QUARANTINED.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
