package io.callqa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.callqa.call.CallMetadata;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Reads and checks the call-metadata fields shared by transcript files and recording sidecars. */
final class MetadataReader {
    static final Set<String> BUSINESS_LINES = Set.of("service", "collection", "wealth", "insurance", "other");
    static final Set<String> DIRECTIONS = Set.of("inbound", "outbound");

    private MetadataReader() {}

    /** Fields absent from the JSON keep the values already in {@code meta}. */
    static void read(JsonNode json, String file, CallMetadata meta) throws InputRejectedException {
        meta.callId = text(json, "callId", file, meta.callId);
        if (meta.callId == null || meta.callId.isBlank()) throw field(file, "callId", "is required");
        meta.startTime = text(json, "startTime", file, meta.startTime);
        if (meta.startTime == null) throw field(file, "startTime", "is required (ISO-8601 with offset, e.g. 2026-11-16T10:15:00+08:00)");
        try {
            OffsetDateTime.parse(meta.startTime);
        } catch (DateTimeParseException e) {
            throw field(file, "startTime", "'" + meta.startTime + "' is not ISO-8601 with offset, e.g. 2026-11-16T10:15:00+08:00");
        }
        meta.businessLine = oneOf(json, "businessLine", file, meta.businessLine, BUSINESS_LINES);
        meta.direction = oneOf(json, "direction", file, meta.direction, DIRECTIONS);
        meta.agentId = text(json, "agentId", file, meta.agentId);
        meta.team = text(json, "team", file, meta.team);
        meta.vendor = text(json, "vendor", file, meta.vendor);
        meta.customerId = text(json, "customerId", file, meta.customerId);
        meta.agentChannel = oneOf(json, "agentChannel", file, meta.agentChannel, Set.of("left", "right"));
    }

    static String text(JsonNode json, String name, String file, String fallback) throws InputRejectedException {
        JsonNode v = json.get(name);
        if (v == null || v.isNull()) return fallback;
        if (!v.isTextual()) throw field(file, name, "must be a string, got " + v.getNodeType().name().toLowerCase());
        return v.asText();
    }

    private static String oneOf(JsonNode json, String name, String file, String fallback, Set<String> allowed)
            throws InputRejectedException {
        String v = text(json, name, file, fallback);
        if (!allowed.contains(v)) throw field(file, name, "'" + v + "' is not one of " + String.join("|", allowed.stream().sorted().toList()));
        return v;
    }

    static InputRejectedException field(String file, String field, String problem) {
        return new InputRejectedException(file + ": field " + field + " " + problem);
    }
}
