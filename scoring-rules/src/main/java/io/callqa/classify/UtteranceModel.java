package io.callqa.classify;

import de.bwaldvogel.liblinear.Feature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A binary logistic-regression model over {@link CharNgramFeatures}, kept sparse: only the weights
 * that matter, so a model trained on a 2^20 hashed space ships in a small file beside the rule packs
 * (gzip text: a header, the bias, then feature index and weight per line).
 */
public final class UtteranceModel implements Serializable {
    private static final String MAGIC = "# callqa utterance model";
    private final String name;
    private final double bias;
    /** Feature indices, ascending, with their weights. */
    private final int[] features;
    private final double[] weights;

    UtteranceModel(String name, double bias, int[] features, double[] weights) {
        this.name = name;
        this.bias = bias;
        this.features = features;
        this.weights = weights;
    }

    public String name() {
        return name;
    }

    /** Probability that the text belongs to the model's class. */
    public double score(String text) {
        float[] w = dense();
        double z = bias;
        for (Feature f : CharNgramFeatures.of(text)) z += w[f.getIndex()] * f.getValue();
        return 1 / (1 + Math.exp(-z));
    }

    /** Weight per feature index, built once per JVM (4 MB): a lookup per feature instead of a search. */
    private transient float[] dense;

    private float[] dense() {
        if (dense == null) {
            float[] w = new float[CharNgramFeatures.DIMENSIONS + 1];
            for (int k = 0; k < features.length; k++) w[features[k]] = (float) weights[k];
            dense = w;
        }
        return dense;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            w.write(MAGIC + " " + name + " " + CharNgramFeatures.FORMAT + "\n");
            w.write("bias " + bias + "\n");
            for (int k = 0; k < features.length; k++) w.write(features[k] + " " + weights[k] + "\n");
        }
    }

    /** @throws IOException naming the file and line when it is not a model for these features */
    public static UtteranceModel read(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String[] head = String.valueOf(r.readLine()).split(" ");
            if (head.length != 6 || !(head[0] + " " + head[1] + " " + head[2] + " " + head[3]).equals(MAGIC)) throw new IOException(file + ":1: not a callqa utterance model");
            if (!head[5].equals(CharNgramFeatures.FORMAT)) throw new IOException(file + ":1: built for features " + head[5] + ", this version uses " + CharNgramFeatures.FORMAT + "; rebuild it");
            String[] b = String.valueOf(r.readLine()).split(" ");
            if (b.length != 2 || !b[0].equals("bias")) throw new IOException(file + ":2: expected 'bias <number>'");
            double bias = Double.parseDouble(b[1]);
            int n = 0;
            int[] features = new int[1024];
            double[] weights = new double[1024];
            for (String line; (line = r.readLine()) != null; n++) {
                String[] p = line.split(" ");
                if (n == features.length) {
                    features = Arrays.copyOf(features, 2 * n);
                    weights = Arrays.copyOf(weights, 2 * n);
                }
                try {
                    features[n] = Integer.parseInt(p[0]);
                    weights[n] = Double.parseDouble(p[1]);
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + (n + 3) + ": expected '<feature> <weight>', got '" + line + "'");
                }
                if (n > 0 && features[n] <= features[n - 1]) throw new IOException(file + ":" + (n + 3) + ": features must ascend");
            }
            return new UtteranceModel(head[4], bias, Arrays.copyOf(features, n), Arrays.copyOf(weights, n));
        }
    }
}
