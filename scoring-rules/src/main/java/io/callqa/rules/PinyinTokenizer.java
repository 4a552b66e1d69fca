package io.callqa.rules;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One token per character, spelled as toneless pinyin with the retroflex initials folded into
 * the flat ones (zh/z, ch/c, sh/s), as southern speakers and ASR confuse them: 理财 and 理才 both
 * become "li cai", 承保 and 承包 "ceng bao". A phrase over these tokens matches what sounds the
 * same, whatever characters ASR chose. -eng and -ing fold into -en and -in as well (分险 is heard
 * for 风险); other endings stay apart (曝光 is not 保管).
 */
public final class PinyinTokenizer extends Tokenizer {
    /** Whether a phrase runs across the spaces between ASR's words, as it does in {@link CharacterTokenizer}. */
    private final boolean acrossSpaces;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private String text;
    private List<Pinyin> pinyin;
    private int position;

    /** @param acrossSpaces false: sounds match within a written word only (short phrases: 保守 一 sounds like 保收益) */
    public PinyinTokenizer(boolean acrossSpaces) {
        this.acrossSpaces = acrossSpaces;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (text == null) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1024];
            for (int n; (n = input.read(buf)) > 0; ) sb.append(buf, 0, n);
            text = sb.toString();
            pinyin = pinyinOf(text);
        }
        boolean punctuated = false;
        while (position < text.length()) {
            int at = position++;
            char c = text.charAt(at);
            if (!Character.isLetterOrDigit(c)) {
                punctuated |= !acrossSpaces || CharacterTokenizer.breaksPhrase(c);
                continue;
            }
            increment.setPositionIncrement(punctuated ? 2 : 1); // as in CharacterTokenizer
            Pinyin p = syllableAt(pinyin, at);
            if (p == Pinyin.none5) term.setEmpty().append(Character.toLowerCase(c));
            else term.setEmpty().append(FOLDED[p.ordinal()]);
            offset.setOffset(correctOffset(at), correctOffset(at + 1));
            return true;
        }
        return false;
    }

    /** The last text's syllables on this thread: the pinyin and pinyin_span fields read the same call text. */
    private static final ThreadLocal<Map.Entry<String, List<Pinyin>>> LAST = new ThreadLocal<>();

    /** The syllable of the character at an offset; none5 when it has none (a letter, a digit, a rare character). */
    static Pinyin syllableAt(List<Pinyin> pinyin, int at) {
        return at < pinyin.size() ? pinyin.get(at) : Pinyin.none5;
    }

    static List<Pinyin> pinyinOf(String text) {
        Map.Entry<String, List<Pinyin>> last = LAST.get();
        if (last != null && last.getKey().equals(text)) return last.getValue();
        List<Pinyin> syllables = HanLP.convertToPinyinList(text);
        LAST.set(Map.entry(text, syllables));
        return syllables;
    }

    /** Each syllable's folded spelling, worked out once rather than per character. */
    static final String[] FOLDED = java.util.Arrays.stream(Pinyin.values()).map(p -> fold(p.getPinyinWithoutTone())).toArray(String[]::new);

    static String fold(String py) {
        String s = py.replace("ü", "v");
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) s = s.charAt(0) + s.substring(2);
        if (s.endsWith("eng") || s.endsWith("ing")) s = s.substring(0, s.length() - 1); // 分险 for 风险, 金 for 京
        return s;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = text == null ? 0 : text.length();
        offset.setOffset(correctOffset(end), correctOffset(end));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text = null;
        pinyin = null;
        position = 0;
    }
}
