package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.ingest.InputFile;
import io.callqa.ingest.InputKind;
import io.callqa.ingest.InputRejectedException;
import io.callqa.ingest.RecordingMetadata;
import io.callqa.ingest.TranscriptJson;
import io.callqa.ingest.WholeFileFormat;
import java.time.ZoneId;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Turns an input file into a call: a parsed transcript, or a recording with its metadata awaiting transcription. */
public class ReadCall extends ProcessFunction<InputFile, Call> {
    private final String zone;

    public ReadCall(String zone) {
        this.zone = zone;
    }

    @Override
    public void processElement(InputFile file, Context ctx, Collector<Call> out) {
        try {
            out.collect(read(file));
        } catch (InputRejectedException e) {
            ctx.output(Quarantine.TAG, Quarantine.of(file.path, file.modifiedMs, "ingest", e.getMessage()));
        } catch (RuntimeException e) {
            ctx.output(Quarantine.TAG, Quarantine.of(file.path, file.modifiedMs, "ingest", file.path + ": unreadable input: " + e));
        }
    }

    Call read(InputFile file) throws InputRejectedException {
        if (file.sizeBytes > WholeFileFormat.MAX_BYTES) {
            throw new InputRejectedException(file.path + ": file is " + (file.sizeBytes >> 20) + " MB, over the 1024 MB limit");
        }
        return switch (InputKind.of(file.fileName())) {
            case TRANSCRIPT -> TranscriptJson.read(file.path, file.bytes, file.modifiedMs);
            case RECORDING -> {
                Call call = new Call();
                call.source = Call.SOURCE_AUDIO;
                call.sourceFile = file.path;
                call.sourceModifiedMs = file.modifiedMs;
                call.meta = RecordingMetadata.of(file, ZoneId.of(zone));
                call.audio = file.bytes;
                yield call;
            }
            default -> throw new InputRejectedException(file.path + ": unsupported file type; expected a recording (*.wav)"
                    + " or a transcript (*" + InputKind.TRANSCRIPT_SUFFIX + ")");
        };
    }
}
