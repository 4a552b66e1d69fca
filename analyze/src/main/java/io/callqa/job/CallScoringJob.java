package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.call.Quarantined;
import io.callqa.ingest.InputFile;
import io.callqa.lake.CallRow;
import io.callqa.lake.LakeSinks;
import io.callqa.trends.TopicTrends;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The scoring job: input files → calls → transcription → personal data masked → emotion → topic → rules and signals → lake tables,
 * and from the calls, topic trends in event time.
 * Source and sinks come in through the constructor; main wires the real folder and Parquet lake.
 *
 * <p>Exactly once: the lake's FileSinks commit on checkpoints; on restart the sinks and the
 * per-call "seen" state are restored from the last checkpoint, while the source starts afresh
 * (new uid per run) and lists the folder again, skipping files the lake already holds. Replayed
 * files are then dropped by {@link FirstSightOfCall}.
 */
public class CallScoringJob {
    private final Source<InputFile, ?, ?> source;
    private final LakeSinks sinks;
    private final JobSettings settings;

    public CallScoringJob(Source<InputFile, ?, ?> source, LakeSinks sinks, JobSettings settings) {
        this.source = source;
        this.sinks = sinks;
        this.settings = settings;
    }

    public void build(StreamExecutionEnvironment env) {
        DataStream<InputFile> files = env.fromSource(source, WatermarkStrategy.noWatermarks(), "input-files")
                .uid("input-files-" + settings.runId);
        SingleOutputStreamOperator<Call> read = files.process(new ReadCall(settings.zone)).name("read-call").uid("read-call");
        SingleOutputStreamOperator<Call> fresh = read.keyBy(new CallKey())
                .process(new FirstSightOfCall(settings.callsInLake)).name("first-sight").uid("first-sight");
        SingleOutputStreamOperator<Call> transcribed = fresh
                .process(new TranscribeAudio(settings.voskModel, settings.signalOnly)).name("transcribe").uid("transcribe");
        DataStream<Call> masked = transcribed.map(new MaskPersonalData(settings.sealer)).name("mask-personal-data").uid("mask-personal-data");
        if (settings.emotionModel != null) masked = masked.map(new DetectEmotion(settings.emotionModel)).name("emotion").uid("emotion");
        masked = masked.map(new AssignTopic(settings.topicModel, settings.topicTaxonomy)).name("topic").uid("topic");
        SingleOutputStreamOperator<ScoredCall> scored = masked.process(new ScoreCall(settings.rules, settings.rulesDir)).name("score").uid("score");

        DataStream<CallRow> callRows = scored.map(new ToCallRow()).name("calls-rows").uid("calls-rows");
        callRows.sinkTo(sinks.calls()).name("calls").uid("calls-sink");
        DataStream<CallRow> trendCalls = callRows;
        if (!settings.trendHistory.isEmpty()) {
            trendCalls = callRows.union(env.fromData(settings.trendHistory).name("recent-calls-from-lake").uid("recent-calls-from-lake"));
        }
        TopicTrends.of(trendCalls, settings.trendOutOfOrder, settings.trendLateness, settings.zone)
                .sinkTo(sinks.topicTrends()).name("voc_topic_trends").uid("voc-topic-trends-sink");
        scored.flatMap(new ToRuleHitRows()).name("rule-hit-rows").uid("rule-hit-rows")
                .sinkTo(sinks.ruleHits()).name("rule_hits").uid("rule-hits-sink");
        scored.flatMap(new ToUtteranceRows()).name("utterance-rows").uid("utterance-rows")
                .sinkTo(sinks.utterances()).name("utterances").uid("utterances-sink");

        DataStream<Quarantined> refused = read.getSideOutput(Quarantine.TAG)
                .union(fresh.getSideOutput(Quarantine.TAG), transcribed.getSideOutput(Quarantine.TAG),
                        scored.getSideOutput(Quarantine.TAG));
        refused.map(new ToQuarantineRow(settings.zone)).name("quarantine-rows").uid("quarantine-rows")
                .sinkTo(sinks.quarantine()).name("quarantine").uid("quarantine-sink");
    }
}
