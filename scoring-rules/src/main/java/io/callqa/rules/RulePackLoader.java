package io.callqa.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.queryparser.classic.ParseException;

/** Reads rule packs (*.yaml) from a folder and checks every field before any rule is used. */
public final class RulePackLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SEVERITIES = Set.of("red_line", "major", "minor");
    private static final Set<String> SPEAKERS = Set.of("agent", "customer", "any");
    private static final Set<String> DIRECTIONS = Set.of("inbound", "outbound", "any");

    private RulePackLoader() {}

    public static List<Rule> loadFolder(Path dir) throws RulePackException, IOException {
        if (!Files.isDirectory(dir)) throw new RulePackException(List.of(dir + ": rule folder does not exist"));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        if (files.isEmpty()) throw new RulePackException(List.of(dir + ": no rule packs (*.yaml) in this folder"));
        List<Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            try {
                for (Rule r : loadFile(f)) {
                    if (!ids.add(r.id)) problems.add(f + ": rule id " + r.id + " is used twice");
                    rules.add(r);
                }
            } catch (RulePackException e) {
                problems.addAll(e.problems);
            }
        }
        if (!problems.isEmpty()) throw new RulePackException(problems);
        return rules;
    }

    public static List<Rule> loadFile(Path file) throws RulePackException, IOException {
        String name = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RulePackException(List.of(name + (at == null ? "" : ": line " + at.getLineNr()) + ": not valid YAML: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) throw new RulePackException(List.of(name + ": expected a mapping with pack, version, rules"));
        String pack = text(root, "pack", name, "", problems, true);
        String version = text(root, "version", name, "", problems, true);
        List<String> packLines = strings(root.get("businessLines"), name + ": businessLines", problems);
        JsonNode list = root.get("rules");
        List<Rule> rules = new ArrayList<>();
        if (list == null || !list.isArray()) {
            problems.add(name + ": field rules is required and must be a list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode n = list.get(i);
                String at = name + ": rules[" + i + "]" + (n.hasNonNull("id") ? " (" + n.get("id").asText() + ")" : "");
                Rule r = rule(n, at, problems);
                r.packName = pack;
                r.packVersion = version;
                if (r.businessLines.isEmpty()) r.businessLines = packLines;
                rules.add(r);
            }
        }
        if (!problems.isEmpty()) throw new RulePackException(problems);
        return rules;
    }

    private static Rule rule(JsonNode n, String at, List<String> problems) {
        Rule r = new Rule();
        r.id = text(n, "id", at, null, problems, true);
        r.name = text(n, "name", at, null, problems, true);
        r.category = text(n, "category", at, null, problems, true);
        if (r.category != null && !Category.ALL.contains(r.category)) {
            problems.add(at + ": field category '" + r.category + "' is not one of " + String.join(", ", Category.ALL));
        }
        r.severity = oneOf(n, "severity", at, "minor", SEVERITIES, problems);
        r.deduction = n.path("deduction").asInt(0);
        if (n.has("deduction") && !n.get("deduction").canConvertToInt()) problems.add(at + ": field deduction must be a whole number");
        r.speaker = oneOf(n, "speaker", at, "any", SPEAKERS, problems);
        r.direction = oneOf(n, "direction", at, "any", DIRECTIONS, problems);
        r.businessLines = strings(n.get("businessLines"), at + ": businessLines", problems);
        r.flag = n.path("flag").asBoolean(false);
        r.basis = text(n, "basis", at, "", problems, false);
        condition(n, r, at, problems);
        window(n.get("window"), r.window, at, problems);
        JsonNode ex = n.path("examples");
        r.positiveExamples = strings(ex.get("match"), at + ": examples.match", problems);
        r.negativeExamples = strings(ex.get("noMatch"), at + ": examples.noMatch", problems);
        return r;
    }

    private static void condition(JsonNode n, Rule r, String at, List<String> problems) {
        List<String> given = Stream.of("forbidden", "required", "signal").filter(n::hasNonNull).toList();
        if (given.size() != 1) {
            problems.add(at + ": exactly one of forbidden, required or signal must be given" + (given.isEmpty() ? "" : ", found " + given));
            return;
        }
        String kind = given.get(0);
        String text = n.get(kind).asText();
        if (kind.equals("signal")) {
            r.type = Rule.Type.SIGNAL;
            try {
                r.signal = SignalCondition.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(at + ": field signal: " + e.getMessage());
            }
            return;
        }
        r.type = kind.equals("forbidden") ? Rule.Type.FORBIDDEN : Rule.Type.REQUIRED;
        r.query = text;
        try {
            TextRuleMatcher.parse(text);
        } catch (ParseException e) {
            problems.add(at + ": field " + kind + ": not a valid query: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void window(JsonNode w, Rule.Window into, String at, List<String> problems) {
        if (w == null || w.isNull()) return;
        if (!w.isObject()) {
            problems.add(at + ": field window must be a mapping (firstSeconds, lastSeconds, firstUtterances, lastUtterances)");
            return;
        }
        into.firstSeconds = positive(w, "firstSeconds", at, problems);
        into.lastSeconds = positive(w, "lastSeconds", at, problems);
        into.firstUtterances = positive(w, "firstUtterances", at, problems);
        into.lastUtterances = positive(w, "lastUtterances", at, problems);
        w.fieldNames().forEachRemaining(f -> {
            if (!Set.of("firstSeconds", "lastSeconds", "firstUtterances", "lastUtterances").contains(f)) {
                problems.add(at + ": field window." + f + " is unknown");
            }
        });
    }

    private static Integer positive(JsonNode w, String name, String at, List<String> problems) {
        JsonNode v = w.get(name);
        if (v == null) return null;
        if (!v.canConvertToInt() || v.asInt() <= 0) {
            problems.add(at + ": field window." + name + " must be a positive whole number");
            return null;
        }
        return v.asInt();
    }

    private static String text(JsonNode n, String field, String at, String fallback, List<String> problems, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) problems.add(at + ": field " + field + " is required");
            return fallback;
        }
        return v.asText();
    }

    private static String oneOf(JsonNode n, String field, String at, String fallback, Set<String> allowed, List<String> problems) {
        String v = text(n, field, at, fallback, problems, false);
        if (!allowed.contains(v)) problems.add(at + ": field " + field + " '" + v + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        return v;
    }

    private static List<String> strings(JsonNode v, String at, List<String> problems) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) {
            problems.add(at + " must be a list");
            return out;
        }
        v.forEach(x -> out.add(x.asText()));
        return out;
    }
}
