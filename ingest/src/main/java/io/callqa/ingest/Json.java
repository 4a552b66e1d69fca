package io.callqa.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Parses a JSON input, turning syntax errors into messages with file, line and column. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static JsonNode parseObject(String file, byte[] bytes) throws InputRejectedException {
        if (bytes.length == 0) throw new InputRejectedException(file + ": empty file (0 bytes)");
        try {
            JsonNode node = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) throw new InputRejectedException(file + ": expected a JSON object at the top level");
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNr() + " column " + at.getColumnNr() + ":";
            throw new InputRejectedException(file + ":" + where + " malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputRejectedException(file + ": unreadable: " + e.getMessage(), e);
        }
    }
}
