package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The audio benchmark runs on the bundled recordings and prints a measured table (numbers are not asserted). */
class BenchCommandTest {
    @Test
    void audioBenchmarkPrintsEveryStepWithItsSpeed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"bench", "audio", "--clips", TestInputs.SAMPLES.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, out);
        for (String step : new String[] {"decode WAV", "resample 8 → 16 kHz", "VAD, both channels", "syllable nuclei", "decode + resample + VAD"}) {
            Matcher m = Pattern.compile(Pattern.quote(step) + "[^|]*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)×").matcher(out);
            assertTrue(m.find(), step + " row in\n" + out);
            assertTrue(Integer.parseInt(m.group(3)) > 0, step);
        }
    }
}
