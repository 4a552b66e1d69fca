package io.callqa.lake;

import java.io.Serializable;
import org.apache.avro.Schema;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/**
 * Where the job's five outputs go. {@link #parquet} is the real lake: one FileSink per table,
 * files committed exactly once when a checkpoint completes.
 */
public record LakeSinks(Sink<CallRow> calls, Sink<RuleHitRow> ruleHits, Sink<UtteranceRow> utterances,
                        Sink<QuarantineRow> quarantine, Sink<TopicTrendRow> topicTrends) implements Serializable {

    public static LakeSinks parquet(String lakeUri) {
        return new LakeSinks(table(lakeUri, "calls", LakeSchema.CALLS), table(lakeUri, "rule_hits", LakeSchema.RULE_HITS),
                table(lakeUri, "utterances", LakeSchema.UTTERANCES), table(lakeUri, "quarantine", LakeSchema.QUARANTINE),
                table(lakeUri, "voc_topic_trends", LakeSchema.VOC_TOPIC_TRENDS));
    }

    static <T extends LakeRow> FileSink<T> table(String lakeUri, String name, Schema schema) {
        return FileSink.forBulkFormat(new Path(lakeUri, name), new ParquetRowWriter<T>(schema))
                .withBucketAssigner(new DatePartition<>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".parquet").build())
                .build();
    }
}
