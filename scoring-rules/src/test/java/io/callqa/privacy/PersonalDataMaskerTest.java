package io.callqa.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callqa.rules.SpokenNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Masking measured on a generated set: card, ID and phone numbers written or spoken (幺 两 洞),
 * grouped with spaces or dashes, or split across two turns, inside real dialogue sentences from
 * ../shared/data/text (helpdesk-stc3, jddc-sample); and numbers that must stay (dates, amounts,
 * times, rates, product codes, hotlines, last four digits) in the same sentences.
 */
class PersonalDataMaskerTest {
    static final Path TEXT = Path.of(System.getProperty("callqa.shared", "../../shared")).resolve("data/text");
    static final Pattern LONG_RUN = Pattern.compile("[0-9]{11,}");
    static final String SPOKEN = "零一二三四五六七八九";

    @Test
    void everyGeneratedCardIdAndPhoneNumberIsMaskedAndFewOtherNumbersAre() throws Exception {
        List<String> sentences = realSentences();
        Random rnd = new Random(2026);
        int pii = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String number = switch (i % 3) {
                case 0 -> card(rnd);
                case 1 -> idCard(rnd);
                default -> mobile(rnd);
            };
            String said = render(number, rnd);
            String lead = List.of("我的卡号是", "身份证号码", "手机号", "号码是", "你记一下", "是", "").get(rnd.nextInt(7));
            String sentence = sentences.get(rnd.nextInt(sentences.size()));
            String masked;
            if (i % 10 == 9) { // split across two turns of the same speaker
                int cut = said.length() / 2;
                String first = sentence + lead + said.substring(0, cut);
                String second = said.substring(cut);
                String[] both = PersonalDataMasker.numberMayContinue(first, second)
                        ? PersonalDataMasker.maskAcross(first, second)
                        : new String[] {PersonalDataMasker.mask(first), PersonalDataMasker.mask(second)};
                masked = both[0] + "｜" + both[1];
            } else {
                masked = PersonalDataMasker.mask(sentence + lead + said + "。");
            }
            pii++;
            if (survives(masked, number)) missed.add(said + " → " + masked);
        }
        System.out.printf("masking recall: %d of %d generated card/ID/phone numbers masked%n", pii - missed.size(), pii);
        assertEquals(List.of(), missed.subList(0, Math.min(10, missed.size())));

        int kept = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String number = keptNumber(rnd);
            String text = sentences.get(rnd.nextInt(sentences.size())) + number;
            String masked = PersonalDataMasker.mask(text);
            if (masked.equals(text)) kept++;
            else wrong.add(number + " → " + masked);
        }
        double falseRate = 1.0 - kept / 1000.0;
        System.out.printf("numbers that must stay: %d of 1000 kept (%.1f%% masked by mistake)%n", kept, 100 * falseRate);
        assertTrue(falseRate <= 0.01, "masked by mistake: " + wrong.subList(0, Math.min(20, wrong.size())));
    }

    @Test
    void contextDecidesCodesPasswordsAndBalances() {
        assertEquals("您的验证码是[验证码]，五分钟内有效", PersonalDataMasker.mask("您的验证码是六七八二九一，五分钟内有效"));
        assertEquals("我的密码是[密码]", PersonalDataMasker.mask("我的密码是123456"));
        assertEquals("您卡里余额还有[余额]", PersonalDataMasker.mask("您卡里余额还有三万两千元"));
        assertEquals("尾号1234的卡本期账单4623元，还款日12月8号，客服热线95588", PersonalDataMasker.mask("尾号1234的卡本期账单4623元，还款日12月8号，客服热线95588"));
        assertEquals("手机号[手机号]", PersonalDataMasker.mask("手机号幺三八 洞洞幺三 八洞洞洞"));
        assertEquals("卡号[卡号]，身份证[身份证号]", PersonalDataMasker.mask(PersonalDataMasker.mask("卡号6222021234567890123，身份证110105198803152216")),
                "masking twice changes nothing");
    }

    /** Whether any 11+ digit run, or the number's last eight digits, is left in the masked text. */
    private static boolean survives(String masked, String number) {
        String digits = SpokenNumbers.normalize(masked.replace("｜", "").replaceAll("\\[[^\\]]*\\]", "")).text().replaceAll("[ \\-]", "");
        Matcher m = LONG_RUN.matcher(digits);
        return m.find() || digits.replaceAll("[^0-9Xx]", "").contains(number.substring(number.length() - 8));
    }

    private static String render(String number, Random rnd) {
        StringBuilder out = new StringBuilder();
        int style = rnd.nextInt(4); // 0 digits, 1 spoken, 2 digits grouped, 3 spoken grouped
        for (int k = 0; k < number.length(); k++) {
            char c = number.charAt(k);
            if ((style == 2 || style == 3) && k > 0 && k % 4 == 0) out.append(rnd.nextBoolean() ? ' ' : '-');
            if (style == 1 || style == 3) {
                if (c == 'X') out.append('X');
                else if (c == '1' && rnd.nextInt(3) == 0) out.append('幺');
                else if (c == '2' && rnd.nextInt(4) == 0) out.append('两');
                else if (c == '0' && rnd.nextInt(6) == 0) out.append('洞');
                else out.append(SPOKEN.charAt(c - '0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String keptNumber(Random rnd) {
        return switch (rnd.nextInt(10)) {
            case 0 -> (2020 + rnd.nextInt(7)) + "年" + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日";
            case 1 -> (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "号";
            case 2 -> (100 + rnd.nextInt(99_900)) + "元";
            case 3 -> rnd.nextInt(24) + ":" + String.format("%02d", rnd.nextInt(60));
            case 4 -> "年化" + rnd.nextInt(6) + "." + rnd.nextInt(10) + "%";
            case 5 -> "分" + List.of(3, 6, 12, 24).get(rnd.nextInt(4)) + "期";
            case 6 -> "产品代码" + (char) ('A' + rnd.nextInt(26)) + (10000 + rnd.nextInt(90000));
            case 7 -> List.of("95588", "95533", "4008205555", "12378").get(rnd.nextInt(4));
            case 8 -> "尾号" + (1000 + rnd.nextInt(9000));
            default -> (1 + rnd.nextInt(9)) + "万" + SPOKEN.charAt(1 + rnd.nextInt(9)) + "千元";
        };
    }

    static String card(Random rnd) {
        StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "6222" : "6217");
        int len = rnd.nextBoolean() ? 16 : 19;
        while (b.length() < len - 1) b.append(rnd.nextInt(10));
        return b.append(luhn(b.toString())).toString();
    }

    static String idCard(Random rnd) {
        String body = String.format("%06d%04d%02d%02d%03d", 110000 + rnd.nextInt(540000), 1950 + rnd.nextInt(55), 1 + rnd.nextInt(12),
                1 + rnd.nextInt(28), rnd.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) sum += (body.charAt(k) - '0') * w[k];
        return body + "10X98765432".charAt(sum % 11);
    }

    static String mobile(Random rnd) {
        return "1" + (3 + rnd.nextInt(7)) + String.format("%09d", rnd.nextInt(1_000_000_000));
    }

    private static int luhn(String partial) {
        int sum = 0;
        for (int k = 0; k < partial.length(); k++) {
            int d = partial.charAt(partial.length() - 1 - k) - '0';
            if (k % 2 == 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** Dialogue turns from helpdesk-stc3 and jddc-sample, their placeholders ([数字x] …) and digits removed. */
    static List<String> realSentences() throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(TEXT.resolve("jddc-sample/chat_0.1per.txt"))) {
            String[] f = line.split("\t");
            if (f.length >= 7) out.add(clean(f[6]));
        }
        JsonNode dialogues = new ObjectMapper().readTree(TEXT.resolve("helpdesk-stc3/train_data_cn.json").toFile());
        for (int i = 0; i < 500; i++) {
            for (JsonNode turn : dialogues.get(i).get("turns")) for (JsonNode u : turn.get("utterances")) out.add(clean(u.asText()));
        }
        out.removeIf(s -> s.length() < 4 || s.length() > 80);
        return out;
    }

    private static String clean(String s) {
        return s.replaceAll("\\[[^\\]]*\\]", "").replaceAll("[0-9０-９]", "").strip();
    }
}
