package io.callqa.ingest;

import io.callqa.call.CallMetadata;
import java.time.Instant;
import java.time.ZoneId;

/** Metadata of a recording: its sidecar NAME.json when present, otherwise defaults from the file itself. */
public final class RecordingMetadata {
    private RecordingMetadata() {}

    public static CallMetadata of(InputFile file, ZoneId zone) throws InputRejectedException {
        CallMetadata meta = new CallMetadata();
        meta.callId = InputKind.baseName(file.fileName());
        meta.startTime = Instant.ofEpochMilli(file.modifiedMs).atZone(zone).toOffsetDateTime().toString();
        if (file.sidecar != null) {
            MetadataReader.read(Json.parseObject(sidecarPath(file.path), file.sidecar), sidecarPath(file.path), meta);
        }
        return meta;
    }

    static String sidecarPath(String recordingPath) {
        int slash = recordingPath.lastIndexOf('/');
        return recordingPath.substring(0, slash + 1) + InputKind.sidecarName(recordingPath.substring(slash + 1));
    }
}
