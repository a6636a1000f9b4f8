package dev.saywho.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The API keys a service accepts, parsed from one comma-separated setting. A setting that is present but yields no
 * usable key (",", " ", a placeholder copied from an example file, a key too short to resist guessing) is refused:
 * such a mistake must stop the service rather than leave it silently open.
 */
public final class ApiKeys {

    /** Shortest key accepted; shorter ones can be guessed online. */
    public static final int MIN_KEY_LENGTH = 16;

    public static final String KEY_HEADER = "X-API-Key";
    public static final String AUTHORIZATION_HEADER = "Authorization";

    private static final String BEARER = "bearer ";
    /** Words that mark a key copied from documentation or an example file rather than generated. */
    private static final List<String> PLACEHOLDER_MARKERS = List.of(
            "change-me",
            "changeme",
            "change_me",
            "placeholder",
            "example",
            "your-key",
            "your_key",
            "replace-me",
            "replaceme",
            "xxxxxxxx",
            "secret-key-here");

    private final List<byte[]> keys;

    private ApiKeys(List<byte[]> keys) {
        this.keys = keys;
    }

    /** No keys: every request is accepted. */
    public static ApiKeys open() {
        return new ApiKeys(List.of());
    }

    /**
     * Parses the raw setting.
     *
     * @param raw the setting's raw value; empty when the setting is absent (the service is then open)
     * @param settingName the name to quote in the error, e.g. {@code SAYWHO_INGEST_API_KEYS}
     * @throws IllegalArgumentException when the setting is present but unusable
     */
    public static ApiKeys parse(Optional<String> raw, String settingName) {
        if (raw.isEmpty()) {
            return open();
        }
        List<byte[]> keys = new ArrayList<>();
        for (String entry : raw.get().split(",", -1)) {
            String key = entry.strip();
            if (key.isEmpty()) {
                continue; // "k1,,k2" or a trailing comma; a setting of only commas and blanks fails below
            }
            String lower = key.toLowerCase(Locale.ROOT);
            for (String marker : PLACEHOLDER_MARKERS) {
                if (lower.contains(marker)) {
                    throw new IllegalArgumentException(settingName + " holds a placeholder key (it contains '" + marker
                            + "'); generate real keys, e.g. with: openssl rand -hex 24");
                }
            }
            if (key.length() < MIN_KEY_LENGTH) {
                throw new IllegalArgumentException(settingName + " holds a key of " + key.length()
                        + " characters; keys must have at least " + MIN_KEY_LENGTH);
            }
            keys.add(key.getBytes(StandardCharsets.UTF_8));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(settingName + " is set but holds no API key; unset it to run without "
                    + "keys, or give one or more comma-separated keys of at least " + MIN_KEY_LENGTH + " characters");
        }
        return new ApiKeys(List.copyOf(keys));
    }

    /** Whether any key is required at all. */
    public boolean required() {
        return !keys.isEmpty();
    }

    /**
     * The key a request presents, from {@code X-API-Key} or else {@code Authorization: Bearer}; empty when it presents
     * none.
     */
    public static Optional<String> presented(String keyHeader, String authorizationHeader) {
        if (keyHeader != null && !keyHeader.isBlank()) {
            return Optional.of(keyHeader.strip());
        }
        if (authorizationHeader != null
                && authorizationHeader.length() > BEARER.length()
                && authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorizationHeader.substring(BEARER.length()).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }
        return Optional.empty();
    }

    /** Whether {@code presented} is one of the keys; compared in constant time, every key checked. */
    public boolean accepts(Optional<String> presented) {
        if (presented.isEmpty()) {
            return false;
        }
        byte[] candidate = presented.get().getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            known |= MessageDigest.isEqual(key, candidate);
        }
        return known;
    }

    /**
     * A short, non-reversible name for a key, to record who submitted something without storing the key:
     * {@code key:} and the first 12 hex digits of its SHA-256.
     */
    public static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "key:" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
