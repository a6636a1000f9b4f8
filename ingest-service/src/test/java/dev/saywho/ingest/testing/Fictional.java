package dev.saywho.ingest.testing;

import java.util.UUID;

/** Unique fictional names and markers, so tests sharing a database never see each other's rows. */
public final class Fictional {

    private static final String[] SYLLABLES = {
        "ta", "vo", "ri", "ne", "ka", "lu", "mi", "so", "ber", "dan", "el", "ko", "sar", "vin", "tes", "ol"
    };

    private Fictional() {}

    /** A pronounceable, capitalized surname that no other test uses. */
    public static String surname() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            name.append(SYLLABLES[Character.digit(hex.charAt(i), 16)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A word that occurs in one test's texts only, used to key attribution stubs and sources. */
    public static String marker() {
        return "ref" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
