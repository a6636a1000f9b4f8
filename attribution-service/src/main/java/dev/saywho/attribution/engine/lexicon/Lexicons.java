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

    /**
     * How a speech verb takes its complement: any clause, only a direct quote, or an evaluation with a quoted label.
     */
    public enum VerbClass {
        CLAUSE,
        QUOTE,
        MIXED
    }

    /** What a lower-case role noun denotes. */
    public enum NounClass {
        ROLE,
        GROUP,
        ORG
    }

    /**
     * A predicate that reports speech, thought or intention, read on the dependency tree.
     *
     * @param lemma the predicate's lemma
     * @param complements the dependency relations of its reported content (ccomp, xcomp, obj)
     * @param meaning what it reports: speech, belief, finding or intention
     */
    public record ReportPredicate(String lemma, Set<String> complements, String meaning) {

        static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj");
        static final Set<String> MEANINGS = Set.of("speech", "belief", "finding", "intention");
    }

    private final Map<String, VerbClass> speechVerbs;
    private final Map<String, NounClass> roleNouns;
    private final Set<String> titles;
    private final Set<String> orgHeads;
    private final Set<String> orgFinalHeads;
    private final Set<String> places;
    private final Map<String, Character> firstNames;
    private final Set<String> sentenceStarters;
    private final Set<String> colonLabels;
    private final Set<String> plainPersonNouns;
    private final Map<String, ReportPredicate> reportPredicates;
    private final Map<String, ReportPredicate> reportPredicateForms;

    private Lexicons(
            Map<String, VerbClass> speechVerbs,
            Map<String, NounClass> roleNouns,
            Set<String> titles,
            Set<String> orgHeads,
            Set<String> orgFinalHeads,
            Set<String> places,
            Map<String, Character> firstNames,
            Set<String> sentenceStarters,
            Map<String, ReportPredicate> reportPredicates,
            Map<String, ReportPredicate> reportPredicateForms,
            Set<String> colonLabels,
            Set<String> plainPersonNouns) {
        this.speechVerbs = Map.copyOf(speechVerbs);
        this.roleNouns = Map.copyOf(roleNouns);
        this.titles = Set.copyOf(titles);
        this.orgHeads = Set.copyOf(orgHeads);
        this.orgFinalHeads = Set.copyOf(orgFinalHeads);
        this.places = Set.copyOf(places);
        this.firstNames = Map.copyOf(firstNames);
        this.sentenceStarters = Set.copyOf(sentenceStarters);
        this.reportPredicates = Map.copyOf(reportPredicates);
        this.reportPredicateForms = Map.copyOf(reportPredicateForms);
        this.colonLabels = Set.copyOf(colonLabels);
        this.plainPersonNouns = Set.copyOf(plainPersonNouns);
    }

    /** Lists whose entries differ by case alone ("Former" opens a sentence, "former" is inside a title). */
    private static final Set<String> CASE_SENSITIVE = Set.of(
            "titles.txt",
            "sentence-starters.txt",
            "places.txt",
            "org-heads.txt",
            "org-final-heads.txt",
            "first-names.txt");

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
        Map<String, ReportPredicate> predicates = new HashMap<>();
        Map<String, ReportPredicate> predicateForms = new HashMap<>();
        for (String[] row : rows("report-predicates.tsv", 4)) {
            ReportPredicate p = new ReportPredicate(row[0], Set.of(row[2].split(",", -1)), row[3]);
            if (!ReportPredicate.COMPLEMENTS.containsAll(p.complements())
                    || !ReportPredicate.MEANINGS.contains(p.meaning())) {
                throw new IllegalStateException("report-predicates.tsv: " + row[0] + ": complements must be among "
                        + ReportPredicate.COMPLEMENTS + " and the meaning one of " + ReportPredicate.MEANINGS);
            }
            predicates.put(p.lemma(), p);
            for (String form : row[1].split(",", -1)) {
                if (predicateForms.put(form, p) != null) {
                    throw new IllegalStateException("report-predicates.tsv: the form '" + form + "' has two lemmas");
                }
            }
        }
        return new Lexicons(
                verbs,
                nouns,
                words("titles.txt"),
                words("org-heads.txt"),
                words("org-final-heads.txt"),
                words("places.txt"),
                names,
                words("sentence-starters.txt"),
                predicates,
                predicateForms,
                words("colon-labels.txt"),
                words("plain-person-nouns.txt"));
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

    /**
     * The rows of a lexicon file under {@code src/main/resources/lexicons}, read as the engine's own lists are
     * (tab-separated, {@code #} comments, an entry listed twice refused): for components that keep lists of their own.
     */
    public static java.util.List<String[]> table(String file, int columns) {
        return rows(file, columns);
    }

    private static java.util.List<String[]> rows(String file, int columns) {
        String resource = "/lexicons/" + file;
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            return rows(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of a lexicon: tab-separated, {@code #} comments and blank lines skipped. An entry listed twice (its
     * first column, compared without case except in the lists where case tells entries apart) is refused, whether the
     * two lines agree or contradict each other: the first is noise, the second a bug whose winner would depend on the
     * load order.
     */
    static java.util.List<String[]> rows(String resource, BufferedReader reader, int columns) throws IOException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        boolean caseSensitive = CASE_SENSITIVE.stream().anyMatch(resource::endsWith);
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
                throw new IllegalStateException(
                        resource + ":" + n + ": expected " + columns + " tab-separated columns");
            }
            String key = caseSensitive ? cols[0] : cols[0].toLowerCase(Locale.ROOT);
            Integer earlier = firstLine.putIfAbsent(key, n);
            if (earlier != null) {
                throw new IllegalStateException(
                        resource + ":" + n + ": '" + cols[0] + "' is already listed on line " + earlier);
            }
            out.add(cols);
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

    /** The report predicate of a lower-case word form (said, plans, thought), or null. */
    public ReportPredicate reportPredicateForm(String lower) {
        return reportPredicateForms.get(lower);
    }

    /** The report predicate with this lemma, or null. */
    public ReportPredicate reportPredicate(String lemma) {
        return reportPredicates.get(lemma);
    }

    /** The class of a lower-case role or group noun, or null. */
    public NounClass roleNoun(String lower) {
        NounClass listed = roleNouns.get(lower);
        if (listed == null && lower.startsWith("co-")) {
            listed = roleNouns.get(lower.substring(3)); // co-director, co-chair: a role shared is the role
        }
        if (listed == null && isScientist(lower)) {
            return NounClass.ROLE; // glaciologist, volcanologist, optometrist: a science names its practitioners
        }
        return listed;
    }

    /** A practitioner of a science by the word's ending: glaciologist, epidemiologist (not "photographer"). */
    private static final java.util.regex.Pattern SCIENTIST =
            java.util.regex.Pattern.compile("\\p{L}{3,}(?:ologist|ometrist)");

    /** True for a lower-case noun that names a scientist by its ending (glaciologist, optometrist). */
    public static boolean isScientist(String lower) {
        return SCIENTIST.matcher(lower).matches();
    }

    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    public boolean isOrgHead(String word) {
        return orgHeads.contains(word);
    }

    /**
     * True for a word that makes a name an organisation's when it ends the name ("Greystone Marine", "Saltmarsh Link
     * Ferries", "Dunhallow Rovers") but not elsewhere ("Marine Le Pen").
     */
    public boolean isOrgFinalHead(String word) {
        if (orgFinalHeads.contains(word)) {
            return true;
        }
        // "Hollin Dairies", "Quell Mills": the plural of a listed ending
        if (word.length() > 4 && word.endsWith("ies")) {
            return orgFinalHeads.contains(word.substring(0, word.length() - 3) + "y");
        }
        return word.length() > 3 && word.endsWith("s") && orgFinalHeads.contains(word.substring(0, word.length() - 1));
    }

    /** Agent nouns by their ending: grower, analyst, historian, attendant, resident, inspector. */
    private static final java.util.regex.Pattern AGENT_NOUN =
            java.util.regex.Pattern.compile("\\p{L}{3,}(er|ist|ian|ant|ent|or)");

    /** True for a lower-case singular agent noun (grower, analyst), listed or not. */
    public boolean isAgentNoun(String lower) {
        return AGENT_NOUN.matcher(lower).matches();
    }

    /** True for a lower-case plural of an agent noun (growers, analysts). */
    public boolean isAgentPlural(String lower) {
        return lower.endsWith("s") && isAgentNoun(lower.substring(0, lower.length() - 1));
    }

    public boolean isPlace(String word) {
        return places.contains(word);
    }

    /** 'M', 'F' or 0 when the given name is unknown. */
    public char gender(String firstName) {
        Character g = firstNames.get(firstName);
        return g == null ? 0 : g;
    }

    /** Whether a word before a colon labels a section or a caption ("Update:", "Photo:"), compared without case. */
    public boolean isColonLabel(String word) {
        return colonLabels.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun describes a person without giving a role ("man", "neighbour"), compared without case. */
    public boolean isPlainPersonNoun(String word) {
        return plainPersonNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSentenceStarter(String word) {
        return sentenceStarters.contains(word);
    }
}
