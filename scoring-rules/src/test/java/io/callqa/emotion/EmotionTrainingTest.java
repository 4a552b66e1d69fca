package io.callqa.emotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Utterance;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the models from ../shared/data/text as `callqa emotion train` does (into target/, where
 * the job tests find them) and checks the printed dev-set evaluation and call-centre wording.
 */
class EmotionTrainingTest {
    static final Path TEXT = Path.of(System.getProperty("callqa.shared", "../../shared")).resolve("data/text");
    static final Path MODEL = Path.of("target/emotion-model");
    static String printed;

    @BeforeAll
    static void build() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmotionTraining.build(TEXT, MODEL, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
    }

    @Test
    void devSetScoresAreAboveTheBar() {
        assertTrue(number("macro-F1 ([0-9.]+)") >= 0.60, printed);
        assertTrue(number("F1\\(offensive\\) ([0-9.]+)") >= 0.80, printed);
    }

    @Test
    void callCentreWordingAndNegation() throws Exception {
        EmotionAnalyzer a = new EmotionAnalyzer(MODEL);
        Utterance angry = analyzed(a, "你们这什么破服务，等了半天也没人管");
        assertEquals("angry", angry.emotion);
        assertTrue(angry.sentiment < 0 && angry.emotionEvidence.startsWith("lexicon:"), angry.emotionEvidence);
        Utterance polite = analyzed(a, "好的，麻烦您了，谢谢");
        assertTrue(polite.sentiment > 0, "polite: " + polite.sentiment + " " + polite.emotion);
        Utterance notUnhappy = analyzed(a, "我没有不满意，就是问一下");
        Utterance unhappy = analyzed(a, "我很不满意");
        assertTrue(notUnhappy.sentiment > unhappy.sentiment, notUnhappy.sentiment + " vs " + unhappy.sentiment);
        assertEquals("angry", unhappy.emotion);
        assertTrue(analyzed(a, "你他妈的会不会说人话，傻逼").abusive);
        Utterance calmWords = analyzed(a, "钱到现在还没到账，我等了三天了");
        Utterance shouted = new Utterance("customer", 0, 1000, "钱到现在还没到账，我等了三天了");
        shouted.arousal = 2.5;
        a.analyze(shouted);
        assertEquals("angry", shouted.emotion, "a raised voice on negative words is anger");
        assertTrue(shouted.emotionEvidence.endsWith("+acoustic"), shouted.emotionEvidence);
        assertTrue(shouted.sentiment < calmWords.sentiment, shouted.sentiment + " vs " + calmWords.sentiment);
        assertFalse(analyzed(a, "您好，请问有什么可以帮您").abusive);
    }

    private static Utterance analyzed(EmotionAnalyzer a, String text) {
        Utterance u = new Utterance("customer", 0, 1000, text);
        a.analyze(u);
        return u;
    }

    private static double number(String regex) {
        Matcher m = Pattern.compile(regex).matcher(printed);
        assertTrue(m.find(), regex + " in " + printed);
        return Double.parseDouble(m.group(1));
    }
}
