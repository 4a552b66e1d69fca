package io.callqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.job.AssignTopic;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UnionPay 95516 FAQ in shared/ (question → one of 52 subjects), split 80/20 with a fixed seed:
 * {@code topics train} on one part, {@code topics eval} on the other, whose last line is the accuracy.
 */
class TopicsCommandTest {
    static final Path FAQ = Path.of(System.getProperty("callqa.shared", "../../shared")).resolve("data/text/unionpay-faq/unionpay_faq_train.tsv");
    @TempDir Path tmp;

    @Test
    void aModelTrainedOnPartOfTheFaqAssignsTheOtherPartsSubjects() throws Exception {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FAQ).subList(1, Files.readAllLines(FAQ).size())) {
            String[] f = line.split("\t");
            if (f.length > 5) rows.add(f[1] + "\t" + f[5]);
        }
        Collections.shuffle(rows, new Random(1));
        int cut = rows.size() * 4 / 5;
        Path train = Files.write(tmp.resolve("train.tsv"), rows.subList(0, cut));
        Path test = Files.write(tmp.resolve("test.tsv"), rows.subList(cut, rows.size()));
        Path model = tmp.resolve("model");
        run("topics", "train", "--examples", train.toString(), "--out", model.toString(), "--folds", "1");
        List<String> out = run("topics", "eval", "--model", model.toString(), "--examples", test.toString()).lines().toList();
        String last = out.get(out.size() - 1);
        assertTrue(last.matches("accuracy [0-9.]+"), last);
        double accuracy = Double.parseDouble(last.substring("accuracy ".length()));
        System.out.println("UnionPay FAQ subjects, 80/20 split: " + last);
        assertTrue(accuracy >= 0.85, last);
    }

    @Test
    void withoutATrainedModelTheTaxonomyExamplesGiveTheTopic() throws Exception {
        AssignTopic topic = new AssignTopic(null, TestInputs.REPO.resolve("scoring-rules/topics/taxonomy.yaml").toString());
        topic.open(null);
        Call call = new Call();
        call.utterances = List.of(new Utterance("customer", 0, 1000, "你好，我这张卡的年费怎么又扣了六百块"), new Utterance("agent", 1000, 2000, "我帮您看一下"));
        assertEquals(List.of("信用卡年费"), topic.map(call).topics);
    }

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rc = Main.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, out);
        return out;
    }
}
