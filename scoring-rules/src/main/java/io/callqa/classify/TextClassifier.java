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
    /** SVM decision values lie around ±1; scaled before the softmax so a clear margin reads as a clear probability. */
    static final double SVM_SHARPNESS = 5.0;
    private final Model model;
    private final List<String> classes;

    private TextClassifier(Model model, List<String> classes) {
        this.model = model;
        this.classes = List.copyOf(classes);
    }

    /** @param labels index into classes, per text */
    public static TextClassifier train(List<String> texts, int[] labels, List<String> classes, double c, double[] classWeights) {
        return train(texts, labels, classes, c, classWeights, SolverType.L2R_LR);
    }

    /** With a support-vector solver, {@link #probabilities} are a softmax of the decision values. */
    public static TextClassifier train(List<String> texts, int[] labels, List<String> classes, double c, double[] classWeights, SolverType solver) {
        Problem p = new Problem();
        p.l = texts.size();
        p.n = CharNgramFeatures.DIMENSIONS;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            p.x[i] = CharNgramFeatures.of(texts.get(i));
            p.y[i] = labels[i];
        }
        Parameter param = new Parameter(solver, c, 0.01);
        if (classWeights != null) {
            int[] ids = new int[classes.size()];
            for (int k = 0; k < ids.length; k++) ids[k] = k;
            param.setWeights(classWeights, ids);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return new TextClassifier(Linear.train(p, param), classes);
    }

    /** Inverse class frequency, so rare classes (fear, surprise, small topics) are not drowned by frequent ones. */
    public static double[] balancedWeights(int[] labels, int classes) {
        double[] count = new double[classes];
        for (int l : labels) count[l]++;
        double[] w = new double[classes];
        for (int k = 0; k < classes; k++) w[k] = labels.length / (classes * Math.max(1, count[k]));
        return w;
    }

    /** Probability per class, in the order of {@link #classes()}. */
    public double[] probabilities(String text) {
        double[] byModelOrder = new double[model.getNrClass()];
        if (model.isProbabilityModel()) {
            Linear.predictProbability(model, CharNgramFeatures.of(text), byModelOrder);
        } else {
            Linear.predictValues(model, CharNgramFeatures.of(text), byModelOrder);
            double max = java.util.Arrays.stream(byModelOrder).max().orElse(0);
            double sum = 0;
            for (int k = 0; k < byModelOrder.length; k++) sum += byModelOrder[k] = Math.exp(SVM_SHARPNESS * (byModelOrder[k] - max));
            for (int k = 0; k < byModelOrder.length; k++) byModelOrder[k] /= sum;
        }
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
