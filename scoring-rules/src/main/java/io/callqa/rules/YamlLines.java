package io.callqa.rules;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Line numbers of a YAML document's fields, by path ({@code rules[3]}, {@code rules[3].window.lastUtterances}),
 * so a rule-pack error can point at the line to fix. SnakeYAML keeps positions that a plain tree loses.
 */
final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {}

    static YamlLines of(String yaml) {
        YamlLines y = new YamlLines();
        try {
            Node root = new Yaml().compose(new StringReader(yaml));
            if (root != null) y.walk(root, "");
        } catch (RuntimeException e) {
            // syntax errors are reported by the parser that reads the values
        }
        return y;
    }

    /** 1-based line of the path, or of its nearest parent that has one; 0 when unknown. */
    int line(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Integer l = lines.get(p);
            if (l != null) return l;
        }
        return 0;
    }

    private static String parent(String p) {
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        return cut <= 0 ? "" : p.substring(0, cut);
    }

    private void walk(Node n, String path) {
        if (!path.isEmpty()) lines.putIfAbsent(path, n.getStartMark().getLine() + 1);
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
                String child = path.isEmpty() ? k.getValue() : path + "." + k.getValue();
                lines.put(child, k.getStartMark().getLine() + 1);
                walk(t.getValueNode(), child);
            }
        } else if (n instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) walk(items.get(i), path + "[" + i + "]");
        }
    }
}
