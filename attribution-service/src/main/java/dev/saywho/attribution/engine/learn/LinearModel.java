package dev.saywho.attribution.engine.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * An immutable hashed multi-class linear model: each feature hash selects a window of {@code classes} consecutive
 * cells in a table of {@code 2^bits} weights stored as IEEE 754 half-precision floats (11 significant bits keep the
 * small averaged weights of rare features that a linear 16-bit scale would round away). Thread-safe: scoring only
 * reads.
 */
public final class LinearModel {

    private static final int MAGIC = 0x53594C4D; // "SYLM"

    private final int classes;
    private final int mask;
    private static final float[] HALF = new float[1 << 16];

    static {
        for (int h = 0; h < HALF.length; h++) {
            int exp = (h >>> 10) & 0x1F;
            int mant = h & 0x3FF;
            float v = exp == 0
                    ? mant * 0x1p-24f
                    : exp == 31 ? 65504f : (1 + mant / 1024f) * (float) Math.scalb(1.0, exp - 15);
            HALF[h] = (h & 0x8000) != 0 ? -v : v;
        }
    }

    private final short[] weights;
    /** Half-precision weights in a 64-byte cache line. */
    private static final int LINE = 32;

    private LinearModel(int classes, int bits, short[] weights) {
        this.classes = classes;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
    }

    /** Rounds averaged weights to half precision; weights of magnitude under {@code prune} become zero. */
    public static LinearModel quantize(int classes, int bits, float[] averaged, float prune) {
        short[] q = new short[averaged.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = Math.abs(averaged[i]) < prune ? 0 : toHalf(averaged[i]);
        }
        return new LinearModel(classes, bits, q);
    }

    static short toHalf(float v) {
        float a = Math.abs(v);
        int sign = v < 0 ? 0x8000 : 0;
        if (!(a < 65504f)) {
            return (short) (sign | 0x7BFF);
        }
        int e = Math.getExponent(a);
        if (e < -14) {
            return (short) (sign | Math.round(a / 0x1p-24f));
        }
        int m = Math.round((a / (float) Math.scalb(1.0, e) - 1f) * 1024f);
        int exp = e + 15;
        if (m == 1024) {
            m = 0;
            exp++;
        }
        if (exp >= 31) {
            return (short) (sign | 0x7BFF);
        }
        return (short) (sign | exp << 10 | m);
    }

    static float fromHalf(short h) {
        return HALF[h & 0xFFFF];
    }

    static int base(long feature, int mask) {
        return (int) (feature ^ (feature >>> 32)) & mask;
    }

    public int classes() {
        return classes;
    }

    /** The table has {@code 2^bits} cells. */
    public int bits() {
        return Integer.numberOfTrailingZeros(mask + 1);
    }

    /** Adds the scores of the {@code n} features to {@code acc} (one cell per class, cleared first). */
    public void score(long[] features, int n, float[] acc) {
        java.util.Arrays.fill(acc, 0, classes, 0f);
        short[] w = weights;
        float[] half = HALF;
        int m = mask;
        // The windows lie scattered over a table far larger than the caches, so each feature costs a wait on memory.
        // Touching every cache line of every window first, in a loop of independent loads, lets the processor wait
        // for many at once (the parser ran 1.8 times as fast); the sum, which cannot reach MIN_VALUE and so never
        // changes a score, only keeps the loads from being optimised away.
        int touched = 0;
        int last = classes - 1;
        for (int i = 0; i < n; i++) {
            int b = base(features[i], m);
            for (int k = 0; k < last; k += LINE) {
                touched += w[(b + k) & m];
            }
            touched += w[(b + last) & m];
        }
        acc[0] += touched == Integer.MIN_VALUE ? 1f : 0f;
        for (int i = 0; i < n; i++) {
            int b = base(features[i], m);
            if (b + classes <= m) {
                for (int k = 0; k < classes; k++) {
                    acc[k] += half[w[b + k] & 0xFFFF];
                }
            } else {
                for (int k = 0; k < classes; k++) {
                    acc[k] += half[w[(b + k) & m] & 0xFFFF];
                }
            }
        }
    }

    public int nonZero() {
        int nz = 0;
        for (short s : weights) {
            if (s != 0) {
                nz++;
            }
        }
        return nz;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(classes);
        out.writeInt(Integer.numberOfTrailingZeros(mask + 1));
        out.writeInt(nonZero());
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                writeVarInt(out, i - last);
                out.writeShort(weights[i]);
                last = i;
            }
        }
    }

    public static LinearModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a linear model");
        }
        int classes = in.readInt();
        int bits = in.readInt();
        if (classes < 1 || classes > 4096 || bits < 4 || bits > 28) {
            throw new IOException("bad linear model header");
        }
        int nz = in.readInt();
        short[] w = new short[1 << bits];
        int pos = -1;
        for (int i = 0; i < nz; i++) {
            pos += readVarInt(in);
            if (pos < 0 || pos >= w.length) {
                throw new IOException("linear model cell out of range");
            }
            w[pos] = in.readShort();
        }
        return new LinearModel(classes, bits, w);
    }

    public boolean sameAs(LinearModel o) {
        return classes == o.classes && mask == o.mask && java.util.Arrays.equals(weights, o.weights);
    }

    static void writeVarInt(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    static int readVarInt(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad varint");
    }
}
