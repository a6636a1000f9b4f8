package dev.saywho.attribution.engine.learn;

/** Trains a hashed multi-class averaged perceptron (the averaging by Daumé's trick); produces a {@link LinearModel}. */
public final class PerceptronTrainer {

    private final int classes;
    private final int bits;
    private final int mask;
    private final float[] w;
    private final double[] u;
    private long c = 1;

    public PerceptronTrainer(int classes, int bits) {
        this.classes = classes;
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.w = new float[1 << bits];
        this.u = new double[1 << bits];
    }

    /** Current (not averaged) scores, for decoding during training. */
    public void score(long[] features, int n, float[] acc) {
        java.util.Arrays.fill(acc, 0, classes, 0f);
        for (int i = 0; i < n; i++) {
            int b = LinearModel.base(features[i], mask);
            for (int k = 0; k < classes; k++) {
                acc[k] += w[(b + k) & mask];
            }
        }
    }

    public void update(long[] features, int n, int gold, int predicted) {
        if (gold == predicted) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int b = LinearModel.base(features[i], mask);
            int g = (b + gold) & mask;
            int p = (b + predicted) & mask;
            w[g] += 1f;
            u[g] += c;
            w[p] -= 1f;
            u[p] -= c;
        }
    }

    /**
     * Adds {@code delta} to the weights of class {@code cls} for the {@code n} features: one half of a structured
     * update, where the gold and the predicted structures have features of their own (a sequence model's transition
     * features depend on the label before).
     */
    public void add(long[] features, int n, int cls, float delta) {
        for (int i = 0; i < n; i++) {
            int cell = (LinearModel.base(features[i], mask) + cls) & mask;
            w[cell] += delta;
            u[cell] += c * (double) delta;
        }
    }

    /** One training example seen: advances the averaging clock. */
    public void tick() {
        c++;
    }

    public LinearModel toModel(float prune) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        return LinearModel.quantize(classes, bits, avg, prune);
    }
}
