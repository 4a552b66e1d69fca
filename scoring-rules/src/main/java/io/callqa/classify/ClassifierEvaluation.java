package io.callqa.classify;

/** Accuracy and per-class F1 of a classifier on labelled texts (a confusion matrix, true × predicted). */
public record ClassifierEvaluation(int[][] confusion) {
    public static ClassifierEvaluation of(TextClassifier c, Examples dev) {
        int n = c.classes().size();
        int[][] m = new int[n][n];
        for (int i = 0; i < dev.texts().size(); i++) m[dev.labels()[i]][argmax(c.probabilities(dev.texts().get(i)))]++;
        return new ClassifierEvaluation(m);
    }

    public double accuracy() {
        int right = 0;
        int all = 0;
        for (int i = 0; i < confusion.length; i++) {
            for (int j = 0; j < confusion.length; j++) {
                all += confusion[i][j];
                if (i == j) right += confusion[i][j];
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }

    public double f1(int k) {
        int tp = confusion[k][k];
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < confusion.length; i++) {
            predicted += confusion[i][k];
            actual += confusion[k][i];
        }
        return tp == 0 ? 0 : 2.0 * tp / (predicted + actual);
    }

    public double macroF1() {
        double sum = 0;
        for (int k = 0; k < confusion.length; k++) sum += f1(k);
        return sum / confusion.length;
    }

    public static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        return best;
    }
}
