package io.callqa.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Reads each input file whole as one record (a call is one file), together with the sidecar
 * metadata of a recording. Files are never split.
 */
public class WholeFileFormat implements BulkFormat<InputFile, FileSourceSplit> {
    /** Larger inputs are refused: a 2-hour stereo 16 kHz call is ~460 MB; nothing real is bigger. */
    public static final long MAX_BYTES = 1L << 30;

    @Override
    public Reader<InputFile> createReader(Configuration config, FileSourceSplit split) {
        return new OneFileReader(split);
    }

    @Override
    public Reader<InputFile> restoreReader(Configuration config, FileSourceSplit split) {
        // A file is one record: a restored split whose record was already emitted has nothing left.
        boolean emitted = split.getReaderPosition().map(p -> p.getRecordsAfterOffset() > 0).orElse(false);
        return emitted ? new EmptyReader() : new OneFileReader(split);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<InputFile> getProducedType() {
        return TypeInformation.of(InputFile.class);
    }

    private static final class OneFileReader implements Reader<InputFile> {
        private final FileSourceSplit split;
        private boolean done;

        OneFileReader(FileSourceSplit split) {
            this.split = split;
        }

        @Override
        public RecordIterator<InputFile> readBatch() throws IOException {
            if (done) return null;
            done = true;
            Path path = split.path();
            FileSystem fs = path.getFileSystem();
            long size = fs.getFileStatus(path).getLen();
            // Oversized files are passed on empty-handed with their size so the parser can quarantine them.
            byte[] bytes = size > MAX_BYTES ? new byte[0] : readAll(fs, path);
            byte[] sidecar = null;
            if (InputKind.of(path.getName()) == InputKind.RECORDING) {
                Path side = new Path(path.getParent(), InputKind.sidecarName(path.getName()));
                if (fs.exists(side)) sidecar = readAll(fs, side);
            }
            InputFile file = new InputFile(InputFile.source(path), split.fileModificationTime(), size, bytes, sidecar);
            SingletonResultIterator<InputFile> it = new SingletonResultIterator<>();
            it.set(file, 0, 1);
            return it;
        }

        @Override
        public void close() {}
    }

    private static final class EmptyReader implements Reader<InputFile> {
        @Override
        public RecordIterator<InputFile> readBatch() {
            return null;
        }

        @Override
        public void close() {}
    }

    static byte[] readAll(FileSystem fs, Path path) throws IOException {
        try (InputStream in = fs.open(path)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
