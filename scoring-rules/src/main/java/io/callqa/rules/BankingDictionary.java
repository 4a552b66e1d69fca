package io.callqa.rules;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Banking words HanLP's default dictionary splits wrongly (招商银行 → 招商/银行, 银保监会 → 银保/监/会).
 * One word per line in banking-dictionary.txt; loaded once per JVM, before anything segments (see
 * {@link HanLpTokenizer#wordSegment}).
 */
final class BankingDictionary {
    private static boolean loaded;

    private BankingDictionary() {}

    static synchronized void load() {
        if (loaded) return;
        try (InputStream in = BankingDictionary.class.getResourceAsStream("banking-dictionary.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) CustomDictionary.insert(word, "nz 1000");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = true;
    }
}
