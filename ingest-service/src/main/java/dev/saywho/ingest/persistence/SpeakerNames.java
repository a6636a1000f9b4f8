package dev.saywho.ingest.persistence;

import java.text.Normalizer;
import java.util.Locale;

/** Normalized speaker name keys: how the same person is recognized across articles. */
public final class SpeakerNames {

    private SpeakerNames() {}

    /**
     * Lower-case, accents stripped, punctuation and runs of spaces collapsed to one space:
     * "Ilse  Várga", "ilse varga" and "Ilse Varga." share the key "ilse varga".
     */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
    }
}
