package io.callqa.signals;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.rules.SpokenNumbers;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures of a call that are not about talk timing: when it was placed (local time) and the risk
 * levels said in a sales call. Rule signal conditions use them like talk signals; -1 = unknown.
 */
public class CallFacts implements Serializable {
    /** Minutes after local midnight at the caller's offset (09:00 = 540, 21:00 = 1260). */
    public double startMinuteOfDay = -1;
    /** The customer's assessed risk tolerance C1–C5 (保守 … 激进), as said in the call. */
    public int customerRiskLevel = -1;
    /** The highest product risk level R1–R5 the agent mentions. */
    public int productRiskLevel = -1;
    /** Customer sentiment (mean over turns) in the first and the last quarter of the call; NaN without emotion analysis. */
    public double customerSentimentStart = Double.NaN;
    public double customerSentimentEnd = Double.NaN;
    /** The customer's angriest turn: its start and sentiment; -1 / NaN when unknown. */
    public long angriestMs = -1;
    public double angriestSentiment = Double.NaN;
    public int customerAngryUtterances = -1;
    /** Highest offensive-language score of the agent's and of the customer's turns. */
    public double agentAbuseMax = Double.NaN;
    public double customerAbuseMax = Double.NaN;
    /** The customer's most raised voice (arousal z-score); NaN without audio. */
    public double customerArousalMax = Double.NaN;

    public static final Map<String, ToDoubleFunction<CallFacts>> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("start_minute_of_day", f -> f.startMinuteOfDay);
        MEASURES.put("customer_risk_level", f -> f.customerRiskLevel);
        MEASURES.put("product_risk_level", f -> f.productRiskLevel);
        MEASURES.put("risk_level_excess", f -> f.customerRiskLevel < 0 || f.productRiskLevel < 0 ? -1
                : Math.max(0, f.productRiskLevel - f.customerRiskLevel));
        MEASURES.put("customer_sentiment_start", f -> f.customerSentimentStart);
        MEASURES.put("customer_sentiment_end", f -> f.customerSentimentEnd);
        MEASURES.put("customer_sentiment_change", f -> f.customerSentimentEnd - f.customerSentimentStart);
        MEASURES.put("customer_angry_utterances", f -> f.customerAngryUtterances);
        MEASURES.put("agent_abuse_max", f -> f.agentAbuseMax);
        MEASURES.put("customer_abuse_max", f -> f.customerAbuseMax);
        MEASURES.put("customer_arousal_max", f -> f.customerArousalMax);
    }

    /** Measures that can be below zero; for the others a negative value means unknown. */
    public static final java.util.Set<String> SIGNED = java.util.Set.of("customer_sentiment_start", "customer_sentiment_end", "customer_sentiment_change",
            "customer_arousal_max");

    // Levels as written or as ASR spells them: C2, C 2, C二; R3, R三; spaces between words.
    private static final Pattern CUSTOMER_LEVEL = Pattern.compile("[Cc]\\s*([1-5一二三四五])|(保守|谨慎|紧慎|稳健|稳建|进取|激进)型");
    private static final Pattern PRODUCT_LEVEL = Pattern.compile("[Rr]\\s*([1-5一二三四五])|(中低|中高|低|中|高)风险\\s*(?:等级)?的?(?:产品|理财|等级|基金)"
            + "|风险等级\\s*(?:是|为|属于)?\\s*(中低|中高|低|中|高)|(?:是|属于)\\s*(中低|中高|中|高)风险|([1-5一二三四五])\\s*级风险");
    /**
     * A scale explained (从R1到R5, C1至C5, R5最高) or a kind of product named by two levels (那种R4R5的, R4或R5)
     * names no one's level: it is taken out before looking for levels.
     */
    private static final Pattern SCALE = Pattern.compile("[RrCc]\\s*[1-5一二三四五]\\s*(?:到|至|~|-|—)\\s*[RrCc]?\\s*[1-5一二三四五]"
            + "|[Rr]\\s*[1-5一二三四五]\\s*(?:、|或者|或|和)?\\s*[Rr]\\s*[1-5一二三四五]|[RrCc]\\s*[1-5一二三四五]\\s*(?:是)?\\s*最[低高]");
    /** A clause about another bank's or another kind of product (那是别的银行的高风险产品) names no level of this sale. */
    private static final Pattern ELSEWHERE = Pattern.compile("(?:别的|别家|其他|其它)[^，。？！,.?!\\s]{0,12}");
    private static final String TOLERANCE = "保守谨慎稳健进取激进";
    /** How ASR often writes them: 紧慎 for 谨慎, 稳建 for 稳健. */
    private static final String TOLERANCE_HEARD = "保守紧慎稳建进取激进";

    public static CallFacts of(Call call) {
        CallFacts f = new CallFacts();
        try {
            OffsetDateTime t = OffsetDateTime.parse(call.meta.startTime);
            f.startMinuteOfDay = t.getHour() * 60 + t.getMinute();
        } catch (DateTimeParseException | NullPointerException e) {
            // unknown start time: time-of-day rules cannot judge the call
        }
        trajectory(call, f);
        // The agent reads the customer's level from the system; a customer may only half remember it
        // (保守型还是谨慎型), so the first level an agent says wins over the first one the customer says.
        int saidByCustomer = -1;
        for (Utterance u : call.utterances) {
            if (!mayNameLevel(u.text)) continue;
            String text = SCALE.matcher(u.text).replaceAll(" ");
            Matcher level = CUSTOMER_LEVEL.matcher(text);
            if (level.find()) {
                int l = level.group(1) != null ? SpokenNumbers.digit(level.group(1).charAt(0)) : toleranceLevel(level.group(2));
                if (u.isAgent() && f.customerRiskLevel < 0) f.customerRiskLevel = l;
                if (!u.isAgent() && saidByCustomer < 0) saidByCustomer = l;
            }
            if (u.isAgent()) {
                Matcher m = PRODUCT_LEVEL.matcher(ELSEWHERE.matcher(text).replaceAll(" "));
                while (m.find()) f.productRiskLevel = Math.max(f.productRiskLevel, productLevel(m));
            }
        }
        if (f.customerRiskLevel < 0) f.customerRiskLevel = saidByCustomer;
        return f;
    }

    /** Whether a text holds what every level pattern needs (C, R, 型 or 险): most utterances do not, and skip the patterns. */
    private static boolean mayNameLevel(String text) {
        return text != null && text.chars().anyMatch(c -> "CcRr型险".indexOf(c) >= 0);
    }

    /** 保守 … 激进 = 1 … 5. */
    private static int toleranceLevel(String word) {
        int k = TOLERANCE.indexOf(word);
        return (k >= 0 ? k : TOLERANCE_HEARD.indexOf(word)) / 2 + 1;
    }

    /** The customer's mood at the start and the end of the call, the angriest moment, and abuse on either side. */
    private static void trajectory(Call call, CallFacts f) {
        long end = call.utterances.stream().mapToLong(u -> u.endMs).max().orElse(0);
        double startSum = 0, endSum = 0;
        int startN = 0, endN = 0, angry = 0;
        boolean any = false;
        for (Utterance u : call.utterances) {
            if (!u.isAgent() && u.arousal != null) f.customerArousalMax = Double.isNaN(f.customerArousalMax) ? u.arousal : Math.max(f.customerArousalMax, u.arousal);
            if (u.sentiment == null) continue;
            any = true;
            if (u.isAgent()) {
                if (u.abuseScore != null) f.agentAbuseMax = Double.isNaN(f.agentAbuseMax) ? u.abuseScore : Math.max(f.agentAbuseMax, u.abuseScore);
                continue;
            }
            if (u.abuseScore != null) f.customerAbuseMax = Double.isNaN(f.customerAbuseMax) ? u.abuseScore : Math.max(f.customerAbuseMax, u.abuseScore);
            if ("angry".equals(u.emotion)) angry++;
            if (u.startMs <= end / 4) {
                startSum += u.sentiment;
                startN++;
            }
            if (u.endMs >= end * 3 / 4) {
                endSum += u.sentiment;
                endN++;
            }
            if (Double.isNaN(f.angriestSentiment) || u.sentiment < f.angriestSentiment) {
                f.angriestSentiment = u.sentiment;
                f.angriestMs = u.startMs;
            }
        }
        if (!any) return;
        f.customerAngryUtterances = angry;
        if (startN > 0) f.customerSentimentStart = startSum / startN;
        if (endN > 0) f.customerSentimentEnd = endSum / endN;
    }

    private static int productLevel(Matcher m) {
        if (m.group(1) != null) return SpokenNumbers.digit(m.group(1).charAt(0));
        if (m.group(5) != null) return SpokenNumbers.digit(m.group(5).charAt(0));
        String word = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        return switch (word) {
            case "低" -> 1;
            case "中低" -> 2;
            case "中" -> 3;
            case "中高" -> 4;
            default -> 5;
        };
    }
}
