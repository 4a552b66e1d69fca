package io.callqa.job;

import io.callqa.call.Call;
import io.callqa.ingest.InputRejectedException;
import io.callqa.transcribe.AudioCallTranscriber;
import io.callqa.transcribe.VoskModels;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/** Gives recordings their utterances (Vosk, or speech segments only in signal-only mode); transcripts pass through. */
public class TranscribeAudio extends ProcessFunction<Call, Call> {
    private final String modelFolder;
    private final boolean signalOnly;
    private transient AudioCallTranscriber transcriber;

    public TranscribeAudio(String modelFolder, boolean signalOnly) {
        this.modelFolder = modelFolder;
        this.signalOnly = signalOnly;
    }

    @Override
    public void open(OpenContext ctx) {
        transcriber = new AudioCallTranscriber(modelFolder);
    }

    @Override
    public void processElement(Call call, Context ctx, Collector<Call> out) {
        if (!Call.SOURCE_AUDIO.equals(call.source)) {
            out.collect(call);
            return;
        }
        if (modelFolder == null && !signalOnly) {
            ctx.output(Quarantine.TAG, Quarantine.retryable(call.sourceFile, call.sourceModifiedMs, "transcribe",
                    call.sourceFile + ": recording refused, no speech model configured: " + VoskModels.HOW_TO_CONFIGURE));
            return;
        }
        try {
            transcriber.transcribe(call);
            out.collect(call);
        } catch (InputRejectedException e) {
            ctx.output(Quarantine.TAG, Quarantine.of(call.sourceFile, call.sourceModifiedMs, "transcribe", e.getMessage()));
        } catch (Exception e) {
            ctx.output(Quarantine.TAG, Quarantine.retryable(call.sourceFile, call.sourceModifiedMs, "transcribe",
                    call.sourceFile + ": transcription failed: " + e.getMessage()));
        }
    }
}
