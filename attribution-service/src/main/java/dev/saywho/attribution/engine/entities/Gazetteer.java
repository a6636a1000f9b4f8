package dev.saywho.attribution.engine.entities;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.saywho.attribution.engine.learn.ModelManifest;

/**
 * Word lists the recogniser reads as features (OpenNLP's dictionary feature): titles, given names, places and
 * organisation words, from the lexicon files under {@code /lexicons}. Built from the files when a model is trained and
 * stored inside the model, so a model always reads the lists it was trained with, whatever the files say later.
 * A place of several words ({@code Port Elizabeth}) counts only where all its words stand in a row. Immutable.
 */
final class Gazetteer {

    /** Classes of a word, as bits. */
    static final int TITLE = 1;

    static final int GIVEN_NAME = 2;
    static final int PLACE = 4;
    static final int ORGANIZATION_WORD = 8;
    /** A phrase's class shifted here marks its first word, shifted by {@link #INSIDE} its other words. */
    static final int BEGIN = 8;

    static final int INSIDE = 16;

    /** The lexicon files read, with the class each gives its entries (the first column of a row is the entry). */
    static final Map<String, Integer> SOURCES = sources();

    private final Map<String, Integer> words;
    private final Map<String, Integer> phrases;
    private final int longest;

    Gazetteer(Map<String, Integer> words, Map<String, Integer> phrases) {
        this.words = Map.copyOf(words);
        this.phrases = Map.copyOf(phrases);
        int max = 1;
        for (String p : phrases.keySet()) {
            max = Math.max(max, p.split(" ", -1).length);
        }
        this.longest = max;
    }

    private static Map<String, Integer> sources() {
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put("titles.txt", TITLE);
        s.put("first-names.txt", GIVEN_NAME);
        s.put("entity-given-names.txt", GIVEN_NAME);
        s.put("places.txt", PLACE);
        s.put("entity-places.txt", PLACE);
        s.put("org-heads.txt", ORGANIZATION_WORD);
        return s;
    }

    /** The gazetteer of the lexicon files on the classpath. */
    static Gazetteer fromLexicons() {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        for (Map.Entry<String, Integer> source : SOURCES.entrySet()) {
            for (String entry : entries(source.getKey())) {
                List<String> parts = split(entry);
                Map<String, Integer> into = parts.size() == 1 ? words : phrases;
                into.merge(String.join(" ", parts), source.getValue(), (a, b) -> a | b);
            }
        }
        return new Gazetteer(words, phrases);
    }

    /** The bytes of a lexicon file on the classpath (the trainer records their hashes). */
    static byte[] bytesOf(String file) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("/lexicons/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no lexicon /lexicons/" + file + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> entries(String file) {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new java.io.ByteArrayInputStream(bytesOf(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.add((tab < 0 ? line : line.substring(0, tab)).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** An entry's words as the engine cuts them: at spaces, and a hyphen between two letters is a word of its own. */
    static List<String> split(String entry) {
        List<String> out = new ArrayList<>();
        for (String part : entry.split(" +", -1)) {
            int from = 0;
            for (int i = 1; i + 1 < part.length(); i++) {
                if (part.charAt(i) == '-' && Character.isLetter(part.charAt(i - 1))) {
                    out.add(part.substring(from, i));
                    out.add("-");
                    from = i + 1;
                }
            }
            out.add(part.substring(from));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    int size() {
        return words.size() + phrases.size();
    }

    /** The classes of each word of a sentence: its own, and those of the phrases it begins or continues. */
    int[] classes(Tokens tokens) {
        int n = tokens.n;
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] |= words.getOrDefault(tokens.forms[i], 0);
            if (phrases.isEmpty()) {
                continue;
            }
            StringBuilder b = new StringBuilder(tokens.forms[i]);
            for (int len = 2; len <= longest && i + len <= n; len++) {
                b.append(' ').append(tokens.forms[i + len - 1]);
                Integer cls = phrases.get(b.toString());
                if (cls != null) {
                    c[i] |= cls << BEGIN;
                    for (int k = i + 1; k < i + len; k++) {
                        c[k] |= cls << INSIDE;
                    }
                }
            }
        }
        return c;
    }

    void write(DataOutputStream out) throws IOException {
        for (Map<String, Integer> m : List.of(words, phrases)) {
            Map<String, Integer> sorted = new TreeMap<>(m);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Integer> e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeByte(e.getValue());
            }
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        List<Map<String, Integer>> maps = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            int n = in.readInt();
            if (n < 0 || n > 10_000_000) {
                throw new IOException("bad gazetteer size " + n);
            }
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                int cls = in.readUnsignedByte();
                if (cls == 0 || cls > 15) {
                    throw new IOException("bad gazetteer class " + cls);
                }
                map.put(key, cls);
            }
            maps.add(map);
        }
        return new Gazetteer(maps.get(0), maps.get(1));
    }

    /** The SHA-256 of the stored form (the manifest records it). */
    String sha256() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            write(new DataOutputStream(bytes));
            return ModelManifest.sha256(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gazetteer g && words.equals(g.words) && phrases.equals(g.phrases);
    }

    @Override
    public int hashCode() {
        return words.hashCode() * 31 + phrases.hashCode();
    }
}
