package dev.saywho.attribution.engine.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.saywho.attribution.engine.lexicon.Lexicons;

/**
 * The word lists the linker reads ({@code src/main/resources/lexicons}): which words make an anaphor and with what
 * number and gender ({@value #ANAPHORS}), words that give a person's gender ({@value #GENDERED}), and the engine's
 * given names ({@code first-names.txt}). Loaded once; immutable.
 */
final class CorefLexicon {

    static final String ANAPHORS = "coref-anaphors.tsv";
    static final String GENDERED = "gendered-words.tsv";
    static final String FIRST_NAMES = "first-names.txt";

    /** What the lexicon says of an anaphoric word; {@code anaphorClass} is null for a definite determiner. */
    record Entry(AnaphorClass anaphorClass, GrammaticalNumber number, Gender gender, boolean neuter) {}

    /** Grammatical number. */
    enum GrammaticalNumber {
        SINGULAR,
        PLURAL,
        UNKNOWN
    }

    private static final class Holder {
        static final CorefLexicon STANDARD = load();
    }

    private final Map<String, Entry> pronouns;
    private final Map<String, Entry> determiners;
    private final Map<String, Gender> gendered;
    private final Lexicons lexicons;

    private CorefLexicon(
            Map<String, Entry> pronouns, Map<String, Entry> determiners, Map<String, Gender> gendered, Lexicons lex) {
        this.pronouns = Map.copyOf(pronouns);
        this.determiners = Map.copyOf(determiners);
        this.gendered = Map.copyOf(gendered);
        this.lexicons = lex;
    }

    static CorefLexicon standard() {
        return Holder.STANDARD;
    }

    private static CorefLexicon load() {
        Map<String, Entry> pronouns = new HashMap<>();
        Map<String, Entry> determiners = new HashMap<>();
        for (String[] row : Lexicons.table(ANAPHORS, 4)) {
            GrammaticalNumber number = switch (row[2]) {
                case "SG" -> GrammaticalNumber.SINGULAR;
                case "PL" -> GrammaticalNumber.PLURAL;
                case "-" -> GrammaticalNumber.UNKNOWN;
                default -> throw new IllegalStateException(ANAPHORS + ": bad number " + row[2]);
            };
            Gender gender = gender(ANAPHORS, row[3]);
            boolean neuter = row[3].equals("N");
            if (row[1].equals("DEFINITE")) {
                determiners.put(row[0], new Entry(null, number, gender, neuter));
            } else {
                pronouns.put(row[0], new Entry(AnaphorClass.valueOf(row[1]), number, gender, neuter));
            }
        }
        Map<String, Gender> gendered = new HashMap<>();
        for (String[] row : Lexicons.table(GENDERED, 2)) {
            gendered.put(row[0], gender(GENDERED, row[1]));
        }
        return new CorefLexicon(pronouns, determiners, gendered, Lexicons.standard());
    }

    private static Gender gender(String file, String column) {
        return switch (column) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            case "N", "-" -> Gender.UNKNOWN;
            default -> throw new IllegalStateException(file + ": bad gender " + column);
        };
    }

    /** The entry of a third-person pronoun (any case), or null. */
    Entry pronoun(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** The entry of a determiner that makes a nominal definite (any case), or null. */
    Entry definiteDeterminer(String word) {
        return determiners.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a title or a noun gives (any case). */
    Gender genderOfWord(String word) {
        return gendered.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** The gender of a given name as written ({@code Ilse}), from the engine's given names. */
    Gender genderOfName(String name) {
        char g = lexicons.gender(name);
        return g == 'M' ? Gender.MALE : g == 'F' ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The pronouns the lexicon lists, for tests. */
    List<String> pronounForms() {
        return pronouns.keySet().stream().sorted().toList();
    }
}
