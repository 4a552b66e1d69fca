package io.callqa.lake;

import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/** Puts each row in the dt=YYYY-MM-DD folder of its call's local start date. */
public final class DatePartition<T extends LakeRow> implements BucketAssigner<T, String> {
    @Override
    public String getBucketId(T row, Context context) {
        return "dt=" + row.partitionDate();
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }
}
