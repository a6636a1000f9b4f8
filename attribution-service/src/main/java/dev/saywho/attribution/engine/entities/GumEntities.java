package dev.saywho.attribution.engine.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.saywho.attribution.engine.learn.ConllU;
import dev.saywho.attribution.engine.learn.ConllU.Word;

/**
 * Reads GUM's gold entity mentions (the {@code Entity=} annotations of the CoNLL-U MISC column) as flat named entities
 * aligned with UNER's definitions (Mayhew et al. 2024, whose guidelines annotate names only: "the word is or contains
 * a proper noun", titles, times, nationalities and languages excluded). GUM marks every mention, named or not, as the
 * whole noun phrase ({@code the University of Basel, where he …}), nested; so, for training and evaluation alike:
 *
 * <ol>
 *   <li>types: person is {@link EntityType#PERSON}, organization {@link EntityType#ORGANIZATION}, place {@link
 *       EntityType#PLACE}; event, object, abstract, substance, animal and plant are {@link EntityType#OTHER}; time and
 *       quantity are not names (UNER: "expressions of time" are non-names);
 *   <li>only named mentions: the mention's head word (the one whose syntactic head lies outside it) is a {@code
 *       PROPN};
 *   <li>the name is the stretch of name words around the head, inside the mention: proper nouns (UPOS {@code
 *       PROPN} or XPOS {@code NNP}, as GUM tags {@code United} in {@code United States}), and capitalised
 *       adjectives, nouns and numerals ({@code Spanish Netherlands}, {@code Johann II}), joined across {@code of},
 *       {@code for}, {@code the} after {@code of}, {@code &}, a hyphen and name particles ({@code University of Basel},
 *       {@code Bank of the West}); a person's name joins only across a hyphen and name particles ({@code Ludwig van
 *       Beethoven}, not {@code Wu Chi-wai of the Democratic Party}); a possessive ends a name;
 *   <li>a person's leading titles ({@code Mr.}, {@code President}: the titles lexicon) are left out, and a person name
 *       that is only plural proper nouns ({@code Americans}, {@code Huguenots}: a group, UNER's nationalities) is
 *       dropped, and so is a one-word person name followed by {@code of} ({@code Emperor of the United States},
 *       {@code Earl of Clare}: a title, whose place is then a name of its own);
 *   <li>of nested names the longest is kept ({@code University of Paris}, not {@code Paris} inside it), as in UNER's
 *       flat annotation.
 * </ol>
 */
public final class GumEntities {

    private static final Map<String, EntityType> TYPES = Map.of(
            "person", EntityType.PERSON,
            "organization", EntityType.ORGANIZATION,
            "place", EntityType.PLACE,
            "event", EntityType.OTHER,
            "object", EntityType.OTHER,
            "abstract", EntityType.OTHER,
            "substance", EntityType.OTHER,
            "animal", EntityType.OTHER,
            "plant", EntityType.OTHER);

    /** Words that join two parts of a name, lower case as written. */
    private static final Set<String> JOINERS = Set.of("of", "for", "the", "&", "-");
    /** Particles of personal and place names. */
    private static final Set<String> PARTICLES = Set.of(
            "de", "du", "des", "da", "del", "della", "di", "van", "von", "der", "den", "le", "la", "bin", "ibn", "al",
            "el", "y");

    private static final Set<String> NAME_TAGS = Set.of("ADJ", "NOUN", "NUM", "X", "SYM");

    private GumEntities() {}

    /** A gold mention: words {@code [start, end]} (inclusive) of GUM type {@code type}. */
    private record Mention(int start, int end, String type) {}

    /** The sentences of a GUM CoNLL-U file with their named entities; {@code isTitle} tells titles. */
    public static List<LabeledSentence> read(Path file, Predicate<String> isTitle) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, isTitle);
        }
    }

    public static List<LabeledSentence> read(Reader reader, Predicate<String> isTitle) throws IOException {
        List<LabeledSentence> out = new ArrayList<>();
        ConllU.read(reader, 10, new ConllU.Handler() {
            private String document = "";

            @Override
            public void document(String id) {
                document = id;
            }

            @Override
            public void sentence(List<Word> words, int lineNo) throws IOException {
                flush(document, words, isTitle, out);
            }
        });
        return out;
    }

    private static void flush(String document, List<Word> words, Predicate<String> isTitle, List<LabeledSentence> out)
            throws IOException {
        if (words.isEmpty()) {
            return;
        }
        List<String> forms = new ArrayList<>(words.size());
        for (Word w : words) {
            forms.add(w.form());
        }
        out.add(new LabeledSentence(document, forms, names(words, mentions(words), isTitle)));
    }

    /**
     * The mentions of a sentence from its bracket notation: {@code (12-person-…} opens mention 12 at a word,
     * {@code 12)} closes it, {@code (12-place-…)} is a one-word mention.
     */
    private static List<Mention> mentions(List<Word> words) throws IOException {
        List<Mention> out = new ArrayList<>();
        Map<String, Deque<int[]>> open = new HashMap<>();
        Map<String, Deque<String>> openTypes = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String e = words.get(i).misc("Entity");
            int j = 0;
            while (j < e.length()) {
                char c = e.charAt(j);
                if (c == '(') {
                    int k = j + 1;
                    while (k < e.length() && e.charAt(k) != '(' && e.charAt(k) != ')') {
                        k++;
                    }
                    String[] parts = e.substring(j + 1, k).split("-", 3);
                    if (parts.length < 2) {
                        throw new IOException("bad entity annotation '" + e + "'");
                    }
                    if (k < e.length() && e.charAt(k) == ')') {
                        out.add(new Mention(i, i, parts[1]));
                        j = k + 1;
                    } else {
                        open.computeIfAbsent(parts[0], x -> new ArrayDeque<>()).push(new int[] {i});
                        openTypes
                                .computeIfAbsent(parts[0], x -> new ArrayDeque<>())
                                .push(parts[1]);
                        j = k;
                    }
                } else if (Character.isDigit(c)) {
                    int k = j;
                    while (k < e.length() && e.charAt(k) != ')') {
                        k++;
                    }
                    String id = e.substring(j, k);
                    Deque<int[]> starts = open.get(id);
                    if (starts == null || starts.isEmpty()) {
                        throw new IOException("entity " + id + " closes but never opened in its sentence");
                    }
                    out.add(new Mention(starts.pop()[0], i, openTypes.get(id).pop()));
                    j = k + 1;
                } else {
                    j++;
                }
            }
        }
        return out;
    }

    private static List<EntitySpan> names(List<Word> words, List<Mention> mentions, Predicate<String> isTitle) {
        List<EntitySpan> candidates = new ArrayList<>();
        for (Mention m : mentions) {
            EntityType type = TYPES.get(m.type());
            if (type == null) {
                continue;
            }
            int head = head(words, m);
            if (!words.get(head).upos().equals("PROPN")) {
                continue;
            }
            EntitySpan name = name(words, m, head, type, isTitle);
            if (name != null) {
                candidates.add(name);
            }
        }
        candidates.sort(Comparator.comparingInt(EntitySpan::length).reversed().thenComparingInt(EntitySpan::start));
        boolean[] taken = new boolean[words.size()];
        List<EntitySpan> kept = new ArrayList<>();
        for (EntitySpan s : candidates) {
            boolean free = true;
            for (int i = s.start(); i < s.end(); i++) {
                free &= !taken[i];
            }
            if (free) {
                for (int i = s.start(); i < s.end(); i++) {
                    taken[i] = true;
                }
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(EntitySpan::start));
        return kept;
    }

    /** The first word of the mention whose head lies outside it. */
    private static int head(List<Word> words, Mention m) {
        for (int i = m.start(); i <= m.end(); i++) {
            int h = words.get(i).head() - 1;
            if (h < m.start() || h > m.end()) {
                return i;
            }
        }
        return m.start();
    }

    private static EntitySpan name(List<Word> words, Mention m, int head, EntityType type, Predicate<String> isTitle) {
        boolean person = type == EntityType.PERSON;
        int first = head;
        for (int k = head - 1; k >= m.start(); k--) {
            int joiners = 0;
            while (k - joiners >= m.start() && joins(words.get(k - joiners), person)) {
                joiners++;
            }
            int candidate = k - joiners;
            if (candidate < m.start() || !nameWord(words.get(candidate))) {
                break;
            }
            // "the" joins only after another joiner (Bank of the West), not alone (the Tessaly, Sam the Great)
            if (joiners > 0 && words.get(candidate + 1).form().equalsIgnoreCase("the")) {
                break;
            }
            first = candidate;
            k = candidate;
        }
        int last = head;
        for (int k = head + 1; k <= m.end(); k++) {
            int joiners = 0;
            while (k + joiners <= m.end() && joins(words.get(k + joiners), person)) {
                joiners++;
            }
            int candidate = k + joiners;
            if (candidate > m.end() || !nameWord(words.get(candidate))) {
                break;
            }
            if (joiners > 0 && words.get(k).form().equalsIgnoreCase("the")) {
                break;
            }
            last = candidate;
            k = candidate;
        }
        if (person) {
            while (first <= last && isTitle.test(words.get(first).form())) {
                first++;
            }
            boolean group = true;
            for (int i = first; i <= last; i++) {
                group &= words.get(i).xpos().equals("NNPS");
            }
            boolean titleOf = first == last
                    && last < m.end()
                    && words.get(last + 1).form().equals("of");
            if (first > last || group || titleOf) {
                return null;
            }
        }
        return new EntitySpan(first, last + 1, type);
    }

    private static boolean nameWord(Word w) {
        if (w.upos().equals("PROPN") || w.xpos().startsWith("NNP")) {
            return true;
        }
        String f = w.form();
        return NAME_TAGS.contains(w.upos()) && !f.isEmpty() && Character.isUpperCase(f.charAt(0));
    }

    private static boolean joins(Word w, boolean person) {
        if (w.upos().equals("PROPN") || w.xpos().startsWith("NNP")) {
            return false;
        }
        String lower = w.form().toLowerCase(java.util.Locale.ROOT);
        return PARTICLES.contains(lower) || lower.equals("-") || (!person && JOINERS.contains(lower));
    }
}
