package io.callqa.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A linear text classifier (liblinear logistic regression over {@link CharNgramFeatures}) with its class names. */
public final class TextClassifier {
    private final Model model;
    private final List<String> classes;

    private TextClassifier(Model model, List<String> classes) {
        this.model = model;
        this.classes = List.copyOf(classes);
    }

    /** @param labels index into classes, per text */
    public static TextClassifier train(List<String> texts, int[] labels, List<String> classes, double c, double[] classWeights) {
        Problem p = new Problem();
        p.l = texts.size();
        p.n = CharNgramFeatures.DIMENSIONS;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            p.x[i] = CharNgramFeatures.of(texts.get(i));
            p.y[i] = labels[i];
        }
        Parameter param = new Parameter(SolverType.L2R_LR, c, 0.01);
        if (classWeights != null) {
            int[] ids = new int[classes.size()];
            for (int k = 0; k < ids.length; k++) ids[k] = k;
            param.setWeights(classWeights, ids);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return new TextClassifier(Linear.train(p, param), classes);
    }

    /** Probability per class, in the order of {@link #classes()}. */
    public double[] probabilities(String text) {
        double[] byModelOrder = new double[model.getNrClass()];
        Linear.predictProbability(model, CharNgramFeatures.of(text), byModelOrder);
        double[] out = new double[classes.size()];
        int[] modelLabels = model.getLabels();
        for (int k = 0; k < modelLabels.length; k++) out[modelLabels[k]] = byModelOrder[k];
        return out;
    }

    public List<String> classes() {
        return classes;
    }

    public void save(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Linear.saveModel(dir.resolve(name + ".model"), model);
        Files.write(dir.resolve(name + ".classes"), classes);
    }

    public static TextClassifier load(Path dir, String name) throws IOException {
        return new TextClassifier(Linear.loadModel(dir.resolve(name + ".model")), Files.readAllLines(dir.resolve(name + ".classes")));
    }
}
