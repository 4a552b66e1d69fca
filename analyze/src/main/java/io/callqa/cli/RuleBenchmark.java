package io.callqa.cli;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.ingest.TranscriptJson;
import io.callqa.rules.ChineseAnalyzer;
import io.callqa.rules.ClauseWords;
import io.callqa.rules.HanLpTokenizer;
import io.callqa.rules.Rule;
import io.callqa.rules.RuleEngine;
import io.callqa.rules.RulePackLoader;
import io.callqa.signals.TalkSignalAnalyzer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@code callqa bench rules}: calls per second on one thread for 5-minute calls (about 1,200
 * characters) against the shipped packs grown to 500 rules (--count), HanLP and pinyin analysis included.
 * The extra rules are made like the shipped ones: forbidden or required phrase lists of 4–12
 * phrases taken from the shipped queries (and a few from the calls, so some fire), a third with
 * homophones, a fifth with a reference condition, spread over speakers and windows. A quarter are
 * written in words instead (unquoted terms match HanLP words), so every call is also segmented by HanLP.
 */
final class RuleBenchmark {
    static final int CALL_CHARS = 1200;

    static int run(Path packs, Path calls, int seconds, int ruleCount, PrintStream out) throws Exception {
        List<Rule> shipped = RulePackLoader.loadFolder(packs);
        List<Call> fiveMinute = fiveMinuteCalls(calls);
        List<Rule> rules = grow(shipped, fiveMinute, ruleCount);
        TalkSignalAnalyzer talk = new TalkSignalAnalyzer();
        out.printf("bench rules: %d rules (%d shipped), %d distinct 5-minute calls of ~%d chars, one thread%n",
                rules.size(), shipped.size(), fiveMinute.size(), CALL_CHARS);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("what", "rules", "calls", "seconds", "calls/s per core", "findings / call"));
        // The floor: HanLP word segmentation of the whole call and nothing else.
        HanLpTokenizer words = new HanLpTokenizer();
        table.add(measure("HanLP segmentation alone", 0, seconds, fiveMinute, c -> segment(words, c)));
        for (List<Rule> set : List.of(shipped, rules)) {
            try (RuleEngine engine = new RuleEngine(set)) {
                table.add(measure(set == shipped ? "shipped packs" : "shipped + generated", set.size(), seconds, fiveMinute,
                        c -> engine.evaluate(c, talk.analyze(c.utterances, c.durationMs)).size()));
            }
        }
        TextTable.print(table, out);
        return 0;
    }

    private interface PerCall {
        int apply(Call c) throws Exception;
    }

    /** Warms up for 5 s (JIT, HanLP dictionaries), then counts calls done in the given seconds. */
    private static List<String> measure(String what, int rules, int seconds, List<Call> calls, PerCall work) throws Exception {
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; System.nanoTime() < warmUntil; i++) work.apply(calls.get(i % calls.size()));
        long findings = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end) findings += work.apply(calls.get(n++ % calls.size()));
        double secs = (System.nanoTime() - start) / 1e9;
        return List.of(what, "" + rules, "" + n, String.format("%.1f", secs), String.format("%.0f", n / secs),
                rules == 0 ? "-" : String.format("%.1f", (double) findings / n));
    }

    /** Segments a call's text into words; returns 0 findings. */
    private static int segment(HanLpTokenizer words, Call c) throws java.io.IOException {
        ClauseWords.newCall(); // as the engine does: no call reuses another's clauses
        StringBuilder text = new StringBuilder();
        for (Utterance u : c.utterances) text.append(u.text).append('\n');
        words.setReader(new java.io.StringReader(text.toString()));
        words.reset();
        while (words.incrementToken()) {
            // only the segmentation is measured
        }
        words.end();
        words.close();
        return 0;
    }

    /** Labelled test calls concatenated, in order, until each reaches ~1,200 characters (about 5 minutes of talk). */
    static List<Call> fiveMinuteCalls(Path dir) throws Exception {
        List<Call> source = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".transcript.json")).sorted().toList()) {
                source.add(TranscriptJson.read(f.toString(), Files.readAllBytes(f), 0));
            }
        }
        if (source.isEmpty()) throw new Args.UsageException("no *.transcript.json under " + dir);
        List<Call> out = new ArrayList<>();
        int k = 0;
        for (int made = 0; made < 40; made++) {
            Call c = new Call();
            Call first = source.get(k % source.size());
            c.meta = first.meta;
            long offset = 0;
            int chars = 0;
            while (chars < CALL_CHARS) {
                Call part = source.get(k++ % source.size());
                for (Utterance u : part.utterances) {
                    c.utterances.add(new Utterance(u.speaker, u.startMs + offset, u.endMs + offset, u.text));
                    chars += u.text.length();
                }
                offset = c.utterances.get(c.utterances.size() - 1).endMs + 1000;
            }
            c.durationMs = offset;
            out.add(c);
        }
        return out;
    }

    /** The shipped rules plus generated ones, RULES in all. */
    static List<Rule> grow(List<Rule> shipped, List<Call> calls, int total) {
        List<String> phrases = new ArrayList<>();
        for (Rule r : shipped) {
            if (r.type != Rule.Type.FORBIDDEN) continue; // what must not be said: rare in a normal call, as most rules' words are
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(r.query);
            while (m.find()) phrases.add(m.group(1));
        }
        Random rnd = new Random(42);
        // A few phrases from the calls themselves, so generated rules also fire now and then.
        for (Call c : calls.subList(0, 8)) {
            Utterance u = c.utterances.get(rnd.nextInt(c.utterances.size()));
            if (u.text.length() < 6) continue;
            int at = rnd.nextInt(u.text.length() - 4);
            String p = u.text.substring(at, at + 3).replaceAll("[^\\p{IsHan}0-9]", "");
            if (p.length() >= 2) phrases.add(p);
        }
        List<String> words = wordsOf(phrases);
        List<Rule> rules = new ArrayList<>(shipped);
        String[] speakers = {"agent", "customer", "any"};
        for (int i = rules.size(); i < total; i++) {
            Rule r = new Rule();
            r.id = "BENCH-" + i;
            r.name = "generated";
            r.category = "rude_agent";
            r.severity = "minor";
            r.speaker = speakers[i % 3];
            r.type = i % 10 == 0 ? Rule.Type.REQUIRED : Rule.Type.FORBIDDEN;
            // Required rules ask for what agents usually say (met in most calls), as greeting and closing rules do.
            r.query = r.type == Rule.Type.REQUIRED ? "\"您好\" OR \"谢谢\" OR \"再见\" OR \"请问\" OR " + orOf(phrases, 3, rnd)
                    : i % 4 == 1 ? "(" + String.join(" OR ", pick(words, 3, rnd)) + ") AND (" + String.join(" OR ", pick(words, 2, rnd)) + ")"
                    : orOf(phrases, 4 + rnd.nextInt(9), rnd);
            r.homophones = i % 3 == 0;
            if (i % 5 == 0) {
                Rule.Reference ref = new Rule.Reference();
                ref.query = orOf(phrases, 3, rnd);
                if (i % 10 == 0) r.before.add(ref); else r.after.add(ref);
            }
            if (i % 7 == 0) r.window.firstSeconds = 30;
            r.packName = "bench";
            r.packVersion = "1";
            rules.add(r);
        }
        return rules;
    }

    private static String orOf(List<String> phrases, int n, Random rnd) {
        return String.join(" OR ", pick(phrases, n, rnd).stream().map(p -> "\"" + p + "\"").toList());
    }

    private static List<String> pick(List<String> from, int n, Random rnd) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) out.add(from.get(rnd.nextInt(from.size())));
        return out;
    }

    /** The HanLP words of two or more characters in the phrases, stop words (这个, 可以 …) aside, as a rule writer would type them. */
    private static List<String> wordsOf(List<String> phrases) {
        java.util.Set<String> words = new java.util.TreeSet<>();
        try (ChineseAnalyzer analyzer = new ChineseAnalyzer()) {
            for (String p : phrases) {
                try (TokenStream ts = analyzer.tokenStream(ChineseAnalyzer.WORDS, p)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) if (term.length() >= 2 && term.chars().allMatch(Character::isIdeographic) && !CoreStopWordDictionary.contains(term.toString())) {
                        words.add(term.toString());
                    }
                    ts.end();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }
}
