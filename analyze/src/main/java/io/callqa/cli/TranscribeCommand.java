package io.callqa.cli;

import io.callqa.call.Call;
import io.callqa.ingest.InputFile;
import io.callqa.ingest.InputKind;
import io.callqa.ingest.InputRejectedException;
import io.callqa.ingest.RecordingMetadata;
import io.callqa.ingest.TranscriptJson;
import io.callqa.transcribe.AudioCallTranscriber;
import io.callqa.transcribe.VoskModels;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/** {@code callqa transcribe FILE.wav}: prints the recording's transcript JSON (the transcript input format). */
final class TranscribeCommand {
    static final Set<String> FLAGS = Set.of("signal-only");
    static final Set<String> VALUED = Set.of("vosk-model");

    private TranscribeCommand() {}

    static int run(Args a, PrintStream out) throws Exception {
        if (a.positional.size() != 1) throw new Args.UsageException("transcribe needs one recording, e.g. callqa transcribe call.wav");
        Path wav = Path.of(a.positional.get(0)).toAbsolutePath();
        String model = VoskModels.configured(a.get("vosk-model", null));
        if (model == null && !a.flag("signal-only")) throw new Args.UsageException("no speech model: " + VoskModels.HOW_TO_CONFIGURE);
        Path side = wav.resolveSibling(InputKind.sidecarName(wav.getFileName().toString()));
        InputFile file = new InputFile(wav.toString(), Files.getLastModifiedTime(wav).toMillis(), Files.size(wav),
                Files.readAllBytes(wav), Files.exists(side) ? Files.readAllBytes(side) : null);
        Call call = new Call();
        call.source = Call.SOURCE_AUDIO;
        call.sourceFile = file.path;
        call.audio = file.bytes;
        try {
            call.meta = RecordingMetadata.of(file, ZoneId.systemDefault());
            new AudioCallTranscriber(model).transcribe(call);
        } catch (InputRejectedException e) {
            System.err.println("无法转写 (cannot transcribe): " + e.getMessage());
            return 1;
        }
        out.println(TranscriptJson.write(call));
        return 0;
    }
}
