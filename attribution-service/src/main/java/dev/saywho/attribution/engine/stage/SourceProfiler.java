package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Entity;
import dev.saywho.common.Gender;
import dev.saywho.common.GenderEvidence;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SourceProfile;
import dev.saywho.common.Span;

/**
 * Who a speaker is, as the article states it, for source-diversity figures: gender from the words that state it (a
 * pronoun the engine resolved to the speaker, an honorific before their name, a gendered role noun), never from a
 * first name; the kind of source (a person, an organisation, an unnamed source, a document); the class of a person's
 * role from the role and affiliation already found. Evidence that contradicts itself, or none, leaves the gender
 * UNKNOWN. The word lists are lexicons: {@code source-honorifics.tsv}, {@code source-documents.txt}, {@code
 * role-classes.tsv}, {@code employer-classes.tsv} and {@code gendered-words.tsv}.
 */
public final class SourceProfiler {

    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");
    /** "a report by", "a survey of", "a review published by", "a study commissioned by" before an author's name. */
    private static final Pattern DOCUMENT_BY = Pattern.compile("(\\p{L}+)\\s+(?:(?:published|commissioned|conducted"
            + "|released|prepared|issued|compiled|produced|carried\\s+out)\\s+)?(?:by|of|from)\\s+$");

    private final Map<String, Gender> honorifics = new HashMap<>();
    private final Set<String> documents = new HashSet<>();
    private final Map<String, RoleClass> roles = new HashMap<>();
    private final Map<String, RoleClass> employers = new HashMap<>();
    private final Map<String, Gender> genderedWords = new HashMap<>();
    private final Set<String> officeTitles = new HashSet<>();
    /** The engine's lexicons: titles, and the first names that tell two people of one surname apart. */
    private final Lexicons lex = Lexicons.standard();
    /** The one-word business nouns of employer-classes.tsv as a regular expression's alternation. */
    private final String businessNouns;

    public SourceProfiler() {
        for (String[] row : Lexicons.table("source-honorifics.tsv", 2)) {
            honorifics.put(row[0].toLowerCase(Locale.ROOT), gender(row[1]));
        }
        for (String[] row : Lexicons.table("source-documents.txt", 1)) {
            documents.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : Lexicons.table("role-classes.tsv", 2)) {
            roles.put(row[0].toLowerCase(Locale.ROOT), RoleClass.valueOf(row[1]));
        }
        List<String> business = new ArrayList<>();
        for (String[] row : Lexicons.table("employer-classes.tsv", 2)) {
            employers.put(row[0].toLowerCase(Locale.ROOT), RoleClass.valueOf(row[1]));
            if (row[1].equals("BUSINESS") && row[0].matches("\\p{Ll}+")) {
                business.add(row[0]);
            }
        }
        businessNouns = "(?:" + String.join("|", business) + ")";
        for (String[] row : Lexicons.table("office-titles.txt", 1)) {
            officeTitles.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : Lexicons.table("gendered-words.tsv", 2)) {
            genderedWords.put(row[0].toLowerCase(Locale.ROOT), gender(row[1]));
        }
    }

    private static Gender gender(String code) {
        return switch (code) {
            case "M" -> Gender.MALE;
            case "F" -> Gender.FEMALE;
            default -> throw new IllegalStateException("a gender is M or F, not " + code);
        };
    }

    /**
     * The profile of a speaker.
     *
     * @param mentions the mentions the engine's attributions to this speaker rest on (names, pronouns, descriptions)
     * @param roleEvidence where the article gives the role, or null
     */
    public SourceProfile profile(String text, Entity speaker, List<Span> mentions, Span roleEvidence) {
        return profile(text, speaker, mentions, roleEvidence, List.of());
    }

    /**
     * The profile of a speaker, with pronouns that likely stand for them: those opening what they reported ("Brill
     * said his children …") and those of the narrative with no one else in reach ("Haugland … warming her hands").
     * These count only where nothing else states the gender, since such a pronoun can mean someone else.
     *
     * @param fallbackPronouns the speaker's reported and narrative pronouns
     */
    public SourceProfile profile(
            String text, Entity speaker, List<Span> mentions, Span roleEvidence, List<Span> fallbackPronouns) {
        SourceKind kind = documentMentions(text, mentions) ? SourceKind.DOCUMENT : kindOf(speaker);
        if (kind != SourceKind.PERSON) {
            return new SourceProfile(Gender.UNKNOWN, List.of(), kind, null);
        }
        List<GenderEvidence> evidence = new ArrayList<>();
        for (Span mention : mentions) {
            if (!pronounEvidence(mention, evidence)) {
                roleWords(mention, evidence);
            }
        }
        honorificsBefore(text, speaker.name(), mentions, evidence);
        kinInApposition(text, speaker.name(), evidence);
        if (roleEvidence != null) {
            roleWords(roleEvidence, evidence);
        }
        if (evidence.isEmpty()) {
            for (Span pronoun : fallbackPronouns) {
                pronounEvidence(pronoun, evidence);
            }
        }
        Set<Gender> stated = EnumSet.noneOf(Gender.class);
        evidence.forEach(e -> stated.add(e.gender()));
        Gender gender = stated.size() == 1 ? stated.iterator().next() : Gender.UNKNOWN;
        RoleClass roleClass = roleClass(speaker.role(), speaker.affiliation());
        // the fallbacks read only the text around the places that name the person: each is a search of its own, and
        // a long text with many speakers would otherwise be read whole once per speaker and fallback
        String near = roleClass == null ? around(text, speaker.name()) : "";
        // the fallbacks from the most to the least particular: a title or a business, a practice of years or a work
        // before an age, a place met at or kin ("Margaret Pettifer, 68, has run the cinema for thirty years")
        if (roleClass == null) {
            roleClass = titleClass(near, speaker.name());
        }
        if (roleClass == null && actsInCourt(near, speaker.name())) {
            roleClass = RoleClass.EXPERT;
        }
        if (roleClass == null && (runsABusiness(near, speaker.name()) || pliesATrade(near, speaker.name()))) {
            roleClass = RoleClass.BUSINESS;
        }
        if (roleClass == null) {
            roleClass = knownForALongPractice(near, speaker.name());
        }
        if (roleClass == null && knownForAWork(near, speaker.name())) {
            roleClass = RoleClass.OTHER;
        }
        if (roleClass == null) {
            roleClass = introducedByWhatTheyDo(near, speaker.name());
        }
        if (roleClass == null && (givenAnAge(near, speaker.name()) || describedByAge(mentions))) {
            roleClass = RoleClass.CITIZEN;
        }
        if (roleClass == null && metAtAScene(near, speaker.name())) {
            roleClass = RoleClass.CITIZEN;
        }
        if (roleClass == null && describedAsCitizen(near, speaker.name())) {
            roleClass = RoleClass.CITIZEN;
        }
        if (roleClass == null && workingForALiving(near, speaker.name())) {
            roleClass = RoleClass.CITIZEN;
        }
        return new SourceProfile(gender, dedupe(evidence), kind, roleClass);
    }

    /** At most this many places that name a person are read for the evidence of their role. */
    static final int MAX_PLACES = 32;

    /** How far before and after a place that names a person the role fallbacks read, in characters. */
    private static final int READ_BEFORE = 300;

    private static final int READ_AFTER = 800;

    /**
     * The text around the first {@value #MAX_PLACES} places that name the person (by their last name), overlapping
     * stretches merged, stretches apart separated by a paragraph break; a stretch cut from inside the text opens on a
     * NUL, so that a pattern wanting the text's or a line's start does not take the cut for one.
     */
    static String around(String text, String name) {
        String[] parts = name.strip().split("\\s+", -1);
        String surname = parts[parts.length - 1];
        StringBuilder out = new StringBuilder();
        if (surname.isEmpty()) {
            return "";
        }
        int start = -1;
        int end = -1;
        int places = 0;
        for (int at = text.indexOf(surname);
                at >= 0 && places < MAX_PLACES;
                at = text.indexOf(surname, at + surname.length())) {
            places++;
            int from = Math.max(0, at - READ_BEFORE);
            int to = Math.min(text.length(), at + surname.length() + READ_AFTER);
            if (start >= 0 && from <= end) {
                end = to;
                continue;
            }
            if (start >= 0) {
                stretch(out, text, start, end);
            }
            start = from;
            end = to;
        }
        if (start >= 0) {
            stretch(out, text, start, end);
        }
        return out.toString();
    }

    private static void stretch(StringBuilder out, String text, int from, int to) {
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        if (from > 0) {
            out.append('\u0000');
        }
        out.append(text, from, to);
    }

    /**
     * Whether the article gives the person's age and nothing of a role ("Agnes Morrow, 88, said"): news gives officials
     * and experts their titles, and an age alone to members of the public.
     */
    private static boolean givenAnAge(String text, String name) {
        String[] parts = name.strip().split("\\s+", -1);
        if (parts.length < 2) {
            return false;
        }
        String surname = Pattern.quote(parts[parts.length - 1]);
        // "Agnes Morrow, 88, said", "At 82, Perpetua Hollis still swims", "Ten-year-old Ezra Quinn", "88-year-old …"
        return Pattern.compile(surname + ",\\s+\\d{1,3},|\\bAt\\s+\\d{1,3},\\s+(?:\\p{Lu}\\S*\\s+)*" + surname + "\\b"
                        + "|\\b[\\p{L}\\d-]+-(?i:year)-(?i:old)\\s+(?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)\\s+)+"
                        + surname + "\\b")
                .matcher(text)
                .find();
    }

    /**
     * Whether a court report gives the person as counsel ("Prosecuting for the council, Helena Marsh told the court",
     * "Aled Thorne, defending, said"): a lawyer.
     */
    private static boolean actsInCourt(String text, String name) {
        String whole = Pattern.quote(name.strip());
        return Pattern.compile(
                        "(?:^|[.!?”\"]\\s+)(?:Prosecuting|Defending)(?:\\s+for\\s+[^,.!?\\n]{1,80})?,\\s+" + whole
                                + "\\b|\\b" + whole
                                + ",\\s+(?:prosecuting|defending|for\\s+the\\s+(?:prosecution|defen[cs]e))\\b",
                        Pattern.MULTILINE)
                .matcher(text)
                .find();
    }

    /** Whether a mention takes the person up by their age ("“…,” the 78-year-old said"). */
    private static boolean describedByAge(List<Span> mentions) {
        for (Span m : mentions) {
            String[] words = m.text().strip().split("\\s+", -1);
            if (words.length == 2
                    && words[0].equalsIgnoreCase("the")
                    && EntityResolver.AGE_DESCRIPTION.matcher(words[1]).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence introduces the person, by their whole name, at a place of everyday life and nothing of a role
     * ("Next door, Tam Brill said", "At the cellar door, Ngaio Eze was loading a crate", "In the tow queue, …"): a
     * reporter's member of the public. Events are not such places: "At the rally, …" opens on a politician as often.
     */
    private static boolean metAtAScene(String text, String name) {
        if (name.strip().split("\\s+", -1).length < 2) {
            return false;
        }
        Matcher m = Pattern.compile(
                        "(?:^|[.!?”\"]\\s+)(Next door|(?:At|In|On|Outside|Inside|By|Beside|Across) the"
                                + "((?:\\s+[a-z][a-z-]*){1,3})),\\s+" + Pattern.quote(name.strip()) + "\\b",
                        Pattern.MULTILINE)
                .matcher(text);
        while (m.find()) {
            if (m.group(2) == null || !EVENT_WORDS.matcher(m.group(2)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article names a work of art as the person's, by their surname's possessive or "whose", or by a her
     * or his opening the sentence after their whole name ("Reyes's second album", "… Catalina Reyes grew up between
     * two coasts. Her second album …"): an artist, classed other. Books are left out: politicians write them too.
     */
    private static boolean knownForAWork(String text, String name) {
        String[] parts = name.strip().split("\\s+", -1);
        if (parts.length < 2) {
            return false;
        }
        String surname = Pattern.quote(parts[parts.length - 1]);
        return Pattern.compile("\\b" + surname + "(?:['’]s?|,\\s+whose)\\s+(?:[a-z-]+\\s+){0,2}?" + WORKS + "|"
                        + Pattern.quote(name.strip()) + "[^.!?\\n]*[.!?]\\s+(?:Her|His)\\s+(?:[a-z-]+\\s+){0,2}?"
                        + WORKS)
                .matcher(text)
                .find();
    }

    /**
     * Whether an apposition describes the person by a noun of private life, kin or neighbourhood, and nothing of a role
     * ("Her father, Kenji Sato, …", "Ravi Pell, her nephew, …", "Her neighbour, the boatbuilder Fionn Kesteven", "Dana
     * Cheruiyot, whose twins are in Year 4"): the nouns `role-classes.tsv` classes citizen.
     */
    private boolean describedAsCitizen(String text, String name) {
        // "His father, Duncan Hunter Sr.": another person of the same name
        String whole = Pattern.quote(name.strip()) + "(?!\\s+(?:Sr|Jr)\\b)";
        Matcher m = Pattern.compile("(?i:\\b(?:his|her|their|our|my|that|the)\\s+)(?:[a-z-]+\\s+)?(\\p{Ll}+),\\s+"
                        + "(?:the\\s+[a-z-]+\\s+)?" + whole + "\\b|\\b" + whole
                        + ",\\s+(?:his|her|their|the|a)\\s+(?:[a-z-]+\\s+)?(\\p{Ll}+)\\s*[,.]|\\b" + whole
                        + ",\\s+whose\\s+(?:[a-z-]+\\s+)?" + FAMILY)
                .matcher(text);
        while (m.find()) {
            String noun = m.group(1) != null ? m.group(1) : m.group(2);
            if (noun == null || roles.get(noun) == RoleClass.CITIZEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence that names the person, or the next one opening on their pronoun, tells of their work and no
     * role ("She has worked nights here for nine years", "who crosses daily to work at the island's salmon farm", "who
     * takes two buses to reach her job at a care home"): a worker speaking for themselves.
     */
    private static boolean workingForALiving(String text, String name) {
        String whole = Pattern.quote(name.strip());
        String[] parts = name.strip().split("\\s+", -1);
        String surname = Pattern.quote(parts[parts.length - 1]);
        // "said Marr, who has worked there for 19 years": the relative clause of a later mention too
        return Pattern.compile("\\b" + whole + "\\b[^.!?\\n]*" + WORK_WITHOUT_ROLE + "|\\b" + whole
                        + "\\b[^.!?\\n]*[.!?]\\s+(?:She|He|They)\\s+[^.!?\\n]*" + WORK_WITHOUT_ROLE + "|\\b"
                        + surname + ",\\s+who\\s+[^.!?\\n]*" + WORK_WITHOUT_ROLE)
                .matcher(text)
                .find();
    }

    /**
     * Whether the sentence that names the person, or the next one opening on their pronoun, gives them a business of
     * their own or their family's and no role ("goat's cheese made on his farm", "whose family has run the café since
     * 1962"): the business nouns of {@code employer-classes.tsv}. Not "their": "Trump's team was back at their hotel".
     */
    private boolean runsABusiness(String text, String name) {
        String whole = Pattern.quote(name.strip());
        String own =
                "(?:\\b(?:his|her)\\s+(?:own\\s+)?|\\bwhose\\s+family\\s+(?:has|have|had)\\s+(?:run|owned)\\s+the\\s+"
                        + "|\\b(?:runs|ran|run|owns|owned|opened|took\\s+over|set\\s+up|founded|bought|inherited)\\s+"
                        + "(?:the|a|an|his|her|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?)"
                        + businessNouns + "\\b";
        // "Greyhallow Quarry has cut stone since 1874, and for the last 22 years it has belonged to Keir Dunstable"
        String belongs = businessNouns + "\\b[^.!?\\n]*\\b(?:belongs|belonged)\\s+to\\s+" + whole + "\\b";
        return Pattern.compile("\\b" + whole + "\\b[^.!?\\n]*" + own + "|\\b" + whole
                        + "\\b[^.!?\\n]*[.!?]\\s+(?:She|He|They)\\s+[^.!?\\n]*" + own + "|(?i:" + belongs + ")")
                .matcher(text)
                .find();
    }

    /**
     * The class a relative clause on the person's whole name gives when the article gives no role. A member of the
     * public is introduced by what befell them or their private life ("Hana Quellin, who gave birth at the unit", "Tom
     * Bissett, whose father died at St Ebba's", "who broke an ankle", "whose gateway was blocked"), a grower
     * or a keeper of a shop by their trade's verb ("who grows 90 hectares of beet", "who runs the bakery"), a performer
     * by their art ("who has conducted it for nineteen years"). News introduces the known by their deeds in the same
     * way ("Donald J. Trump, who took to the talk shows", "who prosecuted the bombers", "who tracks political ads"): any
     * other clause gives no class.
     */
    private RoleClass introducedByWhatTheyDo(String text, String name) {
        if (name.strip().split("\\s+", -1).length < 2) {
            return null;
        }
        Matcher m = Pattern.compile(
                        "\\b" + Pattern.quote(name.strip()) + ",\\s+(?:who\\s+" + AUXILIARIES + "(\\p{Ll}+)|whose\\s+"
                                + "(?:late\\s+|young\\s+|elderly\\s+)?(\\p{Ll}+))\\b([^.!?;:\\n“”\"]{0,160})")
                .matcher(text);
        if (!m.find() || PUBLIC_LIFE.matcher(m.group(3)).find()) {
            return null;
        }
        if (m.group(2) != null) {
            // "whose father died", "whose home"; "whose gateway was blocked": what befell their own
            return KIN_AND_HOME.contains(m.group(2))
                            || BEFALLEN.matcher(m.group(3)).lookingAt()
                    ? RoleClass.CITIZEN
                    : null;
        }
        String verb = m.group(1);
        if (PRIVATE_LIFE_VERBS.contains(verb)
                || (verb.equals("gave") && m.group(3).startsWith(" birth"))) {
            return RoleClass.CITIZEN;
        }
        if (TRADE_VERBS.contains(verb)
                || (KEEPING_VERBS.contains(verb)
                        && Pattern.compile("^\\s+(?:\\S+\\s+){0,3}?" + businessNouns + "\\b")
                                .matcher(m.group(3))
                                .find())) {
            return RoleClass.BUSINESS;
        }
        return ARTS_VERBS.contains(verb) ? RoleClass.OTHER : null;
    }

    /**
     * The class a practice of years gives a person the article gives no role ("Maggie Dowe has conducted the choir for
     * nineteen years", "Mick Quinlan has driven the route to Kestle Moor for six years", "Sasha Penrith has mended
     * clothes at the end table since 2019"): an art, a sport or teaching is other, a trade of one's own business, a
     * task of everyday life or work a member of the public's; any other practice ("has served", "has covered the White
     * House for 40 years") gives no class.
     */
    private static RoleClass knownForALongPractice(String text, String name) {
        if (name.strip().split("\\s+", -1).length < 2) {
            return null;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name.strip())
                        + "(?:,[^,.!?\\n]{1,60},)?\\s+(?:has|have|had)\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)\\b([^.!?;:\\n“”\"]{0,120}?)"
                        + "\\b(?:for\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:years|decades|months|seasons)|since\\s+(?:\\d{4}|the\\s+\\d{4}s"
                        + "|she|he|they|childhood|school))\\b")
                .matcher(text);
        if (!m.find() || PUBLIC_LIFE.matcher(m.group(2)).find()) {
            return null;
        }
        String verb = m.group(1);
        if (PRACTISED_ARTS.contains(verb)) {
            return RoleClass.OTHER;
        }
        if (TRADE_PARTICIPLES.contains(verb)) {
            return RoleClass.BUSINESS;
        }
        return EVERYDAY_PRACTICES.contains(verb) ? RoleClass.CITIZEN : null;
    }

    /** Participles of a trade of one's own: "has sold fish from the same pitch for 30 years". */
    private static final Set<String> TRADE_PARTICIPLES =
            Set.of("grown", "farmed", "owned", "sold", "brewed", "baked", "bred", "reared", "traded");

    /** Verbs of keeping a business, which say so only with the business named: "who runs the bakery". */
    private static final Set<String> KEEPING_VERBS = Set.of("runs", "ran", "run", "keeps", "kept");

    /** Participles of an art, a sport or teaching practised: the conductor, the bass, the rower, the coach. */
    private static final Set<String> PRACTISED_ARTS = Set.of(
            "conducted",
            "sung",
            "played",
            "painted",
            "rowed",
            "raced",
            "danced",
            "performed",
            "composed",
            "photographed",
            "coached",
            "taught",
            "preached",
            "sculpted",
            "acted",
            "bowled",
            "refereed");

    /** Participles of everyday life and of work done for a living: the resident, the driver, the volunteer. */
    private static final Set<String> EVERYDAY_PRACTICES = Set.of(
            "lived",
            "driven",
            "mended",
            "volunteered",
            "cleaned",
            "cooked",
            "delivered",
            "used",
            "visited",
            "attended",
            "walked",
            "swum",
            "cycled",
            "fished",
            "queued",
            "nursed",
            "cared",
            "commuted",
            "rented",
            "repaired",
            "fixed",
            "sewn",
            "knitted",
            "collected",
            "picked",
            "worked",
            "shopped");

    /** Auxiliaries and adverbs before a relative clause's verb: "who has long", "who still", "who now". */
    private static final String AUXILIARIES = "(?:(?:has|have|had|now|still|also|long|once|later|since|then)\\s+)*";

    /** Verbs of what befalls a private person, or of their home life. */
    private static final Set<String> PRIVATE_LIFE_VERBS = Set.of(
            "lives",
            "lived",
            "lost",
            "broke",
            "broken",
            "fell",
            "fallen",
            "injured",
            "hurt",
            "survived",
            "fled",
            "moved",
            "retired",
            "brought",
            "bought",
            "rents",
            "rented",
            "commutes",
            "uses",
            "used",
            "attends",
            "attended",
            "visits",
            "visited",
            "queued",
            "waited",
            "walks",
            "walked",
            "swims",
            "cycles",
            "drives",
            "shops",
            "relies",
            "depends",
            "cares",
            "cared",
            "nursed",
            "adopted",
            "inherited",
            "rescued",
            "evacuated",
            "stranded");

    /** A passive on what is someone's: "whose gateway was blocked", "whose shop had been flooded". */
    private static final Pattern BEFALLEN = Pattern.compile(
            "\\s+(?:was|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+(?:ed|en)\\b");

    /** Kin and home after "whose": "whose father died", "whose house flooded". */
    private static final Set<String> KIN_AND_HOME = Set.of(
            "father",
            "mother",
            "son",
            "daughter",
            "sons",
            "daughters",
            "husband",
            "wife",
            "partner",
            "child",
            "children",
            "kids",
            "baby",
            "twins",
            "grandson",
            "granddaughter",
            "grandchildren",
            "brother",
            "sister",
            "parents",
            "family",
            "home",
            "house",
            "flat",
            "cottage",
            "street",
            "car",
            "dog",
            "garden");

    /** Verbs of a trade of one's own: the grower, the farmer, the maker who sells. */
    private static final Set<String> TRADE_VERBS = Set.of(
            "grows",
            "grew",
            "farms",
            "farmed",
            "owns",
            "owned",
            "sells",
            "sold",
            "brews",
            "brewed",
            "bakes",
            "baked",
            "breeds",
            "bred",
            "rears",
            "reared",
            "trades",
            "traded",
            "imports",
            "exports",
            "stocks",
            "supplies");

    /** Verbs of an art or a sport practised: the conductor, the singer, the player (books stay out: politicians). */
    private static final Set<String> ARTS_VERBS = Set.of(
            "stroked",
            "coxed",
            "sails",
            "sailed",
            "conducts",
            "conducted",
            "sings",
            "sang",
            "sung",
            "plays",
            "played",
            "paints",
            "painted",
            "composes",
            "composed",
            "performs",
            "performed",
            "dances",
            "danced",
            "races",
            "raced",
            "rows",
            "rowed",
            "sculpts",
            "sculpted",
            "photographs",
            "photographed");

    /** Words of public life and office in a relative clause: not a member of the public's. */
    private static final Pattern PUBLIC_LIFE = Pattern.compile("\\b(?:campaign\\w*|elect\\w*|poll\\w*|vot\\w+|"
            + "nominat\\w+|party|senate|congress|parliament|council|office|minister|ministry|president\\w*|"
            + "candidates?|candidacy|primar(?:y|ies)|race|running|governor|mayor|administration|government|"
            + "committee|delegates?|caucus\\w*|policy|policies|legislation|bill|seat|lawmakers?)\\b");

    /**
     * Whether the article introduces the person by the trade they ply, its verb right after their whole name ("Alex
     * Tran builds steel bicycle frames in a former dairy", "Ada Lowe still smokes eels on the quay"): a maker or seller
     * on their own account.
     */
    private static boolean pliesATrade(String text, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name.strip())
                        + "\\s+(?:now\\s+|still\\s+|also\\s+)?(?:builds|sells|"
                        + "grows|brews|bakes|breeds|farms|rears|imports|exports|supplies|weaves|roasts|distils|smokes|"
                        + "forges|carves|tans|cures)\\s+(?!a\\b|an\\b|the\\s+case|it\\b|him\\b|her\\b|them\\b|us\\b|me\\b|you\\b"
                        + "|his\\b|their\\b|its\\b|out\\b|up\\b)")
                .matcher(text)
                .find();
    }

    /** Work told without a role: "has worked nights", "to work at the farm", "her job at a care home". */
    private static final String WORK_WITHOUT_ROLE =
            "(?:\\b(?:has|have|had)\\s+worked\\s+(?:nights|days|shifts|here|there)\\b"
                    + "|\\bworks?\\s+(?:nights|days|shifts|here)\\b|\\bto\\s+work\\s+(?:at|in|on)\\s+the\\b"
                    + "|\\b(?:her|his|their)\\s+(?:[a-z-]+\\s+)?job\\s+(?:at|in|on)\\s+(?:a|an|the)\\b)";

    /** Whose family a parent or a spouse is quoted for ("whose twins are in Year 4"). */
    private static final String FAMILY = "(?:children|child|kids|sons?|daughters?|twins|grandchildren|husband|wife)\\b";

    /** Works of art that make their maker an artist. */
    private static final String WORKS =
            "(?:albums?|novels?|films?|exhibitions?|sculptures?|paintings?|symphon(?:y|ies)|"
                    + "operas?|cantatas?|poems|songs|choreography|installations?)\\b";

    /** Events where officials and candidates are quoted: a place there says nothing of a private life. */
    private static final Pattern EVENT_WORDS = Pattern.compile(
            "\\b(?:rally|rallies|debate|event|conference|hearing|meeting|summit|briefing|convention|speech|ceremony|"
                    + "session|forum|interview|launch|campaign|visit|stop|dinner|gala|fundraiser|trial|court|"
                    + "inquiry|time|end|moment|past|meantime|world|country|region|party|race|statement|house|senate|"
                    + "chamber|parliament|assembly|council)s?\\b");

    /**
     * The class of a title the article puts before the person's name when it gives no role ("Judge Imogen Sallis",
     * "Inspector Denholm", "Dr Meera Iyer", "Prof. Lund"): a title is a role noun of {@code role-classes.tsv}, written
     * capitalised, before the whole name or the surname alone. Before the surname alone it may be another's of the
     * name ("President Obama" beside Michelle Obama): it is read so only when no other given name goes with that
     * surname in the text. Kin and neighbourhood nouns (citizen) are left out: "Father" before a name is a priest's.
     */
    private RoleClass titleClass(String text, String name) {
        String[] parts = name.strip().split("\\s+", -1);
        for (int i = 0; i < parts.length - 1; i++) {
            // "Senator Sanders", "Journalist Carl Leubsdorf": the title the engine left in the name
            RoleClass own = titleWordClass(parts[i]);
            if (own != null) {
                return own;
            }
        }
        // the name's words before its surname, each from where it may start ("Marco Rubio" or "Rubio" of "Republican
        // Marco Rubio"), on the title's line: "… President.\n\nMichaela Davis" is no President Davis
        String blank = "[ \\t]+";
        List<String> givens = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            givens.add(Pattern.quote(String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length - 1)))
                    .replace(" ", "\\E" + blank + "\\Q"));
        }
        boolean surnameShared = parts.length > 1
                && !otherGivenNames(text, parts[parts.length - 2], parts[parts.length - 1])
                        .isEmpty();
        String given = givens.isEmpty()
                ? ""
                : "(?:(?:" + String.join("|", givens) + ")" + blank + ")" + (surnameShared ? "" : "?");
        Matcher m = Pattern.compile(
                        "\\b(\\p{Lu}\\p{Ll}+)\\.?" + blank + given + Pattern.quote(parts[parts.length - 1]) + "\\b")
                .matcher(text);
        while (m.find()) {
            RoleClass byTitle = titleWordClass(m.group(1));
            if (byTitle != null) {
                return byTitle;
            }
        }
        return null;
    }

    /** The class of a capitalised word as a title ("Judge", "Sen."), null for other words and kin. */
    private RoleClass titleWordClass(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String title = word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        RoleClass byTitle = roles.get(ABBREVIATED_TITLES.getOrDefault(title, title));
        return byTitle == RoleClass.CITIZEN ? null : byTitle;
    }

    /**
     * Whether most attributions to the speaker rest on a document ("according to a report by the Orrin Institute"
     * names the institute, and the report is the source); a body that speaks for itself as often as its documents do
     * ("data published by Lenn Valley Water" and "Lenn Valley Water said") is the organisation.
     */
    private boolean documentMentions(String text, List<Span> mentions) {
        long documentary = mentions.stream()
                .filter(m -> isDocument(m.text()) || documentBefore(text, m.start()))
                .count();
        return documentary * 2 > mentions.size();
    }

    /** Whether the words right before a mention make it a document's author ("a report by", "a survey of"). */
    private boolean documentBefore(String text, int mentionStart) {
        Matcher m = DOCUMENT_BY.matcher(text.substring(Math.max(0, mentionStart - 60), mentionStart));
        return m.find() && documents.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The kind of source: a document by its head noun whatever the engine typed it, else from the speaker kind. */
    SourceKind kindOf(Entity speaker) {
        if (isDocument(speaker.name())) {
            return SourceKind.DOCUMENT;
        }
        return switch (speaker.kind()) {
            case PERSON -> SourceKind.PERSON;
            case ORGANIZATION -> SourceKind.ORGANISATION;
            // a named family or band is people; "the couple", "residents" are unnamed
            case GROUP -> named(speaker.name()) ? SourceKind.PERSON : SourceKind.ANONYMOUS;
            // "a spokeswoman for the ministry" speaks on the record for a body the article names: one person
            case ANONYMOUS -> speaksForNamedBody(speaker) ? SourceKind.PERSON : SourceKind.ANONYMOUS;
            case UNKNOWN -> SourceKind.UNKNOWN;
        };
    }

    /**
     * Whether an unnamed source is one spokesperson of a body the article names ("a spokesman for Vell Rail", "a board
     * spokeswoman" of the Halvern Valley Health Board: the words before the noun are the body's own).
     */
    private boolean speaksForNamedBody(Entity speaker) {
        List<String> words = words(speaker.name());
        if (speaker.affiliation() == null
                || !named(speaker.affiliation())
                || words.isEmpty()
                || roles.get(words.get(words.size() - 1)) != RoleClass.SPOKESPERSON) {
            return false;
        }
        List<String> body = words(speaker.affiliation());
        return body.containsAll(words.subList(0, words.size() - 1));
    }

    /**
     * Whether a source's head noun is a document's: its last word, the word before "by", "of" or "from", or the
     * noun right after its determiner.
     */
    private boolean isDocument(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        int head = words.size() - 1;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("by")
                    || words.get(i).equals("of")
                    || words.get(i).equals("from")) {
                head = i - 1;
                break;
            }
        }
        // "the figures published by …", "the notice filed with …": the noun right after the determiner heads it
        boolean determined = words.size() > 1 && isArticle(words.get(0));
        return documents.contains(words.get(head)) || (determined && documents.contains(words.get(1)));
    }

    private static boolean named(String name) {
        String[] parts = name.strip().split("\\s+", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0)) && !(i == 0 && isArticle(parts[i]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticle(String word) {
        return Set.of("the", "a", "an").contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The class of a person's role: its role nouns first (two-word ones before one-word, read from the head at the end
     * back), then its employer. An office title (secretary, president, chairwoman) takes the class of the organisation
     * it is held in, when the affiliation gives one.
     */
    RoleClass roleClass(String role, String affiliation) {
        if (role != null && CLERGY_TITLES.contains(role)) {
            return RoleClass.OTHER; // "Father Declan Rusk", "Sister Agnes": a title of the clergy, not kin
        }
        RoleClass byEmployer = employerClass(affiliation);
        if (role != null) {
            List<String> words = words(role);
            List<String> head = headPhrase(words);
            if (byEmployer == null && head.size() < words.size()) {
                // "member of parliament", "president of the teachers' union": the body the role names is its employer
                byEmployer = employerClass(String.join(" ", words.subList(head.size(), words.size())));
            }
            if (byEmployer == null
                    && head.size() > 1
                    && head.size() <= 4
                    && role.equals(role.toLowerCase(Locale.ROOT))) {
                // "union president", "city council member", "club captain": a body's common noun before the title is
                // its employer (capitalised names are not read so: "World Bank President"); an election's
                // "campaign chairman" is no campaign group's
                List<String> modifiers = new ArrayList<>(head.subList(0, head.size() - 1));
                modifiers.remove("campaign");
                modifiers.remove("office"); // "box office manager", "post office clerk": no government office
                byEmployer = employerClass(String.join(" ", modifiers));
            }
            RoleClass listedWhole = words.size() > 2 ? roles.get(String.join(" ", words)) : null;
            if (listedWhole != null) {
                return listedWhole; // "secretary of state", "member of parliament" as listed
            }
            RoleClass byRole = roleNounClass(head, byEmployer);
            if (byRole == null && head.size() < words.size()) {
                byRole = roleNounClass(words, byEmployer);
            }
            if (byRole != null) {
                // a retired teacher or builder speaks as a member of the public; a retired judge keeps the office
                boolean retired = !words.isEmpty() && words.get(0).equals("retired");
                return retired && PUBLIC_WHEN_RETIRED.contains(byRole) ? RoleClass.CITIZEN : byRole;
            }
        }
        if (byEmployer != null) {
            return byEmployer;
        }
        if (role != null && role.startsWith("retired ") && role.equals(role.toLowerCase(Locale.ROOT))) {
            // "retired pattern maker": a trade no list classes, left for a private life ("Retired Lt. Gen." is a rank)
            return RoleClass.CITIZEN;
        }
        if (role == null) {
            return null;
        }
        // a role no list classes is another's when it is headed by a noun of a person ("projectionist", "fiddler");
        // words the extractor took from a clause ("remarks", "linked no matter what", "will try another pivot") say
        // nothing of one
        List<String> head = headPhrase(words(role));
        int end = 0;
        while (end < head.size() && !CLAUSE_WORDS.contains(head.get(end))) {
            end++; // "projectionist since he was fifteen": the role ends where a clause begins
        }
        return end > 0 && namesAPerson(head.get(end - 1)) ? RoleClass.OTHER : null;
    }

    /** Words that open a clause or stand in one: a role's noun phrase ends before them. */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "since", "who", "whom", "whose", "that", "which", "when", "while", "what", "he", "she", "they", "it", "is",
            "was", "were", "has", "had", "have", "will", "would", "can", "could", "no", "not");

    /** Words of an agent noun's shape that name no one ("another pivot", "no matter what"). */
    private static final Set<String> NOT_PERSONS = Set.of(
            "another",
            "other",
            "either",
            "neither",
            "whether",
            "rather",
            "together",
            "under",
            "over",
            "after",
            "never",
            "ever",
            "however",
            "later",
            "former",
            "further",
            "earlier",
            "matter",
            "number",
            "order",
            "paper",
            "letter",
            "water",
            "power",
            "center",
            "centre",
            "summer",
            "winter",
            "corner",
            "border",
            "major",
            "minor",
            "prior",
            "recent",
            "current",
            "different",
            "important",
            "present",
            "percent");

    /**
     * Whether a word is a noun of a person: a listed role, title or person noun, an agent noun (grower, analyst) or a
     * compound of -man or -woman (ferryman).
     */
    private boolean namesAPerson(String word) {
        return roles.containsKey(word)
                || honorifics.containsKey(word)
                || lex.roleNoun(word) != null
                || (lex.isAgentNoun(word) && !NOT_PERSONS.contains(word))
                || (word.length() > 5 && (word.endsWith("man") || word.endsWith("woman")));
    }

    /** The opening of a campaign group's name: an imperative or a friendship, whatever the words after it. */
    private static final Pattern CAMPAIGN_NAME = Pattern.compile(
            "(?:the\\s+)?(?:Save|Stop|Keep|Protect|Friends\\s+of|Campaign\\s+(?:for|against))\\s+\\p{Lu}");

    /** Titles written short before a name ("Sen. Ted Cruz", "Cllr Ash", "Det. Insp. Rowe"), as the lexicon lists them. */
    private static final Map<String, String> ABBREVIATED_TITLES = Map.ofEntries(
            Map.entry("prof", "professor"),
            Map.entry("sen", "senator"),
            Map.entry("sens", "senator"),
            Map.entry("rep", "representative"),
            Map.entry("reps", "representative"),
            Map.entry("gov", "governor"),
            Map.entry("gen", "general"),
            Map.entry("sgt", "sergeant"),
            Map.entry("det", "detective"),
            Map.entry("insp", "inspector"),
            Map.entry("supt", "superintendent"),
            Map.entry("cllr", "councillor"),
            Map.entry("lt", "lieutenant"),
            Map.entry("col", "colonel"),
            Map.entry("capt", "captain"),
            Map.entry("adm", "admiral"),
            Map.entry("maj", "major"),
            Map.entry("cmdr", "commander"));

    /** Kin nouns that, capitalised before a name, are titles of the clergy. */
    private static final Set<String> CLERGY_TITLES = Set.of("Father", "Sister", "Brother", "Mother");

    /** Classes whose holders, once retired, are quoted as members of the public. */
    private static final Set<RoleClass> PUBLIC_WHEN_RETIRED = EnumSet.of(RoleClass.OTHER, RoleClass.BUSINESS);

    /** Prepositions that end a role's head phrase ("owner of the mill", "researcher at the institute"). */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "in", "on", "with", "from");

    /** The words of a role before its first preposition: the object of "owner of the mill" is no role. */
    private static List<String> headPhrase(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (ROLE_PREPOSITIONS.contains(words.get(i))) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    /**
     * The class of the last listed role noun in {@code words} (two-word ones before one-word), an office title taking
     * its employer's; null when none is listed.
     */
    private RoleClass roleNounClass(List<String> words, RoleClass byEmployer) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (i > 0) {
                String two = words.get(i - 1) + " " + words.get(i);
                if (officeTitles.contains(two) && byEmployer != null) {
                    return byEmployer;
                }
                RoleClass listedTwo = roles.get(two);
                if (listedTwo != null) {
                    return listedTwo;
                }
            }
            String one = words.get(i);
            if (one.startsWith("co-") && !roles.containsKey(one)) {
                one = one.substring(3); // "co-director", "co-chair": a role shared is the role
            }
            if (officeTitles.contains(one) && byEmployer != null) {
                return byEmployer;
            }
            RoleClass listed = roles.get(one);
            if (listed == null && Lexicons.isScientist(one)) {
                listed = RoleClass.EXPERT; // glaciologist, epidemiologist
            }
            if (listed != null) {
                return listed;
            }
        }
        return null;
    }

    private RoleClass employerClass(String affiliation) {
        if (affiliation == null) {
            return null;
        }
        if (CAMPAIGN_NAME.matcher(affiliation).lookingAt()) {
            return RoleClass.ADVOCATE; // "Save Pennock Ford Post Office", "Friends of Carrow Park": a campaign's name
        }
        List<String> words = words(affiliation);
        for (int i = words.size() - 1; i >= 0; i--) {
            RoleClass byEmployer = employers.get(words.get(i));
            if (byEmployer != null) {
                return byEmployer;
            }
        }
        // "Students for Life of America", "Democracy for America", "Concerned Women for America": a body named for
        // the cause it stands for
        return CAUSE_NAME.matcher(affiliation).find() ? RoleClass.ADVOCATE : null;
    }

    /** A name of capitalised words joined by "for" to the cause it stands for. */
    private static final Pattern CAUSE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\s+(?i:for)\\s+\\p{Lu}");

    /** Adds a gendered pronoun as evidence; false when the span is no such pronoun. */
    private static boolean pronounEvidence(Span mention, List<GenderEvidence> evidence) {
        String word = mention.text().strip().toLowerCase(Locale.ROOT);
        if (FEMALE_PRONOUNS.contains(word)) {
            evidence.add(new GenderEvidence(GenderEvidence.Kind.PRONOUN, mention, Gender.FEMALE));
            return true;
        }
        if (MALE_PRONOUNS.contains(word)) {
            evidence.add(new GenderEvidence(GenderEvidence.Kind.PRONOUN, mention, Gender.MALE));
            return true;
        }
        return false;
    }

    /** Gendered role nouns in a span of the article ("the spokeswoman", "Councilwoman"). */
    private void roleWords(Span span, List<GenderEvidence> evidence) {
        Matcher m = WORD.matcher(span.text());
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            Gender gender = genderedRoleNoun(word);
            if (gender != null) {
                int start = span.start() + m.start();
                evidence.add(new GenderEvidence(
                        GenderEvidence.Kind.ROLE,
                        new Span(m.group(), start, start + m.group().length()),
                        gender));
            }
        }
    }

    /** "Her husband, " right before a name; ", his sister," right after it. */
    private static final Pattern KIN_BEFORE = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s+(\\p{Ll}+),\\s+$");

    private static final Pattern SENIOR_OR_JUNIOR = Pattern.compile("\\s+(?:Sr|Jr)\\b");

    private static final Pattern KIN_AFTER = Pattern.compile("^,\\s+(?:his|her|their)\\s+(\\p{Ll}+)\\s*[,.]");

    /**
     * Adds the gendered noun of kin in apposition to the person's full name ("Her husband, Peter Oduya, collects …",
     * "Ravi Pell, her nephew,"): a role noun the article gives them, for gender only. Reads a few words either side
     * of at most {@value #MAX_PLACES} places that name them.
     */
    private void kinInApposition(String text, String name, List<GenderEvidence> evidence) {
        String whole = name.strip();
        if (whole.indexOf(' ') < 0) {
            return;
        }
        int places = 0;
        for (int at = text.indexOf(whole); at >= 0 && places < MAX_PLACES; at = text.indexOf(whole, at + 1)) {
            places++;
            int end = at + whole.length();
            if (SENIOR_OR_JUNIOR
                    .matcher(text.substring(end, Math.min(text.length(), end + 6)))
                    .lookingAt()) {
                continue; // "His father, Duncan Hunter Sr.": another person of the same name
            }
            int from = Math.max(0, at - 40);
            Matcher before = KIN_BEFORE.matcher(text.substring(from, at));
            Matcher after = KIN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
            if (before.find()) {
                kin(before.group(1), from + before.start(1), evidence);
            } else if (after.find()) {
                kin(after.group(1), end + after.start(1), evidence);
            }
        }
    }

    private void kin(String noun, int start, List<GenderEvidence> evidence) {
        Gender gender = genderedWords.get(noun);
        if (gender != null) {
            evidence.add(
                    new GenderEvidence(GenderEvidence.Kind.ROLE, new Span(noun, start, start + noun.length()), gender));
        }
    }

    private Gender genderedRoleNoun(String word) {
        if (honorifics.containsKey(word)) {
            return null; // a title is an honorific, read before a name only
        }
        Gender listed = genderedWords.get(word);
        if (listed != null) {
            return listed;
        }
        // chairwoman, councilwoman, policewoman; councilman, congressman (not "human", "german": role words only)
        if (word.length() > 6 && word.endsWith("woman")) {
            return Gender.FEMALE;
        }
        if (word.length() > 5 && word.endsWith("man") && roles.containsKey(word)) {
            return Gender.MALE;
        }
        return null;
    }

    /** Honorifics right before the speaker's surname, or before a given name that precedes it (Mrs Ilse Varga). */
    private void honorificsBefore(String text, String name, List<Span> mentions, List<GenderEvidence> evidence) {
        List<String> parts = List.of(name.strip().split("\\s+", -1));
        if (parts.isEmpty() || parts.get(parts.size() - 1).length() < 2) {
            return;
        }
        String surname = parts.get(parts.size() - 1);
        String given = parts.size() > 1 ? parts.get(0) : null;
        Pattern honorific = Pattern.compile("\\b(\\p{L}+\\.?)\\s+(?:"
                + (given == null ? "" : Pattern.quote(given) + "\\s+") + ")?" + Pattern.quote(surname) + "\\b");
        Set<Character> others = null; // read from the whole text only when a bare title asks
        Matcher m = honorific.matcher(text);
        while (m.find()) {
            Gender gender = honorifics.get(m.group(1).toLowerCase(Locale.ROOT));
            boolean bare = given != null && !m.group().contains(given);
            if (gender != null && bare && others == null) {
                // "President Obama" has no given name of his own to tell him from Barack Obama by
                others = lex.isTitle(given) ? Set.of() : otherGivenNames(text, given, surname);
            }
            boolean another = gender != null && bare && others.contains(gender == Gender.FEMALE ? 'F' : 'M');
            if (gender != null && (!bare || !another || ownMention(mentions, m.start(1)))) {
                // "His sister, Carol Venn, … Ms Venn said": when another Venn named may be a woman, a bare "Ms Venn"
                // is this one's only where the engine took it for them ("Mr. Obama" beside Michelle Obama is Barack)
                evidence.add(new GenderEvidence(
                        GenderEvidence.Kind.HONORIFIC, new Span(m.group(1), m.start(1), m.end(1)), gender));
            }
        }
    }

    private static boolean ownMention(List<Span> mentions, int at) {
        for (Span m : mentions) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The genders the first-name lexicon gives the other given names the text puts before this surname ("Carol Venn"
     * beside Graham Venn): which of two people a title names is the resolver's kind of question, so a first name may
     * answer it (never the gender itself). A word the lexicon does not know is no given name here ("the Mirabeau
     * Trump hotel").
     */
    private Set<Character> otherGivenNames(String text, String given, String surname) {
        Set<Character> others = new HashSet<>();
        Matcher m = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+)\\s+" + Pattern.quote(surname) + "\\b")
                .matcher(text);
        while (m.find()) {
            char known = lex.gender(m.group(1));
            if (known != 0 && !m.group(1).equals(given)) {
                others.add(known);
            }
        }
        return others;
    }

    private static List<GenderEvidence> dedupe(List<GenderEvidence> evidence) {
        List<GenderEvidence> out = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        evidence.stream()
                .sorted(java.util.Comparator.comparingInt(e -> e.span().start()))
                .filter(e -> starts.add(e.span().start()))
                .forEach(out::add);
        return out;
    }

    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
