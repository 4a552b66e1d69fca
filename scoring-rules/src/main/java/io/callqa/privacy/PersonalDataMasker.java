package io.callqa.privacy;

import io.callqa.rules.SpokenNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in a transcript line with a label saying what was there (PIPL Art. 28;
 * JR/T 0171-2020; qa-standard.md masking policy): card, ID-card, phone and account numbers, however
 * they were said (1380, 幺三八零, with spaces or dashes), verification codes and passwords by their
 * context, and a balance stated as such. Kept because inspectors need them: dates, times, amounts,
 * rates, instalment counts, product codes, the bank's hotlines and the last four digits (尾号1234).
 */
public final class PersonalDataMasker {
    /** A masked stretch of the original text. */
    public record Span(int start, int end, String label) {}

    public static final String CARD = "[卡号]";
    public static final String ID = "[身份证号]";
    public static final String PHONE = "[手机号]";
    public static final String ACCOUNT = "[账号]";
    public static final String CODE = "[验证码]";
    public static final String PASSWORD = "[密码]";
    public static final String BALANCE = "[余额]";

    /** Digit groups joined by one separator: 6222 0212-3456，7890. */
    private static final Pattern DIGITS = Pattern.compile("[0-9]+(?:[ \\-－,，、.][0-9]{2,})*[Xx]?");
    private static final Pattern CODE_CONTEXT = Pattern.compile("(验证码|动态码|校验码|短信码|验证马|确认码)[^0-9]{0,8}$");
    private static final Pattern PASSWORD_CONTEXT = Pattern.compile("(密码|口令)[^0-9]{0,8}$");
    private static final Pattern AMOUNT_AFTER = Pattern.compile("^\\s*(元|块|万|千|百|亿|毛|角|分钱|美元|港币|%|个点|期|天|月|年|号|日|点|时|分|秒|岁|笔|次|张|个|件|倍)");
    private static final Pattern BALANCE_AMOUNT = Pattern.compile("余额(?:还有|还剩|是|为|有|剩|显示)?(?:大概|大约|约)?([0-9零〇一二三四五六七八九十百千万亿两幺点.,，]+)(元|块|万元|万)?");

    private PersonalDataMasker() {}

    public static String mask(String text) {
        return apply(text, find(text));
    }

    /** The personal data in one line of text, as spans of the original. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null || text.isEmpty()) return spans;
        SpokenNumbers.Normalized n = SpokenNumbers.normalize(text);
        String norm = n.text();
        int[] src = n.sourceOffsets();
        Matcher m = DIGITS.matcher(norm);
        while (m.find()) {
            char first = text.charAt(src[m.start()]);
            if (first == '[' || first == '【') continue; // already masked: [卡号] reads as zeros to the rules
            String digits = m.group().replaceAll("[^0-9Xx]", "");
            String label = classify(digits, norm.substring(0, m.start()), norm.substring(m.end()));
            if (label != null) spans.add(new Span(src[m.start()], src[m.end() - 1] + 1, label));
        }
        Matcher b = BALANCE_AMOUNT.matcher(text);
        while (b.find()) spans.add(new Span(b.start(1), b.end(b.group(2) == null ? 1 : 2), BALANCE));
        return spans;
    }

    /** What a run of digits is, from its length, form and the words before and after; null to keep it. */
    static String classify(String d, String before, String after) {
        int len = d.length();
        boolean endsWithX = d.endsWith("X") || d.endsWith("x");
        if (CODE_CONTEXT.matcher(before).find() && len >= 4 && len <= 8) return CODE;
        if (PASSWORD_CONTEXT.matcher(before).find() && len >= 4 && len <= 12) return PASSWORD;
        if (endsWithX) return len == 18 || len == 15 ? ID : null;
        if (isHotline(d)) return null;
        if (AMOUNT_AFTER.matcher(after).find() && len <= 12) return null; // an amount, a date, a count
        if (len == 18 && plausibleId(d)) return ID;
        if (len >= 15 && len <= 19) return CARD;
        if (len == 11 && d.charAt(0) == '1' && d.charAt(1) >= '3') return PHONE;
        if (len >= 10 && len <= 12 && d.charAt(0) == '0') return PHONE; // landline with area code
        if (len >= 12) return ACCOUNT;
        if ((len == 7 || len == 8) && !plausibleDate(d) && before.matches("(?s).*(电话|号码|座机|手机|打|拨)[^0-9]{0,6}$")) return PHONE;
        return null;
    }

    private static boolean isHotline(String d) {
        return (d.length() == 5 && d.startsWith("95")) || (d.length() == 10 && (d.startsWith("400") || d.startsWith("800")))
                || d.equals("12378") || d.equals("12363") || d.equals("12315") || d.equals("110") || d.equals("120");
    }

    /** An 18-digit ID has a birth date in positions 7–14. */
    private static boolean plausibleId(String d) {
        return plausibleDate(d.substring(6, 14));
    }

    private static boolean plausibleDate(String yyyymmdd) {
        if (yyyymmdd.length() != 8) return false;
        int y = Integer.parseInt(yyyymmdd.substring(0, 4));
        int mo = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && day >= 1 && day <= 31;
    }

    /**
     * Two consecutive turns of one speaker where a number runs on from the first into the second
     * (ASR cut it at a pause): both are masked where the joined number is personal data.
     */
    public static String[] maskAcross(String first, String second) {
        List<Span> joined = find(first + second);
        List<Span> a = new ArrayList<>();
        List<Span> b = new ArrayList<>();
        int cut = first.length();
        for (Span s : joined) {
            if (s.start() < cut) a.add(new Span(s.start(), Math.min(s.end(), cut), s.label()));
            if (s.end() > cut) b.add(new Span(Math.max(0, s.start() - cut), s.end() - cut, s.label()));
        }
        return new String[] {apply(first, a), apply(second, b)};
    }

    /** Whether a number may run on from one turn into the next: the first ends, the second starts, with a digit. */
    public static boolean numberMayContinue(String first, String second) {
        String a = first.replaceAll("[\\s\\-－,，、]+$", "");
        String b = second.replaceAll("^[\\s\\-－,，、]+", "");
        return !a.isEmpty() && !b.isEmpty() && SpokenNumbers.isDigit(a.charAt(a.length() - 1)) && SpokenNumbers.isDigit(b.charAt(0));
    }

    /** The text with each span replaced by its label (overlapping spans merged). */
    public static String apply(String text, List<Span> spans) {
        if (spans.isEmpty()) return text;
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : sorted) {
            if (s.start() < at) continue;
            out.append(text, at, s.start()).append(s.label());
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
