package io.callqa.rules;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule packs a running job scores with, reloaded when QA staff change the folder. A change that
 * fails validation is rejected with its reasons and the previous packs stay active; a rule-pack
 * mistake never stops scoring.
 */
public final class LiveRulePacks implements Closeable {
    private final Path dir;
    private final long checkEveryMs;
    private List<Rule> rules;
    private RuleEngine engine;
    private String loadedSignature;
    private String rejectedSignature;
    private long nextCheck;

    /** @param dir the folder the initial rules came from; null to never reload */
    public LiveRulePacks(Path dir, List<Rule> initial, long checkEveryMs) throws IOException {
        this.dir = dir;
        this.checkEveryMs = checkEveryMs;
        this.rules = List.copyOf(initial);
        this.engine = new RuleEngine(rules);
        this.loadedSignature = dir == null ? "" : signature(dir);
        this.nextCheck = System.currentTimeMillis() + checkEveryMs;
    }

    public RuleEngine engine() {
        return engine;
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Reloads if the folder changed since the last look (at most every checkEveryMs). Returns, once
     * per rejected change, each offending file with why; empty when nothing was rejected.
     */
    public Map<String, String> refresh() throws IOException {
        long now = System.currentTimeMillis();
        if (dir == null || now < nextCheck) return Map.of();
        nextCheck = now + checkEveryMs;
        String seen = signature(dir);
        if (seen.equals(loadedSignature) || seen.equals(rejectedSignature)) return Map.of();
        try {
            List<Rule> fresh = RulePackLoader.loadFolder(dir);
            RuleEngine next = new RuleEngine(fresh);
            engine.close();
            engine = next;
            rules = fresh;
            loadedSignature = seen;
            rejectedSignature = null;
            return Map.of();
        } catch (RulePackException e) {
            rejectedSignature = seen;
            return byFile(e.problems);
        }
    }

    /** Problems start with the file they are about (file:line: …). */
    private Map<String, String> byFile(List<String> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : problems) {
            int colon = p.indexOf(':');
            String file = colon > 0 ? p.substring(0, colon) : dir.toString();
            out.merge(file, p, (a, b) -> a + "\n" + b);
        }
        return out;
    }

    /** File names, sizes and modification times of the folder's packs: changes when any pack does. */
    static String signature(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return "missing";
        StringBuilder sb = new StringBuilder();
        for (Path f : RulePackLoader.packFiles(dir)) {
            sb.append(f.getFileName()).append(':').append(Files.size(f)).append(':').append(Files.getLastModifiedTime(f).toMillis()).append(';');
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
