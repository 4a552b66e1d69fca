package io.callqa.voc;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.mining.cluster.ClusterAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emerging complaint themes: what customers complain about lately that no topic covers yet.
 * Each complaint's keywords come from HanLP TextRank; keywords that rise (recent share of
 * complaints against the earlier period's, at least {@value #MIN_RISE}×, in at least
 * {@value #MIN_CALLS} recent complaints) mark the complaints that carry them; those complaints are
 * clustered on their rising keywords (HanLP repeated bisection), and each cluster is a theme named
 * by its commonest rising keywords.
 */
public final class EmergingTopics {
    static final int MIN_CALLS = 3;
    static final double MIN_RISE = 2.0;
    static final int KEYWORDS_PER_COMPLAINT = 8;
    /** Words every complaint uses; they rise with complaint volume, not with a theme. */
    static final Set<String> COMMON = Set.of("你们", "我们", "这个", "那个", "怎么", "什么", "为什么", "银行", "客户", "电话",
            "问题", "您好", "你好", "一下", "现在", "还是", "就是", "不是", "没有", "可以", "已经", "时候", "今天", "昨天",
            "投诉", "客服", "工作人员", "处理", "知道", "东西", "一直", "说", "要", "给");

    /** A complaint call's customer text, and whether it falls in the recent period. */
    public record Complaint(String callId, String text, boolean recent) {}

    /** A theme: its keywords, how many complaints carry it now and before, and some of its calls. */
    public record Theme(List<String> keywords, int recentCalls, int previousCalls, double rise, List<String> exampleCalls) {}

    private EmergingTopics() {}

    public static List<Theme> find(List<Complaint> complaints, int maxThemes) {
        Map<String, Set<String>> keywordsOf = new HashMap<>();
        Map<String, int[]> df = new HashMap<>(); // keyword → {recent, previous} complaints carrying it
        int recent = 0, previous = 0;
        for (Complaint c : complaints) {
            Set<String> words = keywords(c.text());
            keywordsOf.put(c.callId(), words);
            if (c.recent()) recent++; else previous++;
            for (String w : words) df.computeIfAbsent(w, k -> new int[2])[c.recent() ? 0 : 1]++;
        }
        Map<String, Double> rising = new HashMap<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            double rise = rise(e.getValue()[0], recent, e.getValue()[1], previous);
            if (e.getValue()[0] >= MIN_CALLS && rise >= MIN_RISE) rising.put(e.getKey(), rise);
        }
        if (rising.isEmpty()) return List.of();

        ClusterAnalyzer<String> clusters = new ClusterAnalyzer<>();
        int documents = 0;
        for (Complaint c : complaints) {
            if (!c.recent()) continue;
            List<String> carried = keywordsOf.get(c.callId()).stream().filter(rising::containsKey).toList();
            if (carried.isEmpty()) continue;
            clusters.addDocument(c.callId(), carried);
            documents++;
        }
        int k = Math.max(1, Math.min(maxThemes, documents / MIN_CALLS));
        List<Theme> themes = new ArrayList<>();
        for (Set<String> members : k == 1 ? List.of(Set.copyOf(allRecent(complaints, keywordsOf, rising))) : clusters.repeatedBisection(k)) {
            if (members.size() < MIN_CALLS) continue;
            themes.add(theme(members, complaints, keywordsOf, rising, recent, previous));
        }
        themes.sort(Comparator.comparingInt(Theme::recentCalls).reversed().thenComparing(t -> t.keywords().get(0)));
        return themes.subList(0, Math.min(maxThemes, themes.size()));
    }

    private static List<String> allRecent(List<Complaint> complaints, Map<String, Set<String>> keywordsOf, Map<String, Double> rising) {
        return complaints.stream().filter(Complaint::recent)
                .filter(c -> keywordsOf.get(c.callId()).stream().anyMatch(rising::containsKey)).map(Complaint::callId).toList();
    }

    private static Theme theme(Set<String> members, List<Complaint> complaints, Map<String, Set<String>> keywordsOf,
                               Map<String, Double> rising, int recent, int previous) {
        Map<String, Integer> counts = new HashMap<>();
        for (String id : members) for (String w : keywordsOf.get(id)) if (rising.containsKey(w)) counts.merge(w, 1, Integer::sum);
        List<String> label = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
        // A complaint belongs to the theme when it carries its leading keyword; earlier complaints are counted the same way.
        String lead = label.get(0);
        int now = 0, before = 0;
        List<String> examples = new ArrayList<>();
        for (Complaint c : complaints) {
            if (!keywordsOf.get(c.callId()).contains(lead)) continue;
            if (c.recent()) {
                now++;
                if (examples.size() < 3 && members.contains(c.callId())) examples.add(c.callId());
            } else {
                before++;
            }
        }
        return new Theme(label, now, before, rise(now, recent, before, previous), examples);
    }

    /** How many times more often complaints carry it now than before, per complaint (add-one smoothed). */
    static double rise(int now, int recentTotal, int before, int previousTotal) {
        return ((now + 1.0) / (recentTotal + 1.0)) / ((before + 1.0) / (previousTotal + 1.0));
    }

    static Set<String> keywords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : HanLP.extractKeyword(text, KEYWORDS_PER_COMPLAINT)) {
            if (w.length() >= 2 && !COMMON.contains(w) && w.codePoints().anyMatch(Character::isIdeographic)) out.add(w);
        }
        return out;
    }
}
