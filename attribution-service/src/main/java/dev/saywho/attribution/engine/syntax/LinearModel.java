package dev.saywho.attribution.engine.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * An immutable hashed multi-class linear model: each feature hash selects a window of {@code classes} consecutive
 * cells in a table of {@code 2^bits} 16-bit weights (quantized with one scale). Thread-safe: scoring only reads.
 */
final class LinearModel {

    private static final int MAGIC = 0x53594C4D; // "SYLM"

    private final int classes;
    private final int mask;
    private final short[] weights;
    private final float scale;

    private LinearModel(int classes, int bits, short[] weights, float scale) {
        this.classes = classes;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
        this.scale = scale;
    }

    /** Quantizes averaged weights to 16 bits; cells whose magnitude rounds to zero are dropped. */
    static LinearModel quantize(int classes, int bits, float[] averaged) {
        float max = 0;
        for (float v : averaged) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        short[] q = new short[averaged.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (short) Math.round(averaged[i] / scale);
        }
        return new LinearModel(classes, bits, q, scale);
    }

    static int base(long feature, int mask) {
        return (int) (feature ^ (feature >>> 32)) & mask;
    }

    int classes() {
        return classes;
    }

    /** Adds the scores of the {@code n} features to {@code acc} (one cell per class, cleared first). */
    void score(long[] features, int n, int[] acc) {
        java.util.Arrays.fill(acc, 0, classes, 0);
        short[] w = weights;
        int m = mask;
        for (int i = 0; i < n; i++) {
            int b = base(features[i], m);
            if (b + classes <= m) {
                for (int k = 0; k < classes; k++) {
                    acc[k] += w[b + k];
                }
            } else {
                for (int k = 0; k < classes; k++) {
                    acc[k] += w[(b + k) & m];
                }
            }
        }
    }

    float scale() {
        return scale;
    }

    int nonZero() {
        int nz = 0;
        for (short s : weights) {
            if (s != 0) {
                nz++;
            }
        }
        return nz;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(classes);
        out.writeInt(Integer.numberOfTrailingZeros(mask + 1));
        out.writeFloat(scale);
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

    static LinearModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a linear model");
        }
        int classes = in.readInt();
        int bits = in.readInt();
        if (classes < 1 || classes > 4096 || bits < 4 || bits > 28) {
            throw new IOException("bad linear model header");
        }
        float scale = in.readFloat();
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
        return new LinearModel(classes, bits, w, scale);
    }

    boolean sameAs(LinearModel o) {
        return classes == o.classes && mask == o.mask && scale == o.scale
                && java.util.Arrays.equals(weights, o.weights);
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
