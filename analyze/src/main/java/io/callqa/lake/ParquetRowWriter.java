package io.callqa.lake;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.formats.parquet.ParquetBuilder;
import org.apache.flink.formats.parquet.ParquetWriterFactory;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Writes lake rows as ZSTD-compressed Parquet through their Avro form. */
public final class ParquetRowWriter<T extends LakeRow> implements BulkWriter.Factory<T> {
    private final ParquetWriterFactory<GenericRecord> parquet;

    public ParquetRowWriter(Schema schema) {
        String json = schema.toString(); // Avro schemas travel to the task managers as text
        ParquetBuilder<GenericRecord> builder = out -> AvroParquetWriter.<GenericRecord>builder(out)
                .withSchema(new Schema.Parser().parse(json))
                .withDataModel(GenericData.get())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .build();
        this.parquet = new ParquetWriterFactory<>(builder);
    }

    @Override
    public BulkWriter<T> create(FSDataOutputStream out) throws IOException {
        BulkWriter<GenericRecord> writer = parquet.create(out);
        return new BulkWriter<>() {
            @Override
            public void addElement(T row) throws IOException {
                writer.addElement(row.toRecord());
            }

            @Override
            public void flush() throws IOException {
                writer.flush();
            }

            @Override
            public void finish() throws IOException {
                writer.finish();
            }
        };
    }
}
