package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.NameRun;
import dev.saywho.attribution.engine.model.Paragraph;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Stage 5: the article's inventory of proper names — runs of capitalised words (titles stripped, "Institute for
 * National Strategy" joined through its connector) typed as person, organisation or place from organisation head
 * words, acronyms, the place lexicon, titles and given names.
 */
public final class MentionFinder {

    private static final java.util.Set<String> CALENDAR = java.util.Set.of(
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Jan.",
            "Feb.",
            "Aug.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.");
    private final Lexicons lex;
    /** The learned recogniser that types names the word lists cannot; null for none. */
    private final EntityFinder recogniser;

    public MentionFinder(Lexicons lex) {
        this(lex, null);
    }

    public MentionFinder(Lexicons lex, EntityFinder recogniser) {
        this.lex = lex;
        this.recogniser = recogniser;
    }

    /** Name runs in text order. */
    public List<NameRun> find(Document doc) {
        List<NameRun> runs = typedByDescriptions(doc, findByWords(doc));
        return recogniser == null ? runs : typedByRecogniser(doc, runs);
    }

    /**
     * "Hollin Valley Creamery … the creamery said": a name of two words or more typed a person on no evidence is an
     * organisation when the article also calls something "the" + its last word in lower case (people are not "the
     * creamery") or when it defines an acronym for it.
     */
    private static List<NameRun> typedByDescriptions(Document doc, List<NameRun> runs) {
        Set<String> described = null;
        List<NameRun> out = new ArrayList<>(runs.size());
        for (NameRun r : runs) {
            if (r.type() != NameRun.Type.PERSON || r.gender() != 0 || r.words().size() < 2) {
                out.add(r);
                continue;
            }
            if (described == null) {
                described = new HashSet<>();
                List<Token> tokens = doc.tokens();
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    Token next = tokens.get(i + 1);
                    if (tokens.get(i).isLower("the") && next.word() && !next.capitalized()) {
                        described.add(next.text());
                    }
                }
            }
            String last = r.words().get(r.words().size() - 1).toLowerCase(java.util.Locale.ROOT);
            out.add(
                    described.contains(last) || acronymFollows(doc, r)
                            ? new NameRun(
                                    r.start(),
                                    r.end(),
                                    r.firstToken(),
                                    r.endToken(),
                                    r.words(),
                                    NameRun.Type.ORGANIZATION,
                                    r.gender())
                            : r);
        }
        return out;
    }

    /**
     * "The Housing Ombudsman for Varenland (HOV)": a name followed by its initials in brackets defines an acronym, and
     * only organisations get one.
     */
    private static boolean acronymFollows(Document doc, NameRun r) {
        int k = r.endToken();
        if (k + 2 >= doc.tokenCount()
                || !doc.token(k).is("(")
                || !doc.token(k + 2).is(")")) {
            return false;
        }
        String acronym = doc.token(k + 1).text();
        StringBuilder initials = new StringBuilder();
        for (String w : r.words()) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return acronym.length() >= 2
                && acronym.chars().allMatch(Character::isUpperCase)
                && acronym.contentEquals(initials);
    }

    /**
     * "Orrel Joinery", "Vestkyst Energi": a name of two words or more that the word lists typed a person on no
     * evidence (no title, no given name they know) is typed as the learned recogniser reads it in its sentence, an
     * organisation when the recogniser finds one covering it. A name of any length after a preposition of place is a
     * place ({@link #placeEvidence}), so that no later "she said" goes to it. The recogniser runs only on the
     * sentences that have such a name.
     */
    private List<NameRun> typedByRecogniser(Document doc, List<NameRun> runs) {
        List<NameRun> out = new ArrayList<>(runs.size());
        int sentence = -1;
        List<dev.saywho.attribution.engine.model.NamedEntity> found = new ArrayList<>();
        Set<String> personWords = new HashSet<>();
        Set<String> addressed = addressedSurnames(doc);
        for (NameRun r : runs) {
            if (r.type() == NameRun.Type.PERSON
                    && r.words().size() >= 2
                    && (addressed.contains(r.words().get(r.words().size() - 1))
                            || (r.firstToken() > 0
                                    && lex.isTitle(doc.token(r.firstToken() - 1).text())))) {
                // "Mayor Ifeoma Castellanos … Ms Castellanos": a title or a courtesy title says person, whatever the
                // recogniser reads
                personWords.addAll(r.words());
                out.add(r);
                continue;
            }
            if (modifiesANoun(doc, r) && !personWords.contains(r.words().get(0))) {
                // "the town's Victorian baths", "a Ropewalk bakery": one unknown capitalised word between a determiner
                // and a common noun qualifies the noun; no "she said" may go to it
                out.add(new NameRun(
                        r.start(), r.end(), r.firstToken(), r.endToken(), r.words(), NameRun.Type.PLACE, r.gender()));
                continue;
            }
            int place = personWords.contains(r.words().get(r.words().size() - 1)) ? 0 : placeEvidence(doc, r);
            if (r.type() == NameRun.Type.PERSON && (r.gender() != 0 || r.words().size() >= 2)) {
                personWords.addAll(r.words());
            }
            boolean opening = r.words().size() == 1
                    && r.type() == NameRun.Type.PERSON
                    && r.gender() == 0
                    && place == 0
                    && doc.sentenceOf(r.firstToken()).firstToken() == r.firstToken()
                    && !personWords.contains(r.words().get(0));
            if (!opening
                    && (r.type() != NameRun.Type.PERSON
                            || r.gender() != 0
                            || (r.words().size() < 2 && place == 0))) {
                out.add(r);
                continue;
            }
            var s = doc.sentenceOf(r.firstToken());
            if (s.index() != sentence) {
                sentence = s.index();
                found.clear();
                recogniser.find(doc, s, found);
            }
            if (opening) {
                // "Standing on the bank, …", "More and more shoes …": one capitalised word opening a sentence is a
                // name only when the recogniser reads a person or an organisation there
                boolean named = false;
                for (var e : found) {
                    named |= e.start() <= r.start()
                            && e.end() >= r.end()
                            && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION);
                }
                if (named) {
                    out.add(r);
                }
                continue;
            }
            NameRun.Type type = place == 2 ? NameRun.Type.PLACE : r.type();
            for (var e : found) {
                if (e.start() > r.start() || e.end() < r.end()) {
                    continue;
                }
                if (e.type() == EntityType.ORGANIZATION && r.words().size() >= 2) {
                    type = NameRun.Type.ORGANIZATION;
                } else if (e.type() == EntityType.PLACE && place > 0) {
                    type = NameRun.Type.PLACE;
                }
            }
            out.add(
                    type != r.type()
                            ? new NameRun(r.start(), r.end(), r.firstToken(), r.endToken(), r.words(), type, r.gender())
                            : r);
        }
        return out;
    }

    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "'s", "’s", "its", "their", "his", "her", "our", "this", "that");

    /** One capitalised word of no known given name, after a determiner and before a lower-case word. */
    private static boolean modifiesANoun(Document doc, NameRun r) {
        if (r.type() != NameRun.Type.PERSON
                || r.words().size() != 1
                || r.gender() != 0
                || r.firstToken() == 0
                || r.endToken() >= doc.tokenCount()) {
            return false;
        }
        Token after = doc.token(r.endToken());
        return DETERMINERS.contains(doc.token(r.firstToken() - 1).lower())
                && after.word()
                && !after.capitalized()
                && !SPEECH_AFTER.contains(after.lower())
                && onlyOnce(doc.text(), r.words().get(0));
    }

    /**
     * Whether {@code word} stands once in the text: a person's name is a modifier too ("the Obama administration"), but
     * the article names them elsewhere ("President Obama has called …").
     */
    private static boolean onlyOnce(String text, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "\\b")
                .matcher(text);
        return m.find() && !m.find();
    }

    /** Words after a name that make it a subject or a speaker, not a modifier. */
    private static final Set<String> SPEECH_AFTER = Set.of(
            "said", "says", "told", "added", "adds", "is", "was", "has", "had", "and", "who", "whose", "will", "would");

    /** Courtesy titles that address a person by their surname ("Ms Castellanos", "Mr. Adeyinka"). */
    private static final Set<String> COURTESY = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Lady", "Lord");

    /** The words right after a courtesy title anywhere in the text: surnames of people. */
    private static Set<String> addressedSurnames(Document doc) {
        Set<String> out = new HashSet<>();
        for (int t = 0; t + 1 < doc.tokenCount(); t++) {
            String title = doc.token(t).text();
            if (COURTESY.contains(title.endsWith(".") ? title.substring(0, title.length() - 1) : title)) {
                int next = doc.token(t + 1).is(".") ? t + 2 : t + 1;
                if (next < doc.tokenCount() && doc.token(next).capitalized()) {
                    out.add(doc.token(next).text());
                }
            }
        }
        return out;
    }

    /**
     * Prepositions that put a name somewhere ("a café owner in Eskerby", "who keeps bees at Hollin Cross"): a person
     * after them is rare in news ("in Lund's view" is a possessive and stays out).
     */
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "at", "near", "outside", "around", "across", "below", "above", "beneath", "beyond");

    /** Prepositions after which a name is a place only when the recogniser reads one ("the village of Low Harrowby"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "from", "to", "into", "towards");

    /** Whether an age stands in commas right after the run ("Eilidh Fraser, 71,"). */
    private static boolean givenAnAge(Document doc, NameRun r) {
        int t = r.endToken();
        return t + 2 < doc.tokenCount()
                && doc.token(t).is(",")
                && doc.token(t + 1).text().matches("\\d{1,3}")
                && doc.token(t + 2).is(",");
    }

    /** How strongly run {@code r}'s preposition makes it a place: 2 by itself, 1 with the recogniser, 0 not at all. */
    private static int placeEvidence(Document doc, NameRun r) {
        if (givenAnAge(doc, r)) {
            return 0; // "bringing in Eilidh Fraser, 71, after a fall": places have no age
        }
        int k = r.firstToken() - 1;
        if (k >= 0 && doc.token(k).isLower("the")) {
            k--;
        }
        if (k < 0) {
            return 0;
        }
        String before = doc.token(k).text();
        boolean possessive = r.endToken() < doc.tokens().size()
                && (doc.token(r.endToken()).is("'s") || doc.token(r.endToken()).is("’s"));
        return PLACE_PREPOSITIONS.contains(before) && !possessive ? 2 : PREPOSITIONS.contains(before) ? 1 : 0;
    }

    private List<NameRun> findByWords(Document doc) {
        List<NameRun> out = new ArrayList<>();
        boolean[] headline = headlines(doc);
        for (Sentence s : doc.sentences()) {
            if (headline[s.paragraph()]) {
                continue;
            }
            int i = s.firstToken();
            int body = Datelines.skip(doc, doc.token(i).start());
            while (i < s.endToken() && doc.token(i).start() < body) {
                i++; // "MARROW BAY —" says where the story was filed; it names no speaker
            }
            while (i < s.endToken()) {
                Token t = doc.token(i);
                // a capital after an opening quotation mark starts the quoted sentence ("“Absolutely,” he said")
                boolean initial = i == s.firstToken()
                        || (!doc.token(i - 1).word()
                                && (doc.quoted(t.start()) || !doc.token(i - 1).is(",")));
                if (!t.capitalized() || (initial && lex.isSentenceStarter(t.text())) || firstPerson(t)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.endToken()) {
                    Token y = doc.token(j);
                    // "Of" and "For" capitalised inside a run join a name ("Students For Life of America"); a capital
                    // mid-sentence is no preposition's
                    boolean connector = y.is("Of")
                            || (y.is("For")
                                    && j + 1 < s.endToken()
                                    && doc.token(j + 1).capitalized());
                    if (y.capitalized()
                            && !(firstPerson(y) || (j > i && lex.isSentenceStarter(y.text()) && !connector))) {
                        j++;
                        continue;
                    }
                    if (j > i && possessiveInName(doc, j, s.endToken())) {
                        j++;
                        continue;
                    }
                    if (j > i && y.word() && TRAILING_COMPANY_SUFFIXES.contains(y.text())) {
                        j++; // "Greyhollow Minerals plc"
                        break;
                    }
                    if (j > i && pluralPossessiveInName(lex, doc, j, s.endToken())) {
                        j++;
                        continue;
                    }
                    if (j > i && j + 1 < s.endToken() && joinsName(doc, i, j, s.endToken())) {
                        j++;
                        continue;
                    }
                    break;
                }
                add(doc, i, j, out);
                i = Math.max(j, i + 1);
            }
        }
        return out;
    }

    /** Last words of street and place names. */
    private static final Set<String> STREET_WORDS = Set.of(
            "Street",
            "Road",
            "Avenue",
            "Lane",
            "Row",
            "Square",
            "Place",
            "Drive",
            "Close",
            "Terrace",
            "Crescent",
            "Gardens",
            "Quay",
            "Wharf",
            "Walk",
            "Parade",
            "Way",
            "Hill",
            "Green",
            "Park",
            "Bridge",
            "Estate");

    /** Nouns for works whose titles follow them in apposition ("her album, Shaft and Sorrow,"). */
    private static final Set<String> WORK_NOUNS = Set.of(
            "album",
            "novel",
            "film",
            "book",
            "play",
            "exhibition",
            "song",
            "single",
            "documentary",
            "opera",
            "symphony",
            "memoir",
            "poem",
            "painting",
            "collection",
            "musical",
            "record",
            "series",
            "show");

    /** Words inside a work's title besides capitalised ones ("Shaft and Sorrow", "Tales of the Fen"). */
    private static final Set<String> TITLE_FUNCTION_WORDS =
            Set.of("and", "of", "the", "a", "an", "in", "on", "to", "&");

    /**
     * Whether the name run at {@code a} stands in a work's title set off after a work noun by a comma, capitalised
     * words or a title's function words between ("her album, Shaft and Sorrow,": both runs).
     */
    private boolean titleOfAWork(Document doc, int a) {
        int k = a - 1;
        Sentence s = doc.sentenceOf(a);
        while (k >= s.firstToken()
                && a - k <= 8
                && doc.token(k).word()
                && (doc.token(k).capitalized()
                        || TITLE_FUNCTION_WORDS.contains(doc.token(k).text()))) {
            k--;
        }
        if (k < s.firstToken() || !doc.token(k).is(",")) {
            return false; // "the film Kenji Sato directed": without the apposition's comma a name may follow
        }
        k--;
        if (k < s.firstToken()
                || !doc.token(k).word()
                || !WORK_NOUNS.contains(doc.token(k).text())) {
            return false;
        }
        // the work's noun opens its own phrase: "The author of the book, Mitchell Zuckoff, said" names the author
        int d = k - 1;
        while (d >= s.firstToken()
                && k - d <= 4
                && doc.token(d).word()
                && !doc.token(d).capitalized()) {
            if (doc.token(d).isLower("of") || lex.roleNoun(doc.token(d).lower()) == Lexicons.NounClass.ROLE) {
                return false;
            }
            d--;
        }
        return true;
    }

    /** Last words of the names of features of the land ("Wethercote Crag", "Scarrow Fell", "Harrowgill Pass"). */
    private static final Set<String> LANDSCAPE_WORDS = Set.of(
            "Crag",
            "Fell",
            "Moor",
            "Pass",
            "Marsh",
            "Fen",
            "Dale",
            "Vale",
            "Valley",
            "Ridge",
            "Point",
            "Bay",
            "Cove",
            "Loch",
            "Lake",
            "Wood",
            "Forest",
            "Heath",
            "Tor",
            "Pike",
            "Scar",
            "Gill",
            "Beck",
            "Falls",
            "Island",
            "Isle",
            "Sound",
            "Head",
            "Cliffs",
            "Sands",
            "Common",
            "Edge",
            "Gorge",
            "Peak",
            "Summit",
            "Mountain");

    /** Prepositions of a way over the land ("on Wethercote Crag", "over the Pass"), besides those of place. */
    private static final Set<String> ROUTE_PREPOSITIONS =
            Set.of("on", "onto", "off", "over", "up", "down", "along", "past", "through", "under");

    /** Lower-case company suffixes that end a firm's name. */
    private static final Set<String> TRAILING_COMPANY_SUFFIXES = Set.of("plc", "ltd", "llc", "inc");

    /**
     * "Skaldhaven Fishermen's Association", "St Ebba's Hospital": a glued 's inside a name, followed by capitalised
     * words that end in an organisation word.
     */
    private boolean possessiveInName(Document doc, int j, int sentenceEnd) {
        Token y = doc.token(j);
        if (!(y.is("'s") || y.is("’s"))
                || y.start() != doc.token(j - 1).end()
                || j + 1 >= sentenceEnd
                || !doc.token(j + 1).capitalized()) {
            return false;
        }
        // the owner is a plural of people ("Fishermen's", "Children's") or a saint ("St Ebba's"), never a country or
        // a firm in the possessive ("Valdmark's Ministry of Education" is the ministry of Valdmark)
        String owner = doc.token(j - 1).text();
        boolean people =
                owner.endsWith("men") || owner.endsWith("ren") || owner.endsWith("ers") || owner.endsWith("ople");
        boolean saint = j >= 2
                && (doc.token(j - 2).is("St")
                        || doc.token(j - 2).is("St.")
                        || doc.token(j - 2).is("Saint"));
        int end = capitalisedEnd(doc, j + 1, sentenceEnd);
        return (people || saint) && end - (j + 1) <= 3 && endsInOrgWord(doc, j + 1, end);
    }

    /**
     * True when the connector at token {@code j} joins the capitalised run [{@code i}, j) and the capitalised words
     * after it into one organisation's name:
     * <ul>
     *   <li>{@code &} always ("Harrow & Daughters Bakery", "Vellum & Rowe Paper Products");
     *   <li>{@code of}/{@code for} after an organisation word ("Institute for National Strategy", "University of
     *       Ashgrove") or before words that end in one ("Isle of Brannoch Parish Council", "Friends of Halverton
     *       Museum");
     *   <li>{@code and} inside such an {@code of} phrase ("Ministry of Agriculture and Rural Affairs") or before the
     *       words that make a name without an organisation word of its own one ("Oddstone and District Trades
     *       Council"), never between two whole names ("the Port Authority and Tessaly Council").
     * </ul>
     */
    private boolean joinsName(Document doc, int i, int j, int sentenceEnd) {
        Token y = doc.token(j);
        if (y.is("the")
                && j - 1 > i
                && (doc.token(j - 1).is("of") || doc.token(j - 1).is("for"))
                && doc.token(j + 1).capitalized()) {
            return true; // "Friends of the Tarn Estuary": the connector was joined, its article goes with it
        }
        if (SURNAME_PARTICLES.contains(y.text())
                && SURNAME_PARTICLES.contains(doc.token(j + 1).text())
                && j + 2 < sentenceEnd
                && doc.token(j + 2).capitalized()
                && givenNameIn(doc, i, j)) {
            return true; // "van der Berg": the first of two particles
        }
        if (!doc.token(j + 1).capitalized()
                || lex.isSentenceStarter(doc.token(j + 1).text())) {
            if (!((y.is("of") || y.is("for"))
                    && doc.token(j + 1).is("the")
                    && j + 2 < sentenceEnd
                    && doc.token(j + 2).capitalized()
                    && (lex.isOrgHead(doc.token(j - 1).text())
                            || lex.isOrgFinalHead(doc.token(j - 1).text())
                            || (endsInOrgWord(doc, j + 2, capitalisedEnd(doc, j + 2, sentenceEnd))
                                    && !hasOrgWord(doc, i, j))))) {
                return false;
            }
        }
        if (y.is("&")) {
            return true;
        }
        if (!y.word()) {
            return false;
        }
        int after = capitalisedEnd(doc, j + 1, sentenceEnd);
        boolean continuationIsOrg = endsInOrgWord(doc, j + 1, after);
        if ((y.isLower("of") || y.isLower("for"))
                && (lex.isTitle(doc.token(j - 1).text())
                        || lex.roleNoun(doc.token(j - 1).lower()) == Lexicons.NounClass.ROLE)) {
            return false; // "Managing Director of Kelsingford Water Company": a title, then the organisation
        }
        if (y.isLower("of") || y.isLower("for")) {
            if (lex.isOrgHead(doc.token(j - 1).text())
                    || lex.isOrgFinalHead(doc.token(j - 1).text())) {
                // "University of Ashgrove" is one name; "the Bank of Korea" too; a place after "of" stays out only
                // when more words follow it in another name ("Council of Tessaly Harbour Authority" is two)
                return !lex.isPlace(doc.token(j + 1).text()) || after == j + 2 || continuationIsOrg;
            }
            return continuationIsOrg && !hasOrgWord(doc, i, j) && !namesAPerson(doc, i, j);
        }
        if (y.is("and")) {
            boolean insideOf = false;
            for (int k = i + 1; k < j; k++) {
                insideOf |= (doc.token(k).is("of") || doc.token(k).is("for"))
                        && lex.isOrgHead(doc.token(k - 1).text());
            }
            if (insideOf) {
                return !continuationIsOrg || !hasOrgWord(doc, j + 1, after - 1);
            }
            return continuationIsOrg && !hasOrgWord(doc, i, j);
        }
        if (SURNAME_PARTICLES.contains(y.text()) && givenNameIn(doc, i, j)) {
            return true; // "Pierre de Vos", "Ines van der Berg": a particle of a surname after a given name
        }
        return false;
    }

    /** Lower-case words that open a surname ("de Vos", "van der Berg", "bin Salman"). */
    private static final Set<String> SURNAME_PARTICLES =
            Set.of("de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "dos", "bin", "ibn");

    /**
     * Whether the capitalised words [{@code i}, {@code j}) may be a person's given names before a surname's particle: a
     * given name the lexicon knows, or one or two words that name no organisation or place ("Ana de Vries").
     */
    private boolean givenNameIn(Document doc, int i, int j) {
        for (int k = i; k < j; k++) {
            if (lex.gender(doc.token(k).text()) != 0) {
                return true;
            }
        }
        return j - i <= 2
                && !hasOrgWord(doc, i, j)
                && !endsInOrgWord(doc, i, j)
                && !lex.isPlace(doc.token(i).text());
    }

    /**
     * Whether the capitalised words [{@code i}, {@code j}) name a person: a title or a role noun before them ("Dr Ilse
     * Marrow of Dunmore University", "Economist Ilse Marrow of …"), or a given name and a surname.
     */
    private boolean namesAPerson(Document doc, int i, int j) {
        for (int k = Math.max(0, i - 1); k <= i && k < j - 1; k++) {
            // the title may open the run itself: "Economist Ilse Marrow" at the start of a sentence
            Token t = doc.token(k);
            if (t.word() && (lex.isTitle(t.text()) || lex.roleNoun(t.lower()) == Lexicons.NounClass.ROLE)) {
                return true;
            }
        }
        return j - i == 2 && lex.gender(doc.token(i).text()) != 0;
    }

    /** The end of the capitalised words from token {@code from} (joined by {@code &} and plural possessives). */
    private static int capitalisedEnd(Document doc, int from, int sentenceEnd) {
        int k = from;
        while (k < sentenceEnd
                && k - from < 8
                && (doc.token(k).capitalized()
                        || (k > from
                                && doc.token(k).is("&")
                                && k + 1 < sentenceEnd
                                && doc.token(k + 1).capitalized())
                        || (k > from && QuoteMarks.possessiveApostrophe(doc, k)))) {
            k++;
        }
        return k;
    }

    private boolean endsInOrgWord(Document doc, int from, int to) {
        if (to <= from) {
            return false;
        }
        String last = doc.token(to - 1).text();
        return lex.isOrgHead(last) || lex.isOrgFinalHead(last);
    }

    private boolean hasOrgWord(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lex.isOrgHead(doc.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code j} is the apostrophe of a plural possessive inside an organisation's name, as in
     * {@code the Vellmar Farmers’ Union} or {@code Dock Workers' Association}: glued to a capitalised word ending in s,
     * followed by a space and an organisation word, and not a quotation mark ({@code Fox News’ Sean Hannity} is an
     * organisation's person, two names).
     */
    static boolean pluralPossessiveInName(Lexicons lex, Document doc, int j, int sentenceEnd) {
        if (j + 1 >= sentenceEnd || !QuoteMarks.possessiveApostrophe(doc, j)) {
            return false;
        }
        Token after = doc.token(j + 1);
        return doc.token(j - 1).capitalized()
                && after.word()
                && after.capitalized()
                && (lex.isOrgHead(after.text()) || lex.isOrgFinalHead(after.text()));
    }

    /** True when tokens [from, to) are capitalised words with no organisation or place word among them. */
    static boolean personNameTail(Lexicons lex, Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.token(k);
            if (!t.word() || !t.capitalized() || lex.isOrgHead(t.text()) || lex.isPlace(t.text())) {
                return false;
            }
        }
        return true;
    }

    /** "I", "I’ve", "I'm", "I’d", "I’ll": the first person, never part of a name. */
    private static boolean firstPerson(Token t) {
        String w = t.text();
        return w.equals("I")
                || (w.length() >= 3
                        && w.length() <= 4
                        && w.charAt(0) == 'I'
                        && (w.charAt(1) == '’' || w.charAt(1) == '\''));
    }

    /** Title-case paragraphs (headlines, section titles): their capitalisation says nothing about names. */
    /** Per paragraph, whether it is a headline ({@link #isHeadline}). */
    private static boolean[] headlines(Document doc) {
        boolean[] out = new boolean[doc.paragraphs().size()];
        for (var p : doc.paragraphs()) {
            out[p.index()] = isHeadline(doc, p);
        }
        return out;
    }

    /** A headline is short: a paragraph of more tokens than this is none, whatever its capitals. */
    static final int MAX_HEADLINE_TOKENS = 80;

    /**
     * Whether paragraph {@code p} is a headline: at most {@value #MAX_HEADLINE_TOKENS} tokens, at least four long
     * words, four in five of them capitalised. The bound comes first, so asking costs little whatever the paragraph:
     * the resolver asks once per mention, and a one-paragraph megabyte would otherwise be read once per name in it.
     */
    static boolean isHeadline(Document doc, Paragraph p) {
        if (p.endSentence() <= p.firstSentence()) {
            return false;
        }
        int firstToken = doc.sentences().get(p.firstSentence()).firstToken();
        int endToken = doc.sentences().get(p.endSentence() - 1).endToken();
        if (endToken - firstToken > MAX_HEADLINE_TOKENS) {
            return false;
        }
        int longWords = 0;
        int capitalised = 0;
        for (int si = p.firstSentence(); si < p.endSentence(); si++) {
            Sentence s = doc.sentences().get(si);
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                Token tok = doc.token(t);
                if (tok.word()
                        && tok.text().length() >= 4
                        && Character.isLetter(tok.text().charAt(0))) {
                    longWords++;
                    if (tok.capitalized()) {
                        capitalised++;
                    }
                }
            }
        }
        return longWords >= 4 && capitalised * 10 >= longWords * 8;
    }

    /** Prepositions after a participle that opens a sentence ("Speaking for the union", "Writing in the Gazette"). */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("for", "of", "on", "in", "at", "with");

    /** A capitalised age before a name: "Ten-year-old", "Seventy-Two-Year-Old". */
    static final java.util.regex.Pattern AGE_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}-]*-(?:year|month)s?-old", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The gender a title before a name says ('M' for Mr, Sir, Lord …; 'F' for Mrs, Ms, Dame …), or 0 for none. */
    static char titleGender(String t) {
        if ((t.startsWith("Mr") && !t.startsWith("Mrs"))
                || t.equals("Sir")
                || t.equals("King")
                || t.equals("Prince")
                || t.equals("Lord")
                || t.equals("Congressman")
                || t.equals("Councilman")) {
            return 'M';
        }
        if (t.startsWith("Ms")
                || t.startsWith("Mrs")
                || t.equals("Miss")
                || t.equals("Queen")
                || t.equals("Lady")
                || t.equals("Congresswoman")
                || t.equals("Councilwoman")
                || t.equals("Dame")) {
            return 'F';
        }
        return 0;
    }

    private void add(Document doc, int i, int j, List<NameRun> out) {
        boolean titled = false;
        char gender = 0;
        int a = i;
        while (a < j - 1 && AGE_ADJECTIVE.matcher(doc.token(a).text()).matches()) {
            a++; // "Ten-year-old Ezra Mbatha-Quinn" opening a sentence: the age is no part of the name
        }
        if (a + 2 < j
                && doc.sentenceOf(a).firstToken() == a
                && doc.token(a).text().endsWith("ing")
                && PARTICIPLE_PREPOSITIONS.contains(doc.token(a + 1).text())) {
            a += 2; // "Prosecuting for Brannock County Council, …": a participle opening the sentence, then the name
        }
        while (a < j - 1 && lex.isTitle(doc.token(a).text())) {
            char stated = titleGender(doc.token(a).text());
            if (stated != 0) {
                gender = stated;
            }
            titled = true;
            a++;
        }
        for (int r = j - 3; r >= a; r--) {
            // "Spokeswoman Ilse Varga", "Senate Majority Leader Mitch McConnell": a capitalised role noun before a
            // two- or three-word name ends a title phrase, which is not part of the name
            if ((lex.roleNoun(doc.token(r).lower()) == Lexicons.NounClass.ROLE
                            || (r > a && lex.isTitle(doc.token(r).text())))
                    && j - r - 1 <= 3
                    && personNameTail(lex, doc, r + 1, j)) {
                titled = true;
                a = r + 1;
                break;
            }
        }
        if (!titled && lex.gender(doc.token(a).text()) == 0 && titleOfAWork(doc, a)) {
            // "Her new album, Shaft and Sorrow, sets …": a work's title names no one ("The author of the book,
            // Mitchell Zuckoff, said" and "on the same show, Sen. Claire McCaskill" open on a given name or a title)
            return;
        }
        int b = j;
        if (b - 1 > a && (doc.token(b - 1).is("Jr.") || doc.token(b - 1).is("Sr."))) {
            b--;
        }
        if (b <= a) {
            return;
        }
        List<String> words = new ArrayList<>();
        boolean org = false;
        boolean allPlace = true;
        for (int k = a; k < b; k++) {
            String w = doc.token(k).text();
            if (k > a
                    && (!doc.token(k).word()
                            || doc.token(k).is("'s")
                            || doc.token(k).is("’s"))
                    && doc.token(k).start() == doc.token(k - 1).end()) {
                // the apostrophe of a plural possessive belongs to its word: "Farmers’", not "Farmers ’"
                words.set(words.size() - 1, words.get(words.size() - 1) + w);
                continue;
            }
            words.add(w);
            if (lex.isOrgHead(w)) {
                org = true;
            }
            if (!lex.isPlace(w) && !w.equals("of") && !w.equals("for")) {
                allPlace = false;
            }
        }
        if ((lex.isOrgFinalHead(words.get(words.size() - 1)) || words.contains("&")) && words.size() > 1) {
            // "Orrel & Sons Joinery": an ampersand joins the names of a firm, never a person's
            org = true;
        }
        if (words.size() == 1 && doc.token(a).allCaps() && !lex.isPlace(words.get(0))) {
            org = true;
        }
        boolean calendarOrAbbreviation = words.size() == 1 && words.get(0).endsWith(".");
        for (int w = 0; w < words.size(); w++) {
            // "Super Tuesday", "March"; a month opening a two-word run before a surname is a given name ("June
            // Ashdown, 84,", "April Okoro"), not a date
            boolean givenName = w == 0 && words.size() == 2 && !CALENDAR.contains(words.get(1)) && !org;
            calendarOrAbbreviation |= CALENDAR.contains(words.get(w)) && !givenName;
        }
        if (words.size() >= 2 && STREET_WORDS.contains(words.get(words.size() - 1)) && !org && !titled) {
            allPlace = true; // "Quayside Avenue", "Market Row", "Canal Street": an address, never a person
        }
        if (words.size() >= 2
                && LANDSCAPE_WORDS.contains(words.get(words.size() - 1))
                && !org
                && !titled
                && a > doc.sentenceOf(a).firstToken()
                && (PLACE_PREPOSITIONS.contains(doc.token(a - 1).lower())
                        || PREPOSITIONS.contains(doc.token(a - 1).lower())
                        || ROUTE_PREPOSITIONS.contains(doc.token(a - 1).lower()))) {
            // "broke an ankle on Wethercote Crag", "the walk over Harrowgill Pass": after a preposition of place, a
            // name ending in a feature of the land is the place (a surname such as Lake or Moor follows no "on")
            allPlace = true;
        }
        NameRun.Type type;
        if (calendarOrAbbreviation && !org && !titled) {
            // "Super Tuesday", "Vt.", "Feb.": dates and state abbreviations name nobody
            type = NameRun.Type.PLACE;
        } else if (org) {
            type = NameRun.Type.ORGANIZATION;
        } else if (allPlace && !titled) {
            type = NameRun.Type.PLACE;
        } else {
            type = NameRun.Type.PERSON;
        }
        if (gender == 0 && type == NameRun.Type.PERSON) {
            gender = lex.gender(words.get(0));
        }
        out.add(new NameRun(doc.token(a).start(), doc.token(b - 1).end(), a, b, words, type, gender));
    }
}
