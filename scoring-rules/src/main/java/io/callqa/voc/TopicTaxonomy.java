package io.callqa.voc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The topic taxonomy (topics/taxonomy.yaml): topic names with example wordings; the default topic model learns from them. */
public final class TopicTaxonomy {
    private TopicTaxonomy() {}

    /** Rows "text, topic" from the taxonomy's examples. */
    public static List<String[]> examples(Path yaml) throws IOException {
        JsonNode root = new ObjectMapper().valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(yaml)));
        List<String[]> rows = new ArrayList<>();
        JsonNode topics = root == null ? null : root.get("topics");
        if (topics == null || !topics.isArray()) throw new IOException(yaml + ": expected topics: [{name, examples}]");
        for (int i = 0; i < topics.size(); i++) {
            JsonNode t = topics.get(i);
            String name = t.path("name").asText("");
            if (name.isBlank() || !t.path("examples").isArray() || t.path("examples").isEmpty()) {
                throw new IOException(yaml + ": topics[" + i + "] needs a name and examples");
            }
            for (JsonNode e : t.get("examples")) rows.add(new String[] {e.asText(), name});
        }
        return rows;
    }
}
