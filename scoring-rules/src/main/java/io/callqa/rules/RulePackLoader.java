package io.callqa.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.classify.UtteranceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.queryparser.classic.ParseException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads rule packs (*.yaml) from a folder and checks every field before any rule is used. Each
 * problem reads {@code file:line: rules[i] (id): field f: what is wrong}.
 */
public final class RulePackLoader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SEVERITIES = Set.of("red_line", "major", "minor");
    private static final Set<String> SPEAKERS = Set.of("agent", "customer", "any");
    private static final Set<String> DIRECTIONS = Set.of("inbound", "outbound", "any");
    private static final Set<String> RULE_FIELDS = Set.of("id", "name", "category", "severity", "deduction", "speaker", "direction",
            "businessLines", "flag", "basis", "forbidden", "required", "signal", "window", "count", "when", "unless", "after", "before",
            "homophones", "synonyms", "model", "confirm", "examples");
    private static final String LIST_NAME = "[\\p{L}\\p{N}_]+";
    /** A "quoted phrase" (kept as it is) or a $list. */
    private static final Pattern LIST_USE = Pattern.compile("\"[^\"]*\"|\\$(" + LIST_NAME + ")");
    private static final Set<String> WINDOW_FIELDS = Set.of("firstSeconds", "lastSeconds", "firstUtterances", "lastUtterances");

    /** Named queries of the folder's packs ({@code lists:}), used in any query of the folder as $name. */
    private final Map<String, String> lists = new HashMap<>();
    /** Synonym groups of the folder's packs: phrase → its group. */
    private final HashMap<String, List<String>> synonyms = new HashMap<>();

    private RulePackLoader() {}

    public static List<Rule> loadFolder(Path dir) throws RulePackException, IOException {
        if (!Files.isDirectory(dir)) throw new RulePackException(List.of(dir + ": rule folder does not exist"));
        List<Path> files = packFiles(dir);
        if (files.isEmpty()) throw new RulePackException(List.of(dir + ": no rule packs (*.yaml) in this folder"));
        List<Rule> rules = new RulePackLoader().load(files);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) if (!ids.add(r.id)) problems.add(r.packName + ": rule id " + r.id + " is used twice");
        if (!problems.isEmpty()) throw new RulePackException(problems);
        return rules;
    }

    /** The pack files of a folder (*.yaml, *.yml), in name order. */
    static List<Path> packFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
    }

    /** One pack on its own (its own synonym groups and lists only). */
    public static List<Rule> loadFile(Path file) throws RulePackException, IOException {
        return new RulePackLoader().load(List.of(file));
    }

    /** Reads the files' shared parts (synonym groups, lists) first, as any rule of the folder may use them, then their rules. */
    private List<Rule> load(List<Path> files) throws RulePackException, IOException {
        List<String> problems = new ArrayList<>();
        List<Pack> packs = new ArrayList<>();
        for (Path f : files) {
            try {
                packs.add(parse(f));
            } catch (RulePackException e) {
                problems.addAll(e.problems);
            }
        }
        Map<String, String> definedIn = new HashMap<>();
        for (Pack p : packs) {
            synonymGroups(p.root.get("synonyms"), p.top(), synonyms, problems);
            lists(p, definedIn, problems);
        }
        List<Rule> rules = new ArrayList<>();
        for (Pack p : packs) rules.addAll(rules(p, problems));
        if (!problems.isEmpty()) throw new RulePackException(problems);
        for (Rule r : rules) if (r.synonyms.containsKey("")) r.synonyms = synonyms;
        return rules;
    }

    /** A pack file read as YAML, with the line of each field for messages. */
    private record Pack(String name, JsonNode root, YamlLines lines) {
        Where top() {
            return new Where(name, lines, "", "");
        }
    }

    private static Pack parse(Path file) throws RulePackException, IOException {
        String name = file.toString();
        String text = Files.readString(file);
        JsonNode root;
        try {
            // SnakeYAML resolves anchors and aliases (&debt / *debt), which packs use to share a query.
            root = JSON.valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark();
            throw new RulePackException(List.of(name + (at == null ? "" : ":" + (at.getLine() + 1)) + ": not valid YAML: " + e.getProblem()));
        } catch (YAMLException | IllegalArgumentException e) {
            throw new RulePackException(List.of(name + ": not valid YAML: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) throw new RulePackException(List.of(name + ": expected a mapping with pack, version, rules"));
        return new Pack(name, root, YamlLines.of(text));
    }

    /** {@code lists: {name: QUERY}}: a name is defined once in the folder, and a list uses no other list. */
    private void lists(Pack p, Map<String, String> definedIn, List<String> problems) {
        JsonNode v = p.root.get("lists");
        if (v == null || v.isNull()) return;
        Where top = p.top();
        if (!v.isObject()) {
            problems.add(top.field("lists") + " must be a mapping of names to queries, e.g. {places: '\"柜台\" OR \"网点\"'}");
            return;
        }
        v.fields().forEachRemaining(e -> {
            String field = "lists." + e.getKey();
            if (!e.getKey().matches(LIST_NAME)) problems.add(top.field(field) + ": a list name is letters, digits and _");
            else if (definedIn.containsKey(e.getKey())) problems.add(top.field(field) + " is already defined in " + definedIn.get(e.getKey()));
            else if (e.getValue().asText().contains("$")) problems.add(top.field(field) + ": a list cannot use another list");
            else {
                definedIn.put(e.getKey(), p.name);
                lists.put(e.getKey(), query(e.getValue().asText(), top, field, problems));
            }
        });
    }

    private List<Rule> rules(Pack p, List<String> problems) throws IOException {
        JsonNode root = p.root;
        Where top = p.top();
        String pack = text(root, "pack", top, "", problems, true);
        String version = text(root, "version", top, "", problems, true);
        List<String> packLines = strings(root.get("businessLines"), top, "businessLines", problems);
        JsonNode list = root.get("rules");
        List<Rule> rules = new ArrayList<>();
        if (list == null || !list.isArray()) {
            problems.add(top.field("rules") + " is required and must be a list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode n = list.get(i);
                Where at = new Where(p.name, p.lines, "rules[" + i + "]", n.hasNonNull("id") ? " (" + n.get("id").asText() + ")" : "");
                Rule r = rule(n, at, problems);
                if (r.model != null) loadModel(Path.of(p.name), r.model, "model", at, problems);
                if (r.confirm != null) loadModel(Path.of(p.name), r.confirm, "confirm", at, problems);
                r.packName = pack;
                r.packVersion = version;
                if (r.businessLines.isEmpty()) r.businessLines = packLines;
                rules.add(r);
            }
        }
        return rules;
    }

    /** Where a problem is: file, line and YAML path of a field. */
    private record Where(String file, YamlLines lines, String path, String label) {
        String field(String f) {
            String p = path.isEmpty() ? f : path + "." + f;
            int line = lines.line(p);
            return file + (line > 0 ? ":" + line : "") + ": " + (path.isEmpty() ? "" : path + label + ": ") + "field " + f;
        }

        String self() {
            int line = lines.line(path);
            return file + (line > 0 ? ":" + line : "") + ": " + path + label;
        }
    }

    private Rule rule(JsonNode n, Where at, List<String> problems) {
        Rule r = new Rule();
        if (!n.isObject()) {
            problems.add(at.self() + ": a rule must be a mapping (id, name, category, …)");
            return r;
        }
        n.fieldNames().forEachRemaining(f -> {
            if (!RULE_FIELDS.contains(f)) problems.add(at.field(f) + " is unknown (known: " + String.join(", ", RULE_FIELDS.stream().sorted().toList()) + ")");
        });
        r.id = text(n, "id", at, null, problems, true);
        r.name = text(n, "name", at, null, problems, true);
        r.category = text(n, "category", at, null, problems, true);
        if (r.category != null && !Category.ALL.contains(r.category)) {
            problems.add(at.field("category") + " '" + r.category + "' is not one of " + String.join(", ", Category.ALL));
        }
        r.severity = oneOf(n, "severity", at, "minor", SEVERITIES, problems);
        r.deduction = n.path("deduction").asInt(0);
        if (n.has("deduction") && !n.get("deduction").canConvertToInt()) problems.add(at.field("deduction") + " must be a whole number");
        r.speaker = oneOf(n, "speaker", at, "any", SPEAKERS, problems);
        r.direction = oneOf(n, "direction", at, "any", DIRECTIONS, problems);
        r.businessLines = strings(n.get("businessLines"), at, "businessLines", problems);
        r.flag = n.path("flag").asBoolean(false);
        r.basis = text(n, "basis", at, "", problems, false);
        r.homophones = n.path("homophones").asBoolean(false);
        if (n.path("synonyms").asBoolean(false)) r.synonyms.put("", List.of()); // filled with the folder's groups
        r.minCount = n.has("count") ? positive(n, "count", at, problems, 1) : 1;
        r.when = references(n, "when", at, problems);
        r.unless = references(n, "unless", at, problems);
        r.after = references(n, "after", at, problems);
        r.before = references(n, "before", at, problems);
        condition(n, r, at, problems);
        boolean dueAtAPoint = r.type == Rule.Type.REQUIRED && !r.before.isEmpty();
        if (r.type != Rule.Type.FORBIDDEN && !dueAtAPoint && r.unless.stream().anyMatch(u -> u.withinSeconds != null)) {
            problems.add(at.field("unless") + ": within is only for forbidden rules, or required rules with before (it excuses what was said near the finding)");
        }
        if (r.when.isEmpty() && r.unless.stream().anyMatch(u -> u.beforeWhen)) problems.add(at.field("unless") + ": beforeWhen needs the rule to have when");
        window(n.get("window"), r.window, at, problems);
        r.model = modelCondition(n, "model", r, at, problems, "an utterance the model scores high is a finding");
        r.confirm = modelCondition(n, "confirm", r, at, problems, "a matched utterance is a finding only if the model scores it high");
        JsonNode ex = n.path("examples");
        r.positiveExamples = strings(ex.get("match"), at, "examples.match", problems);
        r.negativeExamples = strings(ex.get("noMatch"), at, "examples.noMatch", problems);
        return r;
    }

    /** A forbidden rule's model or confirm field ('NAME >= P'); null when absent or wrong (then a problem says why). */
    private static ModelCondition modelCondition(JsonNode n, String field, Rule r, Where at, List<String> problems, String meaning) {
        if (!n.hasNonNull(field)) return null;
        if (r.type != Rule.Type.FORBIDDEN) {
            problems.add(at.field(field) + " is only for forbidden rules (" + meaning + ")");
            return null;
        }
        try {
            return ModelCondition.parse(n.get(field).asText());
        } catch (IllegalArgumentException e) {
            problems.add(at.field(field) + ": " + e.getMessage());
            return null;
        }
    }

    /** A rule's model lives beside its pack: models/NAME.gz. */
    private static void loadModel(Path pack, ModelCondition condition, String field, Where at, List<String> problems) {
        Path file = pack.toAbsolutePath().getParent().resolve("models").resolve(condition.name + ".gz");
        if (!Files.exists(file)) {
            problems.add(at.field(field) + ": no model '" + condition.name + "' (expected " + file + ")");
            return;
        }
        try {
            condition.model = UtteranceModel.read(file);
        } catch (IOException | RuntimeException e) {
            problems.add(at.field(field) + ": " + e.getMessage());
        }
    }

    private void condition(JsonNode n, Rule r, Where at, List<String> problems) {
        List<String> given = Stream.of("forbidden", "required", "signal").filter(n::hasNonNull).toList();
        if (given.size() != 1) {
            problems.add(at.self() + ": exactly one of forbidden, required or signal must be given" + (given.isEmpty() ? "" : ", found " + given));
            return;
        }
        String kind = given.get(0);
        String text = n.get(kind).asText();
        if (kind.equals("signal")) {
            r.type = Rule.Type.SIGNAL;
            try {
                r.signal = SignalCondition.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(at.field("signal") + ": " + e.getMessage());
            }
            return;
        }
        r.type = kind.equals("forbidden") ? Rule.Type.FORBIDDEN : Rule.Type.REQUIRED;
        r.query = query(text, at, kind, problems);
    }

    /** A reference condition: a query string, a mapping {query, speaker, count, homophones, within, beforeWhen, until, replyTo, notReplyTo}, or a list of those (alternatives). */
    private List<Rule.Reference> references(JsonNode n, String field, Where at, List<String> problems) {
        JsonNode v = n.get(field);
        List<Rule.Reference> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) reference(v.get(i), field + "[" + i + "]", at, problems, out);
        } else {
            reference(v, field, at, problems, out);
        }
        return out;
    }

    private void reference(JsonNode v, String field, Where at, List<String> problems, List<Rule.Reference> out) {
        Rule.Reference ref = new Rule.Reference();
        if (v.isTextual()) {
            ref.query = query(v.asText(), at, field, problems);
            out.add(ref);
            return;
        }
        if (!v.isObject() || !v.hasNonNull("query")) {
            problems.add(at.field(field) + " must be a query, or a mapping with query (and speaker, count, homophones, within, beforeWhen, until, replyTo, notReplyTo)");
            return;
        }
        Where inner = new Where(at.file(), at.lines(), at.path() + "." + field, at.label());
        ref.query = query(v.get("query").asText(), at, field + ".query", problems);
        ref.speaker = oneOf(v, "speaker", inner, "any", SPEAKERS, problems);
        ref.count = v.has("count") ? positive(v, "count", inner, problems, 1) : 1;
        if (v.has("within")) {
            if (field.startsWith("unless")) ref.withinSeconds = positive(v, "within", inner, problems, 1);
            else problems.add(inner.field("within") + " is only for unless");
        }
        if (v.has("beforeWhen")) {
            if (field.startsWith("unless")) ref.beforeWhen = Boolean.TRUE.equals(flag(v, "beforeWhen", inner, problems));
            else problems.add(inner.field("beforeWhen") + " is only for unless");
        }
        if (v.has("homophones")) ref.homophones = flag(v, "homophones", inner, problems);
        if (v.hasNonNull("replyTo")) ref.replyTo = query(v.get("replyTo").asText(), at, field + ".replyTo", problems);
        if (v.hasNonNull("notReplyTo")) ref.notReplyTo = query(v.get("notReplyTo").asText(), at, field + ".notReplyTo", problems);
        if (v.hasNonNull("until")) {
            if (field.startsWith("unless") && ref.withinSeconds == null) ref.until = query(v.get("until").asText(), at, field + ".until", problems);
            else problems.add(inner.field("until") + " is only for unless without within");
        }
        out.add(ref);
    }

    /** A true / false option; null (and a problem naming the field) when it is something else. */
    private static Boolean flag(JsonNode v, String name, Where at, List<String> problems) {
        if (v.get(name).isBoolean()) return v.get(name).asBoolean();
        problems.add(at.field(name) + " must be true or false");
        return null;
    }

    private String query(String text, Where at, String field, List<String> problems) {
        text = expandLists(text, at, field, problems);
        // Inside a folded (>-) block YAML keeps a # comment as text, which would parse as more words to match.
        if (text.replaceAll("\"[^\"]*\"", "").contains("#")) {
            problems.add(at.field(field) + ": a # comment inside a query is read as words to match; put the comment above the field");
        }
        try {
            TextRuleMatcher.parse(text);
        } catch (ParseException e) {
            problems.add(at.field(field) + ": not a valid query: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return text;
    }

    /** Each $name outside quotes becomes (its list's query); an unknown name is a problem naming the field. */
    private String expandLists(String text, Where at, String field, List<String> problems) {
        StringBuilder out = new StringBuilder();
        Matcher m = LIST_USE.matcher(text);
        while (m.find()) {
            String replacement = m.group();
            if (m.group(1) != null) {
                String list = lists.get(m.group(1));
                if (list == null) problems.add(at.field(field) + ": no list $" + m.group(1) + " (known: " + String.join(", ", new TreeSet<>(lists.keySet())) + ")");
                else replacement = "(" + list + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static void synonymGroups(JsonNode v, Where top, HashMap<String, List<String>> into, List<String> problems) {
        if (v == null || v.isNull()) return;
        if (!v.isArray()) {
            problems.add(top.field("synonyms") + " must be a list of groups, e.g. [[保本, 稳赚不赔, 零风险]]");
            return;
        }
        for (JsonNode g : v) {
            List<String> group = new ArrayList<>();
            g.forEach(x -> group.add(x.asText()));
            if (!g.isArray() || group.size() < 2) {
                problems.add(top.field("synonyms") + ": each group must list at least two phrases, got " + g);
                continue;
            }
            for (String phrase : group) into.merge(phrase, group, (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList());
        }
    }

    private static void window(JsonNode w, Rule.Window into, Where at, List<String> problems) {
        if (w == null || w.isNull()) return;
        if (!w.isObject()) {
            problems.add(at.field("window") + " must be a mapping (firstSeconds, lastSeconds, firstUtterances, lastUtterances)");
            return;
        }
        into.firstSeconds = optionalPositive(w, "firstSeconds", at, problems);
        into.lastSeconds = optionalPositive(w, "lastSeconds", at, problems);
        into.firstUtterances = optionalPositive(w, "firstUtterances", at, problems);
        into.lastUtterances = optionalPositive(w, "lastUtterances", at, problems);
        w.fieldNames().forEachRemaining(f -> {
            if (!WINDOW_FIELDS.contains(f)) problems.add(at.field("window." + f) + " is unknown");
        });
    }

    private static Integer optionalPositive(JsonNode w, String name, Where at, List<String> problems) {
        JsonNode v = w.get(name);
        if (v == null) return null;
        if (!v.canConvertToInt() || v.asInt() <= 0) {
            problems.add(at.field("window." + name) + " must be a positive whole number");
            return null;
        }
        return v.asInt();
    }

    private static int positive(JsonNode n, String name, Where at, List<String> problems, int fallback) {
        JsonNode v = n.get(name);
        if (!v.canConvertToInt() || v.asInt() <= 0) {
            problems.add(at.field(name) + " must be a positive whole number");
            return fallback;
        }
        return v.asInt();
    }

    private static String text(JsonNode n, String field, Where at, String fallback, List<String> problems, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            if (required) problems.add(at.field(field) + " is required");
            return fallback;
        }
        return v.asText();
    }

    private static String oneOf(JsonNode n, String field, Where at, String fallback, Set<String> allowed, List<String> problems) {
        String v = text(n, field, at, fallback, problems, false);
        if (!allowed.contains(v)) problems.add(at.field(field) + " '" + v + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        return v;
    }

    private static List<String> strings(JsonNode v, Where at, String field, List<String> problems) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isArray()) {
            problems.add(at.field(field) + " must be a list");
            return out;
        }
        v.forEach(x -> out.add(x.asText()));
        return out;
    }
}
