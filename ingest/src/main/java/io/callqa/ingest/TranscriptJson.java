package io.callqa.ingest;

import static io.callqa.ingest.MetadataReader.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callqa.call.Call;
import io.callqa.call.CallMetadata;
import io.callqa.call.Speaker;
import io.callqa.call.Utterance;
import io.callqa.call.Word;
import java.util.Comparator;

/**
 * The transcript exchange format (README "Transcript input"): read from other ASR systems, and
 * written by {@code callqa transcribe}. Every problem names the file and the field.
 */
public final class TranscriptJson {
    private TranscriptJson() {}

    public static Call read(String file, byte[] bytes, long modifiedMs) throws InputRejectedException {
        JsonNode json = Json.parseObject(file, bytes);
        Call call = new Call();
        call.source = Call.SOURCE_TRANSCRIPT;
        call.sourceFile = file;
        call.sourceModifiedMs = modifiedMs;
        call.asr = "external";
        MetadataReader.read(json, file, call.meta);
        JsonNode list = json.get("utterances");
        if (list == null || !list.isArray()) throw field(file, "utterances", "is required and must be an array");
        for (int i = 0; i < list.size(); i++) {
            call.utterances.add(utterance(list.get(i), file, "utterances[" + i + "]"));
        }
        call.utterances.sort(Comparator.comparingLong(u -> u.startMs));
        long end = call.utterances.stream().mapToLong(u -> u.endMs).max().orElse(0);
        JsonNode duration = json.get("durationMs");
        call.durationMs = duration != null && duration.canConvertToLong() ? Math.max(end, duration.asLong()) : end;
        return call;
    }

    private static Utterance utterance(JsonNode n, String file, String at) throws InputRejectedException {
        if (!n.isObject()) throw field(file, at, "must be an object");
        Utterance u = new Utterance();
        u.speaker = MetadataReader.text(n, "speaker", file, null);
        if (!Speaker.isValid(u.speaker)) throw field(file, at + ".speaker", "must be agent or customer, got " + n.get("speaker"));
        u.startMs = millis(n, "startMs", file, at);
        u.endMs = millis(n, "endMs", file, at);
        if (u.endMs < u.startMs) throw field(file, at + ".endMs", "(" + u.endMs + ") is before startMs (" + u.startMs + ")");
        u.text = MetadataReader.text(n, "text", file, null);
        if (u.text == null) throw field(file, at + ".text", "is required");
        if (n.has("syllables")) u.syllables = n.get("syllables").asInt(-1);
        JsonNode words = n.get("words");
        if (words != null && !words.isNull()) {
            if (!words.isArray()) throw field(file, at + ".words", "must be an array");
            for (int i = 0; i < words.size(); i++) {
                String wAt = at + ".words[" + i + "]";
                JsonNode w = words.get(i);
                String token = MetadataReader.text(w, "w", file, null);
                if (token == null) throw field(file, wAt + ".w", "is required");
                double conf = w.has("conf") ? w.get("conf").asDouble(1.0) : 1.0;
                u.words.add(new Word(token, millis(w, "startMs", file, wAt), millis(w, "endMs", file, wAt), conf));
            }
        }
        return u;
    }

    private static long millis(JsonNode n, String name, String file, String at) throws InputRejectedException {
        JsonNode v = n.get(name);
        if (v == null || !v.isNumber()) throw field(file, at + "." + name, "is required and must be a number of milliseconds");
        long ms = v.asLong();
        if (ms < 0) throw field(file, at + "." + name, "must not be negative, got " + ms);
        return ms;
    }

    /** Pretty-printed transcript JSON of a call, in the same format {@link #read} accepts. */
    public static String write(Call call) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        CallMetadata m = call.meta;
        root.put("callId", m.callId).put("startTime", m.startTime).put("businessLine", m.businessLine)
                .put("direction", m.direction).put("agentId", m.agentId).put("team", m.team)
                .put("vendor", m.vendor).put("customerId", m.customerId).put("durationMs", call.durationMs)
                .put("asr", call.asr);
        ArrayNode list = root.putArray("utterances");
        for (Utterance u : call.utterances) {
            ObjectNode o = list.addObject().put("speaker", u.speaker).put("startMs", u.startMs).put("endMs", u.endMs)
                    .put("text", u.text);
            if (u.roleConfidence < 1.0) o.put("roleConfidence", u.roleConfidence);
            if (u.syllables >= 0) o.put("syllables", u.syllables);
            if (!u.words.isEmpty()) {
                ArrayNode ws = o.putArray("words");
                for (Word w : u.words) ws.addObject().put("w", w.w).put("startMs", w.startMs).put("endMs", w.endMs).put("conf", w.conf);
            }
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
