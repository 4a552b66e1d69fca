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

    /**
     * This two-class model as an {@link UtteranceModel} for one class: weights below minWeight (in
     * magnitude) dropped and the rest rounded to four decimals, which changes no decision that matters
     * (a feature's value is about 0.1, so such a weight moves the score by less than 0.002).
     */
    public UtteranceModel sparse(String name, String positiveClass, double minWeight) {
        if (model.getNrClass() != 2) throw new IllegalStateException("a sparse utterance model needs two classes, this has " + model.getNrClass());
        // liblinear's decision value is for its first label: flip it when that is not the wanted class.
        double sign = classes.get(model.getLabels()[0]).equals(positiveClass) ? 1 : -1;
        double[] w = model.getFeatureWeights();
        java.util.List<Integer> kept = new java.util.ArrayList<>();
        for (int i = 0; i < model.getNrFeature(); i++) if (Math.abs(w[i]) >= minWeight) kept.add(i);
        int[] features = new int[kept.size()];
        double[] weights = new double[kept.size()];
        for (int k = 0; k < features.length; k++) {
            features[k] = kept.get(k) + 1; // liblinear's feature indices start at 1
            weights[k] = Math.round(sign * w[kept.get(k)] * 1e4) / 1e4;
        }
        double bias = model.getBias() >= 0 ? sign * w[model.getNrFeature()] * model.getBias() : 0;
        return new UtteranceModel(name, Math.round(bias * 1e4) / 1e4, features, weights);
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
