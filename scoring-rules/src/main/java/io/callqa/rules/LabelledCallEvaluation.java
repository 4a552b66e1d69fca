package io.callqa.rules;

import io.callqa.call.Call;
import io.callqa.ingest.InputRejectedException;
import io.callqa.ingest.TranscriptJson;
import io.callqa.signals.TalkSignalAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Precision and recall of rule packs on transcripts a QA team labelled by hand (labels.tsv:
 * callId TAB comma-separated categories), per category, counted per (call, category) as the
 * held-out check and ../shared/tools/score-findings count them.
 */
public final class LabelledCallEvaluation {
    /** Per category: true positives, false positives, false negatives, and the calls behind the errors. */
    public static final class Tally {
        public int tp;
        public int fp;
        public int fn;
        public final List<String> falseAlarms = new ArrayList<>();
        public final List<String> missed = new ArrayList<>();

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    public final Map<String, Tally> byCategory = new TreeMap<>();
    public int calls;

    private LabelledCallEvaluation() {}

    /** Scores every labelled *.transcript.json under the folders that hold a labels.tsv. */
    public static LabelledCallEvaluation run(List<Rule> rules, List<Path> folders) throws IOException, InputRejectedException {
        LabelledCallEvaluation e = new LabelledCallEvaluation();
        try (RuleEngine engine = new RuleEngine(rules)) {
            for (Path folder : folders) {
                Map<String, Set<String>> labels = labels(folder.resolve("labels.tsv"));
                for (Path f : transcripts(folder)) {
                    Call call = TranscriptJson.read(f.toString(), Files.readAllBytes(f), 0);
                    Set<String> truth = labels.get(call.meta.callId);
                    if (truth == null) continue;
                    Map<String, String> found = new HashMap<>();
                    for (RuleHit h : engine.evaluate(call, new TalkSignalAnalyzer().analyze(call.utterances, call.durationMs))) {
                        found.putIfAbsent(h.category, h.ruleId + " " + h.evidence);
                    }
                    e.add(call.meta.callId, truth, found);
                }
            }
        }
        return e;
    }

    private void add(String callId, Set<String> truth, Map<String, String> found) {
        calls++;
        Set<String> cats = new TreeSet<>(truth);
        cats.addAll(found.keySet());
        for (String c : cats) {
            Tally t = byCategory.computeIfAbsent(c, k -> new Tally());
            boolean labelled = truth.contains(c);
            boolean hit = found.containsKey(c);
            if (labelled && hit) t.tp++;
            else if (hit) {
                t.fp++;
                t.falseAlarms.add(callId + ": " + found.get(c));
            } else {
                t.fn++;
                t.missed.add(callId);
            }
        }
    }

    static List<Path> transcripts(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".transcript.json")).sorted().toList();
        }
    }

    static Map<String, Set<String>> labels(Path tsv) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t", -1);
            if (f[0].isBlank() || f[0].equals("callId")) continue;
            Set<String> cats = new TreeSet<>();
            if (f.length > 1) for (String c : f[1].split(",")) if (!c.isBlank()) cats.add(c.strip());
            out.put(f[0].strip(), cats);
        }
        return out;
    }
}
