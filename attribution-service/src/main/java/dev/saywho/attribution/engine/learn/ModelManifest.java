package dev.saywho.attribution.engine.learn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The manifest at the head of a model file: what the model is (component, format version, labels, feature descriptor
 * and its hash), where it comes from (training data and their hashes, seed, date) and how it scores. Plain
 * {@code key=value} lines in a fixed order, so the same training writes the same bytes. Immutable.
 */
public record ModelManifest(Map<String, String> entries) {

    public static final String COMPONENT = "component";
    public static final String FORMAT = "format";
    public static final String LANGUAGE = "language";
    public static final String LABELS = "labels";
    public static final String FEATURES = "features";
    public static final String FEATURES_SHA256 = "features.sha256";
    public static final String NEEDS = "needs";
    public static final String WEIGHTS_BITS = "weights.bits";
    /** The SHA-256 of the gazetteer stored in the model, and how many entries it has. */
    public static final String GAZETTEER_SHA256 = "gazetteer.sha256";

    public static final String GAZETTEER_ENTRIES = "gazetteer.entries";
    public static final String LICENCE = "licence";
    /** Prefix of the training data entries: {@code training.data.<file>=sha256:<hex>}. */
    public static final String TRAINING_DATA = "training.data.";

    public static final String TRAINING_SEED = "training.seed";
    public static final String TRAINING_EPOCHS = "training.epochs";
    public static final String TRAINING_DATE = "training.date";
    /** Prefix of the evaluation entries: {@code score.<test set>.<type or micro>=<F1>}, type in lower case. */
    public static final String SCORE = "score.";

    public ModelManifest {
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!e.getKey().matches("[a-z][a-z0-9._/-]*")) {
                throw new IllegalArgumentException("bad manifest key '" + e.getKey() + "'");
            }
            if (e.getValue().indexOf('\n') >= 0 || e.getValue().indexOf('\r') >= 0) {
                throw new IllegalArgumentException("manifest value of " + e.getKey() + " spans lines");
            }
        }
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The value of {@code key}, or null. */
    public String get(String key) {
        return entries.get(key);
    }

    /** The value of {@code key}; throws {@link IllegalArgumentException} naming it when it is missing. */
    public String require(String key) {
        String v = entries.get(key);
        if (v == null) {
            throw new IllegalArgumentException("the manifest has no " + key);
        }
        return v;
    }

    /** Checks that this is a manifest of {@code component}; throws {@link IllegalArgumentException} naming both. */
    public void requireComponent(String component) {
        String actual = require(COMPONENT);
        if (!actual.equals(component)) {
            throw new IllegalArgumentException(
                    "this is a model of component '" + actual + "', not '" + component + "'");
        }
    }

    /** The format version; which versions a component reads is the component's decision. */
    public int format() {
        try {
            return Integer.parseInt(require(FORMAT));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad format version '" + get(FORMAT) + "'", e);
        }
    }

    /** The feature descriptor, checked against its hash. */
    public String verifiedFeatures() {
        String descriptor = require(FEATURES);
        if (!sha256(descriptor).equals(require(FEATURES_SHA256))) {
            throw new IllegalArgumentException("the feature descriptor does not match its hash (a damaged or edited"
                    + " manifest): " + descriptor);
        }
        return descriptor;
    }

    /** How many bits of feature hash the weights use. */
    public int weightsBits() {
        return Integer.parseInt(require(WEIGHTS_BITS));
    }

    /** The same manifest with {@code key} set (added last when new). */
    public ModelManifest with(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(entries);
        m.put(key, value);
        return new ModelManifest(m);
    }

    /** The manifest as written in a model file: one {@code key=value} line each, in order. */
    public String text() {
        StringBuilder b = new StringBuilder();
        entries.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString();
    }

    /** Reads {@link #text()}; a line without {@code =} or a repeated key is refused with its line number. */
    public static ModelManifest parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("manifest line " + lineNo + " is not key=value: '" + line + "'");
            }
            if (m.put(line.substring(0, eq), line.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("manifest key " + line.substring(0, eq) + " given twice");
            }
        }
        return new ModelManifest(m);
    }

    /** The SHA-256 of a string's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
