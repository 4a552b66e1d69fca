package io.callqa.review;

import io.callqa.rules.ChineseAnalyzer;
import io.callqa.rules.TextRuleMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text search over every call's transcript: a Lucene index with the rule packs' own analysis
 * (HanLP words, exact characters, spoken numbers as digits) and their query language, so a
 * compliance officer's search and a rule mean the same thing. One document per call; the index is
 * rebuilt when the lake holds a different number of calls.
 */
final class TranscriptIndex {
    private static final String[] FIELDS = {ChineseAnalyzer.WORDS, ChineseAnalyzer.CHARS, ChineseAnalyzer.BIGRAMS, ChineseAnalyzer.NUMBERS};

    private final ReviewLake lake;
    private IndexSearcher searcher;
    private long indexedCalls = -1;

    TranscriptIndex(ReviewLake lake) {
        this.lake = lake;
    }

    /** Call ids whose transcript matches the query (rule-query syntax), best first. */
    synchronized List<String> search(String query, int limit) throws Exception {
        Query q;
        try {
            q = TextRuleMatcher.parse(query);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("查询语法错误 (query syntax error): " + e.getMessage());
        }
        refresh();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc d : searcher.search(q, limit).scoreDocs) ids.add(searcher.storedFields().document(d.doc).get("call_id"));
        return ids;
    }

    private void refresh() throws Exception {
        long calls = Long.parseLong(lake.rows("SELECT count(*) AS n FROM calls").get(0).get("n"));
        if (searcher != null && calls == indexedCalls) return;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new ChineseAnalyzer()))) {
            for (Map<String, String> c : lake.rows("SELECT call_id, string_agg(text, '\n' ORDER BY seq) AS text FROM utterances GROUP BY call_id")) {
                Document doc = new Document();
                doc.add(new StringField("call_id", c.get("call_id"), Field.Store.YES));
                for (String f : FIELDS) doc.add(new TextField(f, c.get("text"), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
        indexedCalls = calls;
    }

    /** The utterances of a call that hold the query's words, with the matched spans marked (HTML-escaped). */
    static List<String> snippets(String query, List<Map<String, String>> utterances, int max) throws Exception {
        io.callqa.rules.Rule search = new io.callqa.rules.Rule();
        search.id = "search";
        search.query = query;
        List<String> texts = new ArrayList<>();
        for (Map<String, String> u : utterances) texts.add(u.get("text") == null ? "" : u.get("text"));
        List<String> out = new ArrayList<>();
        try (TextRuleMatcher matcher = new TextRuleMatcher(List.of(search))) {
            TextRuleMatcher.CallMatches m = matcher.match(texts);
            Map<Integer, List<TextRuleMatcher.Span>> byText = new HashMap<>();
            for (int i = 0; i < texts.size() && byText.size() < max; i++) {
                List<TextRuleMatcher.Span> spans = m.spans("search", i);
                if (!spans.isEmpty()) byText.put(i, spans);
            }
            for (int i = 0; i < texts.size(); i++) {
                if (!byText.containsKey(i)) continue;
                StringBuilder b = new StringBuilder(Page.time(utterances.get(i).get("start_ms")) + " " + CallPage.speaker(utterances.get(i).get("speaker")) + "：");
                int at = 0;
                String t = texts.get(i);
                for (TextRuleMatcher.Span s : byText.get(i)) {
                    b.append(Page.esc(t.substring(at, s.start()))).append("<mark class=\"hit\">").append(Page.esc(t.substring(s.start(), s.end()))).append("</mark>");
                    at = s.end();
                }
                out.add(b.append(Page.esc(t.substring(at))).toString());
            }
        }
        return out;
    }
}
