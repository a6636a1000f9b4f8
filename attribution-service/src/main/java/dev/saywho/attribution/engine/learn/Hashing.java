package dev.saywho.attribution.engine.learn;

/** 64-bit hashing of strings and feature tuples for the hashed linear models. */
public final class Hashing {

    private static final long K = 0x9E3779B97F4A7C15L;

    private Hashing() {}

    /** A 64-bit hash of a string, linear in its length. */
    public static long of(String s) {
        long h = 0xCBF29CE484222325L ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return fmix(h);
    }

    /** A 64-bit hash of a template id and one value. */
    public static long f(int template, long a) {
        return fmix((template + 1) * K ^ a);
    }

    public static long f(int template, long a, long b) {
        return fmix(f(template, a) * K ^ b);
    }

    public static long f(int template, long a, long b, long c) {
        return fmix(f(template, a, b) * K ^ c);
    }

    public static long f(int template, long a, long b, long c, long d) {
        return fmix(f(template, a, b, c) * K ^ d);
    }

    public static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
