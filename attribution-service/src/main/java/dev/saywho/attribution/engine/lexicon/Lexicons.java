package dev.saywho.attribution.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The engine's word lists, loaded once from {@code /lexicons/*.txt}, validated and immutable afterwards. */
public final class Lexicons {

    /** How a speech verb takes its complement: any clause, only a direct quote, or an evaluation with a quoted label. */
    public enum VerbClass { CLAUSE, QUOTE, MIXED }

    /** What a lower-case role noun denotes. */
    public enum NounClass { ROLE, GROUP, ORG }

    private final Map<String, VerbClass> speechVerbs;
    private final Map<String, NounClass> roleNouns;
    private final Set<String> titles;
    private final Set<String> orgHeads;
    private final Set<String> places;
    private final Map<String, Character> firstNames;
    private final Set<String> sentenceStarters;

    private Lexicons(Map<String, VerbClass> speechVerbs, Map<String, NounClass> roleNouns, Set<String> titles,
            Set<String> orgHeads, Set<String> places, Map<String, Character> firstNames, Set<String> sentenceStarters) {
        this.speechVerbs = Map.copyOf(speechVerbs);
        this.roleNouns = Map.copyOf(roleNouns);
        this.titles = Set.copyOf(titles);
        this.orgHeads = Set.copyOf(orgHeads);
        this.places = Set.copyOf(places);
        this.firstNames = Map.copyOf(firstNames);
        this.sentenceStarters = Set.copyOf(sentenceStarters);
    }

    private static final class Holder {
        static final Lexicons DEFAULT = load();
    }

    /** The lexicons bundled with the engine (loaded on first use, then shared). */
    public static Lexicons standard() {
        return Holder.DEFAULT;
    }

    private static Lexicons load() {
        Map<String, VerbClass> verbs = new HashMap<>();
        for (String[] row : rows("speech-verbs.txt", 2)) {
            verbs.put(row[0].toLowerCase(Locale.ROOT), VerbClass.valueOf(row[1]));
        }
        addProgressives(verbs);
        Map<String, NounClass> nouns = new HashMap<>();
        for (String[] row : rows("role-nouns.txt", 2)) {
            nouns.put(row[0].toLowerCase(Locale.ROOT), NounClass.valueOf(row[1]));
        }
        Map<String, Character> names = new HashMap<>();
        for (String[] row : rows("first-names.txt", 2)) {
            if (!row[1].equals("M") && !row[1].equals("F")) {
                throw new IllegalStateException("first-names.txt: gender must be M or F: " + row[1]);
            }
            names.put(row[0], row[1].charAt(0));
        }
        return new Lexicons(verbs, nouns, words("titles.txt"), words("org-heads.txt"), words("places.txt"), names,
                words("sentence-starters.txt"));
    }

    /**
     * Derives the "-ing" form of every listed regular past form ("pledged" → "pledging", "admitted" → "admitting")
     * that the list does not spell out, so progressives ("is pledging to …") and participles read like the verb.
     */
    static void addProgressives(Map<String, VerbClass> verbs) {
        Map<String, VerbClass> derived = new HashMap<>();
        for (Map.Entry<String, VerbClass> e : verbs.entrySet()) {
            String w = e.getKey();
            if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") && !w.endsWith("ied")) {
                derived.putIfAbsent(w.substring(0, w.length() - 2) + "ing", e.getValue());
            }
        }
        derived.forEach(verbs::putIfAbsent);
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String[] row : rows(file, 1)) {
            out.add(row[0]);
        }
        return out;
    }

    private static java.util.List<String[]> rows(String file, int columns) {
        String resource = "/lexicons/" + file;
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cols = trimmed.split("\t");
                if (cols.length != columns || cols[0].isBlank()) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " tab-separated columns");
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("empty lexicon " + resource);
        }
        return out;
    }

    /** The class of a speech verb form (lower-case), or null. */
    public VerbClass speechVerb(String lower) {
        return speechVerbs.get(lower);
    }

    /** The class of a lower-case role or group noun, or null. */
    public NounClass roleNoun(String lower) {
        return roleNouns.get(lower);
    }

    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    public boolean isOrgHead(String word) {
        return orgHeads.contains(word);
    }

    public boolean isPlace(String word) {
        return places.contains(word);
    }

    /** 'M', 'F' or 0 when the given name is unknown. */
    public char gender(String firstName) {
        Character g = firstNames.get(firstName);
        return g == null ? 0 : g;
    }

    public boolean isSentenceStarter(String word) {
        return sentenceStarters.contains(word);
    }
}
