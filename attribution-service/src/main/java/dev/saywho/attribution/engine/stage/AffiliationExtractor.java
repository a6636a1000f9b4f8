package dev.saywho.attribution.engine.stage;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Evidence;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.NameRun;
import dev.saywho.attribution.engine.model.Paragraph;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Stage 8: role and affiliation of a named speaker from the article: appositions ("Moon, a former general in X,"
 * / "Moon, now with Y,"), pre-modifiers ("Trade Minister Lev Abramov", "the agency's chief executive, X"),
 * "X of Y" and "a spokesman for Y". The role (former general, spokesman) is kept apart from the organisation.
 */
public final class AffiliationExtractor {

    /** A role and an affiliation; either may be null. */
    /**
     * A role and an affiliation; either may be null; each with where the article gives it ({@code roleEvidence},
     * {@code affiliationEvidence}: the role's words, the organisation's name or the description it was resolved
     * from), null when none.
     */
    public record RoleAffiliation(
            String role, String affiliation, Evidence roleEvidence, Evidence affiliationEvidence) {

        public RoleAffiliation(String role, String affiliation) {
            this(role, affiliation, null, null);
        }
    }

    private static final Set<String> PREPOSITIONS = words("of", "for", "at", "with", "in", "to");
    private static final Set<String> STRONG = words("of", "for", "at", "with");
    /** A plain word (letters, inner hyphens) that may qualify a role: "minority", "Senate", "campaign". */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("\\p{L}[\\p{L}-]*");

    private static final Set<String> FUNCTION_WORDS = words(
            "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "as", "that", "this",
            "his", "her", "their", "its", "our", "said", "says", "told", "is", "was", "were", "are", "be", "been",
            "has", "have", "had", "will", "would", "when", "while", "after", "before", "then", "who", "which", "but");
    private static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame");
    /** Work cap per entity. */
    private static final int MAX_RUNS = 5_000;

    /**
     * Verbs of a relative clause that give a role ("X, who chairs the Y Committee," is the committee's chair), with
     * the role each gives; null for a verb that gives the organisation alone ("who works for Y").
     */
    private static final java.util.Map<String, String> RELATIVE_ROLES = relativeRoles();

    private final Lexicons lex;
    private final EntityResolver resolver;

    public AffiliationExtractor(Lexicons lex) {
        this.lex = lex;
        this.resolver = new EntityResolver(lex);
    }

    /** Adverbs between a perfect's auxiliary and its verb ("who has long run", "who had since worked"). */
    private static final Set<String> PERFECT_ADVERBS =
            Set.of("now", "also", "long", "since", "already", "always", "just", "recently", "previously");

    /** Adverbs between "and" and a relative clause's second verb ("and now manages"). */
    private static final Set<String> COORDINATED_ADVERBS = Set.of("now", "also", "later", "still", "today");

    /** Roles a relative clause's verb gives by itself, with no organisation after it. */
    private static final Set<String> STANDALONE_RELATIVE_ROLES =
            Set.of("farmer", "resident", "researcher", "campaigner", "volunteer", "teacher");

    /**
     * Roles a relative clause's verb gives with the unnamed thing it governs: "who owns two trawlers" (owner of two
     * trawlers), "who runs a café beside the terminal" (manager of a café beside the terminal).
     */
    private static final java.util.Map<String, String> ROLES_OF_AN_UNNAMED_OBJECT = java.util.Map.ofEntries(
            java.util.Map.entry("owner", "owner"),
            java.util.Map.entry("head", "manager"),
            java.util.Map.entry("manager", "manager"),
            java.util.Map.entry("founder", "founder"),
            java.util.Map.entry("co-founder", "co-founder"),
            java.util.Map.entry("organiser", "organiser"),
            java.util.Map.entry("organizer", "organizer"),
            java.util.Map.entry("coach", "coach"),
            java.util.Map.entry("editor", "editor"),
            java.util.Map.entry("writer", "writer"),
            java.util.Map.entry("chair", "chair"),
            java.util.Map.entry("curator", "curator"),
            java.util.Map.entry("coordinator", "coordinator"));

    /** Words that open the thing a role verb governs: "runs a café", "owns two trawlers" (not "runs for mayor"). */
    private static final Set<String> OBJECT_OPENERS =
            Set.of("a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several");

    private static boolean opensAnObject(Token t) {
        return t.word()
                && (OBJECT_OPENERS.contains(t.text())
                        || Character.isDigit(t.text().charAt(0)));
    }

    /** Participles after a copula that put someone in an office ("was elected mayor"). */
    private static final Set<String> APPOINTING = Set.of("appointed", "elected", "named", "made", "re-elected");

    private static boolean atAPlace(Token t) {
        return t.isLower("for") || t.isLower("at") || t.isLower("with");
    }

    /** Verbs of leading, whose unnamed object is often a task ("led the search"), not a business. */
    private static final Set<String> LEADING_VERBS = Set.of("leads", "led", "heads", "headed");

    /** Words that end the unnamed object a role is of: a clause or a coordination begins. */
    private static final Set<String> OBJECT_ENDS =
            Set.of("where", "which", "that", "who", "whose", "and", "since", "when", "while", "for", "to");

    /** At most this many words of the unnamed object go into the role ("owner of the hill farm"). */
    private static final int MAX_OBJECT_WORDS = 6;

    /** The last words of political bodies whose head is their leader ("the Residents' Alliance", "Labour Party"). */
    private static final Set<String> LED_BY_A_LEADER =
            Set.of("alliance", "party", "opposition", "coalition", "caucus", "bloc", "faction", "movement");

    /** "… Group on the Marrow Bay Borough Council": a group sitting in an elected body is a political one. */
    private static boolean onAnAssembly(Document doc, int from, int end) {
        boolean on = false;
        for (int k = from; k < end; k++) {
            on |= doc.token(k).isLower("on") || doc.token(k).isLower("in");
            if (on && ASSEMBLIES.contains(doc.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ASSEMBLIES = Set.of("council", "assembly", "parliament", "senate", "chamber");

    private static java.util.Map<String, String> relativeRoles() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        m.put("chairs", "chair");
        m.put("chaired", "chair");
        m.put("leads", "head");
        m.put("led", "head");
        m.put("heads", "head");
        m.put("headed", "head");
        m.put("runs", "head");
        m.put("ran", "head");
        m.put("directs", "director");
        m.put("manages", "manager");
        m.put("managed", "manager");
        m.put("founded", "founder");
        m.put("co-founded", "co-founder");
        m.put("owns", "owner");
        m.put("farms", "farmer");
        m.put("farmed", "farmer");
        m.put("coaches", "coach");
        m.put("captains", "captain");
        m.put("edits", "editor");
        m.put("organises", "organiser");
        m.put("organizes", "organizer");
        m.put("organised", "organiser");
        m.put("organized", "organizer");
        m.put("owned", "owner");
        m.put("studies", "researcher");
        m.put("researches", "researcher");
        m.put("volunteered", "volunteer");
        m.put("teaches", "teacher");
        m.put("taught", "teacher");
        m.put("lives", "resident");
        m.put("lived", "resident");
        m.put("run", "head");
        m.put("campaigns", "campaigner");
        m.put("campaigned", "campaigner");
        m.put("represents", "representative");
        m.put("writes", "writer");
        m.put("curates", "curator");
        m.put("coordinates", "coordinator");
        m.put("coordinated", "coordinator");
        m.put("works", "");
        m.put("worked", "");
        m.put("volunteers", "volunteer");
        m.put("sits", "");
        m.put("serves", "");
        return java.util.Map.copyOf(m);
    }

    /** Role and affiliation of the entity named {@code name}, from all its name runs in the article. */
    /**
     * The role and affiliation of {@code name}; {@code person} says whether it names a person, whom an organisation's
     * possessive before the name employs ("Tessaly News’ Ilse Varga"), unlike an organisation's ("the court’s Citizens
     * United ruling").
     */
    public RoleAffiliation extract(
            Document doc, List<NameRun> runs, String name, List<Mention> mentions, boolean person) {
        String role = null;
        String affiliation = null;
        Evidence roleEvidence = null;
        Evidence affiliationEvidence = null;
        int affiliationRank = 0;
        @SuppressWarnings("StringSplitter") // trailing empty strings dropped on purpose: words[length - 1] is a word
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        String firstWord = words[0];
        int examined = 0;
        for (NameRun r : runs) {
            if (examined++ > MAX_RUNS) {
                break;
            }
            List<String> w = r.words();
            boolean same = String.join(" ", w).equals(name)
                    || (w.size() == 1 && (w.get(0).equals(last) || w.get(0).equals(firstWord)) && words.length > 1);
            if (!same) {
                continue;
            }
            Found f = apposition(doc, runs, r.endToken());
            if (f != null && f.role != null && afterAccordingTo(doc, r) && !rolePhrase(f.role)) {
                // "According to Lindqvist-Obi, the fire released …": the comma closes the cue and the content
                // follows; only a phrase headed by a role is an apposition there
                f = null;
            }
            if (f == null) {
                f = premodifier(doc, runs, r.firstToken(), person);
            }
            if (f == null && person) {
                f = copula(doc, runs, r.endToken());
            }
            if (f == null && person) {
                f = mainClauseRole(doc, runs, r.endToken());
            }
            if (f == null && person) {
                f = afterAnAge(doc, runs, r.endToken());
            }
            if (f == null && person) {
                f = yearsAs(doc, runs, r.endToken());
            }
            if (f == null && person) {
                f = asARole(doc, runs, r);
            }
            if (f == null && person) {
                f = nextSentenceSubject(doc, runs, r);
            }
            if (f == null && person) {
                f = possessedRoleBefore(doc, runs, r);
            }
            if (f == null && person) {
                f = possessedBusiness(doc, r.endToken());
            }
            Found of = ofOrganisation(doc, r.endToken());
            if (of != null && (f == null || f.affiliation == null)) {
                f = new Found(f == null ? null : f.role, of.affiliation, of.rank);
            }
            if (f == null) {
                continue;
            }
            Sentence sentence = doc.sentenceOf(r.firstToken());
            // the first role found, unless it is lower-case words that name no one ("remarks", "that he has drawn
            // even": words of a clause) and a later place names a role ("Democratic presidential contender Hillary
            // Clinton"); a capitalised word may be a party's or a title's ("Republican", "Secretary of State")
            if (f.role != null
                    && (role == null
                            || (role.equals(role.toLowerCase(java.util.Locale.ROOT))
                                    && !rolePhrase(role)
                                    && !namesARoleAnywhere(role)
                                    && listedRole(f.role)))) {
                role = AGE.matcher(f.role).replaceFirst(""); // "20-year-old forward": the age is no part of the role
                roleEvidence = nearest(doc.text(), sentence, r, f.role);
                if (roleEvidence == null) {
                    roleEvidence = nearestInParagraph(doc, sentence, r, f.role);
                }
            }
            if (f.affiliation != null && f.rank > affiliationRank) {
                affiliation = f.affiliation;
                affiliationRank = f.rank;
                affiliationEvidence = nearest(doc.text(), sentence, r, f.affiliation);
                if (affiliationEvidence == null && f.source != null) {
                    affiliationEvidence = nearest(doc.text(), sentence, r, f.source);
                }
            }
        }
        if (affiliation == null && role != null) {
            affiliation = organisationNamedInRole(doc, runs, role);
            affiliationEvidence = affiliation == null ? null : roleEvidence;
        }
        String full = affiliation == null ? null : resolver.fullOrganisationName(runs, affiliation);
        if (full != null) {
            affiliation = full; // "Brisdale manager Dmitri Abara": the club the article named as "Brisdale Athletic"
        }
        return new RoleAffiliation(role, affiliation, roleEvidence, affiliationEvidence);
    }

    /** The occurrence of {@code words} in {@code sentence} nearest to name run {@code r}, or null. */
    private static Evidence nearest(String text, Sentence sentence, NameRun r, String words) {
        return nearest(text, sentence.start(), sentence.end(), r, words);
    }

    /**
     * The occurrence of {@code words} in the paragraph of {@code sentence} nearest to name run {@code r}, or null: a
     * role the sentence before or after gave ("As chairwoman of …, she").
     */
    private static Evidence nearestInParagraph(Document doc, Sentence sentence, NameRun r, String words) {
        Paragraph p = doc.paragraphs().get(sentence.paragraph());
        return nearest(doc.text(), p.start(), p.end(), r, words);
    }

    private static Evidence nearest(String text, int start, int end, NameRun r, String words) {
        Evidence best = null;
        int bestDistance = Integer.MAX_VALUE;
        int from = start;
        while (true) {
            int i = text.indexOf(words, from);
            if (i < 0 || i + words.length() > end) {
                return best;
            }
            int distance = i >= r.end() ? i - r.end() : Math.max(0, r.start() - (i + words.length()));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new Evidence(i, i + words.length());
            }
            from = i + 1;
        }
    }

    /**
     * "Union president Tobias Renn" in an article about "the Vellmar Farmers’ Union": a lower-case organisation word in
     * the role names the organisation the article introduced with that word as its head, if there is exactly one.
     */
    /** Organisation words that name a kind of job, not the employer: a press secretary does not work for the Press. */
    private static final java.util.Set<String> NOT_AN_EMPLOYER = java.util.Set.of("press", "media", "news");

    private String organisationNamedInRole(Document doc, List<NameRun> runs, String role) {
        for (String word : role.split(" ", -1)) {
            if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || NOT_AN_EMPLOYER.contains(word)) {
                continue;
            }
            String head = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (!lex.isOrgHead(head)) {
                continue;
            }
            String found = null;
            for (NameRun r : runs) {
                List<String> w = r.words();
                if (r.type() == NameRun.Type.ORGANIZATION
                        && w.size() > 1
                        && w.get(w.size() - 1).equals(head)) {
                    String name = text(doc, r.firstToken(), r.endToken());
                    if (found != null && !found.equals(name)) {
                        return null; // two candidates: the role does not say which
                    }
                    found = name;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * What one construction gives: role, affiliation, how sure the affiliation is ({@code rank}), and the words the
     * affiliation was resolved from when they differ from its name ("the museum", "its"), or null.
     */
    private record Found(String role, String affiliation, int rank, String source) {

        Found(String role, String affiliation, int rank) {
            this(role, affiliation, rank, null);
        }
    }

    /** "Dr. Joel Marchetti of the Orrin Institute": {@code of} and a capitalised name right after the speaker's. */
    private Found ofOrganisation(Document doc, int after) {
        if (after + 1 >= doc.tokenCount() || !doc.token(after).isLower("of")) {
            return null;
        }
        Sentence s = doc.sentenceOf(after);
        int a = after + 1;
        if (a < s.endToken() && doc.token(a).isLower("the")) {
            a++;
        }
        int b = a;
        while (b < s.endToken()
                && b - a < 8
                && (doc.token(b).capitalized()
                        || (b > a
                                && (doc.token(b).isLower("of")
                                        || doc.token(b).isLower("for")
                                        || doc.token(b).is("&"))
                                && b + 1 < s.endToken()
                                && doc.token(b + 1).capitalized()))) {
            b++;
        }
        if (b == a) {
            return null;
        }
        return new Found(null, text(doc, a, b), hasOrgHead(doc, a, b) ? 3 : 1);
    }

    /**
     * "Agnethe Vollan-Brisk was chair of the Skerrholm Community Energy Society", "X is the club's treasurer": a
     * copula right after the name and a description whose head is a role.
     */
    private Found copula(Document doc, List<NameRun> runs, int after) {
        if (after + 2 < doc.tokenCount()
                && (doc.token(after).isLower("has") || doc.token(after).isLower("had"))
                && doc.token(after + 1).isLower("been")) {
            after++; // "X has been harbourmaster for twelve years": the perfect of the copula
        }
        if (after + 1 >= doc.tokenCount()
                || !(doc.token(after).isLower("is")
                        || doc.token(after).isLower("was")
                        || doc.token(after).isLower("been")
                        || doc.token(after).isLower("became")
                        || doc.token(after).isLower("becomes"))) {
            return null;
        }
        Sentence s = doc.sentenceOf(after);
        int a = after + 1;
        if (a + 1 < s.endToken() && APPOINTING.contains(doc.token(a).lower())) {
            a++; // "was appointed harbourmaster in 2019", "was elected mayor": the office after the participle
        }
        int b = a;
        while (b < s.endToken() && b - a < 14) {
            Token t = doc.token(b);
            if (t.is(",")
                    || t.is(".")
                    || t.is(";")
                    || t.is("—")
                    || QuoteMarks.isQuoteMark(t)
                    || (t.word() && !t.capitalized() && (t.isLower("when") || t.isLower("and") || t.isLower("who")))) {
                break;
            }
            b++;
        }
        for (int t = a + 1; t + 1 < b; t++) {
            if (timeAdverbial(doc, t)) {
                b = t; // "became chief dispatcher of the depot in 2015": when, not part of the role
                break;
            }
        }
        for (int t = a + 1; t < b; t++) {
            if ((doc.token(t).isLower("here") || doc.token(t).isLower("there"))
                    && lex.roleNoun(doc.token(t - 1).lower()) == Lexicons.NounClass.ROLE) {
                b = t; // "has been a mason here since 2011": where, not part of the role ("is stronger now" has none)
                break;
            }
        }
        int head = a;
        while (head < b
                && (doc.token(head).isLower("a")
                        || doc.token(head).isLower("an")
                        || doc.token(head).isLower("the")
                        || doc.token(head).isLower("its")
                        || doc.token(head).isLower("their")
                        || !doc.token(head).word())) {
            head++;
        }
        int k = head;
        while (k < b
                && !(doc.token(k).word() && PREPOSITIONS.contains(doc.token(k).lower()))
                && !doc.token(k).is("'s")
                && !doc.token(k).is("’s")) {
            k++;
        }
        if (k >= b || k == head) {
            k = b;
        }
        String last = doc.token(k - 1).lower();
        if (lex.roleNoun(last) != Lexicons.NounClass.ROLE
                && !lex.isAgentNoun(last)
                && !lex.isTitle(doc.token(k - 1).text())) {
            // the role noun may follow a possessor: "is the club's treasurer"
            int mark = possessiveWithin(doc, a, b);
            int end = mark + 1;
            while (end < b
                    && !(doc.token(end).word()
                            && PREPOSITIONS.contains(doc.token(end).lower()))) {
                end++;
            }
            if (mark < 0 || end <= mark + 1 || lex.roleNoun(doc.token(end - 1).lower()) != Lexicons.NounClass.ROLE) {
                return null;
            }
        }
        Found f = parseDescription(doc, runs, a, b);
        return f == null || f.role == null ? null : f;
    }

    /**
     * "Bryony Castell runs a café beside the terminal", "Tomas Brel has farmed at Sedge End since 1990": a verb of a
     * role right after the name, read as the relative clause it could have been; copulas are {@link #copula}'s.
     */
    private Found mainClauseRole(Document doc, List<NameRun> runs, int after) {
        if (after >= doc.tokenCount() || !doc.token(after).word()) {
            return null;
        }
        int sentenceEnd = doc.sentenceOf(after).endToken();
        int verb = perfectVerb(doc, after, sentenceEnd);
        String lower = doc.token(verb).lower();
        if (!RELATIVE_ROLES.containsKey(lower) || lower.equals("is") || lower.equals("was")) {
            return foundedBusiness(doc, verb, sentenceEnd); // "Alder opened the bakery in 2016"
        }
        return relativeClause(doc, runs, after, sentenceEnd);
    }

    /** "Morna Tay is 88 and lives down the road": an age by copula, then the verb of a role. */
    private Found afterAnAge(Document doc, List<NameRun> runs, int after) {
        if (after >= doc.tokenCount()) {
            return null; // the name ends the text
        }
        int end = doc.sentenceOf(after).endToken();
        if (after + 1 < end && doc.token(after).is(",")) {
            after++; // "That aunt, Morna Tay, is 88": the name in apposition to its subject
        }
        if (after + 3 < end
                && (doc.token(after).isLower("is") || doc.token(after).isLower("was"))
                && anAge(doc.token(after + 1))
                && doc.token(after + 2).isLower("and")) {
            return mainClauseRole(doc, runs, after + 3);
        }
        return null;
    }

    private static final Set<String> TENS =
            Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a hundred");

    /** "88", "eighty-two": a number that can be a person's age. */
    private static boolean anAge(Token t) {
        String w = t.lower();
        int hyphen = w.indexOf('-');
        return Character.isDigit(w.charAt(0)) || TENS.contains(hyphen < 0 ? w : w.substring(0, hyphen));
    }

    /**
     * "Wyn Tarrant spent twenty years as a pattern maker at the works before retiring": the trade of a working life
     * that ended in retirement; one that ended in another ("before she took over the croft") is no role now.
     */
    private Found yearsAs(Document doc, List<NameRun> runs, int after) {
        if (after >= doc.tokenCount()) {
            return null;
        }
        int end = doc.sentenceOf(after).endToken();
        if (after >= end || !doc.token(after).isLower("spent")) {
            return null;
        }
        int as = after + 1;
        while (as < end && as - after <= 4 && !doc.token(as).isLower("as")) {
            as++;
        }
        if (as >= end || !doc.token(as).isLower("as") || as == after + 1) {
            return null;
        }
        int b = as + 1;
        while (b < end
                && !doc.token(b).isLower("before")
                && !doc.token(b).is(",")
                && !doc.token(b).is(".")) {
            b++;
        }
        Found f = b > as + 1 ? parseDescription(doc, runs, as + 1, b) : null;
        if (f == null || f.role == null || !rolePhrase(f.role)) {
            return null;
        }
        boolean retiring = b + 1 < end
                && doc.token(b).isLower("before")
                && (doc.token(b + 1).isLower("retiring")
                        || (b + 2 < end && doc.token(b + 2).isLower("retired")));
        // "spent twenty years as a schoolteacher before she took over the croft": a past trade, not the one now
        return retiring ? new Found("retired " + f.role, f.affiliation, f.rank, f.source) : null;
    }

    /**
     * "As chair of the Dunmore Rail Users' Group, Nia Hollis counts …", or the same opening a sentence whose subject is
     * a pronoun for the person just named ("Nia Hollis has caught the early train for years. As chair of …, she …").
     */
    private Found asARole(Document doc, List<NameRun> runs, NameRun r) {
        Sentence own = doc.sentenceOf(r.firstToken());
        Found f = asOpening(doc, runs, own, r.firstToken());
        if (f != null) {
            return f;
        }
        Sentence next = sentenceAfter(doc, own);
        if (next == null || !onlyPersonNamed(doc, runs, own, r)) {
            return null;
        }
        return asOpening(doc, runs, next, -1);
    }

    /**
     * The role of an "As …," opening of {@code s} when its subject after the comma is the token {@code subject} (or,
     * with -1, a he or she).
     */
    private Found asOpening(Document doc, List<NameRun> runs, Sentence s, int subject) {
        int as = s.firstToken();
        if (as >= s.endToken() || !doc.token(as).text().equals("As")) {
            return null;
        }
        int comma = as + 1;
        while (comma < s.endToken() && comma - as <= 12 && !doc.token(comma).is(",")) {
            if (doc.token(comma).word()
                    && !doc.token(comma).capitalized()
                    && (lex.speechVerb(doc.token(comma).lower()) != null
                            || doc.token(comma).isLower("is")
                            || doc.token(comma).isLower("was"))) {
                return null; // "As the minister said, …", "As the storm was passing, …": a clause, no role
            }
            comma++;
        }
        if (comma + 1 >= s.endToken() || !doc.token(comma).is(",")) {
            return null;
        }
        Token after = doc.token(comma + 1);
        boolean subjectHere = subject < 0 ? after.isLower("he") || after.isLower("she") : comma + 1 == subject;
        if (!subjectHere) {
            return null;
        }
        Found f = parseDescription(doc, runs, as + 1, comma);
        return f == null || f.role == null || !rolePhrase(f.role) ? null : f;
    }

    /** Subjects that take up the one person of the sentence before: he, she, "the 52-year-old". */
    private static int anaphoricSubjectEnd(Document doc, Sentence s) {
        int t = s.firstToken();
        if (t + 1 >= s.endToken()) {
            return -1;
        }
        if (doc.token(t).text().equals("He") || doc.token(t).text().equals("She")) {
            return t + 1;
        }
        if (doc.token(t).text().equals("The")
                && AGED.matcher(doc.token(t + 1).text()).matches()) {
            return t + 2;
        }
        return -1;
    }

    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /**
     * "Inside, Jonas Bray bids on every lot. The 52-year-old runs the fish merchant his father founded": a sentence
     * whose subject takes up the one person just named, with the verb of a role.
     */
    private Found nextSentenceSubject(Document doc, List<NameRun> runs, NameRun r) {
        Sentence own = doc.sentenceOf(r.firstToken());
        Sentence next = sentenceAfter(doc, own);
        if (next == null || !onlyPersonNamed(doc, runs, own, r)) {
            return null;
        }
        int subjectEnd = anaphoricSubjectEnd(doc, next);
        if (subjectEnd < 0
                || !doc.token(subjectEnd).lower().endsWith("s")
                || doc.token(subjectEnd).isLower("has")
                || campaignWithin(doc, subjectEnd, next.endToken())) {
            // "runs", "owns": what the person does now; "He has run a brilliant campaign" is a candidate's, no trade
            return null;
        }
        char pronoun = doc.token(next.firstToken()).text().equals("He")
                ? 'M'
                : doc.token(next.firstToken()).text().equals("She") ? 'F' : 0;
        if (pronoun != 0 && r.gender() != 0 && r.gender() != pronoun) {
            return null;
        }
        return mainClauseRole(doc, runs, subjectEnd);
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "in", "to", "near", "outside", "across");

    /**
     * "The foundry's owner is blunt about what comes next. “…,” Wolska says.": a sentence of the paragraph that opens on
     * a possessed role noun, with no other person named between it and the name.
     */
    private Found possessedRoleBefore(Document doc, List<NameRun> runs, NameRun r) {
        Sentence own = doc.sentenceOf(r.firstToken());
        List<Sentence> all = doc.sentences();
        for (int i = own.index(); i >= 0 && i >= own.index() - 2; i--) {
            Sentence s = all.get(i);
            if (s.paragraph() != own.paragraph()) {
                return null;
            }
            int t = s.firstToken();
            if (t + 3 >= s.endToken()
                    || !doc.token(t).text().equals("The")
                    || !(doc.token(t + 2).is("'s") || doc.token(t + 2).is("’s"))
                    || !doc.token(t + 3).word()
                    || lex.roleNoun(doc.token(t + 3).lower()) != Lexicons.NounClass.ROLE) {
                continue;
            }
            for (NameRun other : runs) {
                if (other.start() >= s.start()
                        && other.start() < r.start()
                        && !doc.quoted(other.start())
                        && other.type() == NameRun.Type.PERSON
                        && !EntityResolver.sameSurname(other, r)) {
                    return null;
                }
            }
            Found f = parseDescription(doc, runs, t, t + 4);
            return f == null || f.role == null ? null : f;
        }
        return null;
    }

    private static boolean campaignWithin(Document doc, int from, int end) {
        for (int k = from; k < end && k - from < 8; k++) {
            if (doc.token(k).lower().startsWith("campaign")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence after {@code s} in its paragraph, or null. */
    private static Sentence sentenceAfter(Document doc, Sentence s) {
        List<Sentence> all = doc.sentences();
        if (s.index() + 1 >= all.size()) {
            return null;
        }
        Sentence next = all.get(s.index() + 1);
        return next.paragraph() == s.paragraph() ? next : null;
    }

    /** Whether {@code r} is the one person named in {@code s} outside quotation marks (other names of it aside). */
    private static boolean onlyPersonNamed(Document doc, List<NameRun> runs, Sentence s, NameRun r) {
        for (NameRun other : runs) {
            if (other.start() < s.start() || other.start() >= s.end() || doc.quoted(other.start())) {
                continue;
            }
            boolean same = EntityResolver.sameSurname(other, r);
            // "from Wenmarsh": one word after a preposition of place is a place, whatever the tagger typed it
            boolean aPlace = other.words().size() == 1
                    && other.firstToken() > 0
                    && PLACE_PREPOSITIONS.contains(
                            doc.token(other.firstToken() - 1).lower());
            if (!same
                    && !aPlace
                    && (other.type() == NameRun.Type.PERSON
                            || (other.type() == NameRun.Type.ORGANIZATION
                                    && other.words().size() == 1))) {
                return false; // a one-word organisation may be a person ("Bloomberg")
            }
        }
        return true;
    }

    /**
     * The verb of a perfect whose auxiliary is at {@code v} ("has long run": run), past the adverbs between; {@code v}
     * itself when no has, had or have stands there.
     */
    private static int perfectVerb(Document doc, int v, int end) {
        if (!(doc.token(v).isLower("has")
                        || doc.token(v).isLower("had")
                        || doc.token(v).isLower("have"))
                || v + 1 >= end) {
            return v;
        }
        int next = v + 1;
        while (next + 1 < end && PERFECT_ADVERBS.contains(doc.token(next).lower())) {
            next++;
        }
        return next;
    }

    /** ", a former general in South Korea’s military," or ", who chairs the Y Committee," after the name. */
    private Found apposition(Document doc, List<NameRun> runs, int after) {
        // "Wren Alder — a retired boatbuilder — says": a feature's dashes set off an apposition as commas do
        if (after + 1 >= doc.tokenCount()
                || !(doc.token(after).is(",")
                        || doc.token(after).is("—")
                        || doc.token(after).is("–"))) {
            return null;
        }
        Sentence s = doc.sentenceOf(after);
        int a = after + 1;
        if (a + 2 < s.endToken()
                && Character.isDigit(doc.token(a).text().charAt(0))
                && doc.token(a + 1).is(",")) {
            a += 2; // "Ottilie Hallberg, 67, a cobbler": the age, then the apposition
        }
        if (doc.token(a).isLower("who")) {
            return relativeClause(doc, runs, a + 1, s.endToken());
        }
        if (doc.token(a).isLower("whose")) {
            return whoseBusiness(doc, a + 1, s.endToken());
        }
        if (a > after + 1 && (doc.token(a).isLower("is") || doc.token(a).isLower("has"))) {
            return copula(doc, runs, a); // "Ilse Varga, 47, is the harbourmaster": an interview's standfirst
        }
        int b = a;
        while (b < s.endToken() && b - a < 20) {
            Token t = doc.token(b);
            if (t.is(",") || t.is(".") || t.is(";") || t.is("—") || QuoteMarks.isQuoteMark(t)) {
                break;
            }
            if (t.word() && !t.capitalized() && lex.speechVerb(t.lower()) != null) {
                return null;
            }
            b++;
        }
        if (b == a) {
            return null;
        }
        Token f = doc.token(a);
        String fl = f.lower();
        int start = a;
        int rankBoost = 0;
        if (fl.equals("now") || fl.equals("formerly") || fl.equals("currently")) {
            start++;
            rankBoost = 1;
        }
        if (start < b && (doc.token(start).isLower("with") || doc.token(start).isLower("at"))) {
            String aff = orgText(doc, start + 1, b);
            return aff == null ? null : new Found(null, aff, 3 + rankBoost);
        }
        if (participleClause(doc, start, b)) {
            return null; // "says Haugland, warming her hands over a brazier": what she does, not what she is
        }
        if (!(fl.equals("a")
                || fl.equals("an")
                || fl.equals("the")
                || rankBoost > 0
                || (f.word() && !f.capitalized() && (lex.roleNoun(fl) != null))
                || (f.word() && !f.capitalized() && headsARole(doc, start, b))
                || f.capitalized())) {
            // "regional secretary of the Glass Union": an adjective may open the role
            return null;
        }
        return parseDescription(doc, runs, start, b);
    }

    /** What a writer by trade writes: "who writes the wine column", "who writes crime novels". */
    private static final Set<String> WRITTEN_GENRES = Set.of(
            "column",
            "columns",
            "blog",
            "newsletter",
            "books",
            "novels",
            "poems",
            "poetry",
            "songs",
            "plays",
            "scripts",
            "music",
            "operas",
            "cookbooks",
            "biographies");

    private static boolean writesAGenre(Document doc, int a, int end) {
        for (int k = a;
                k < end && k - a < 6 && !OBJECT_ENDS.contains(doc.token(k).lower());
                k++) {
            if (WRITTEN_GENRES.contains(doc.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a business that can be someone's own, from {@code employer-classes.tsv}'s business rows. */
    private static final Set<String> BUSINESSES = businesses();

    private static Set<String> businesses() {
        Set<String> nouns = new java.util.HashSet<>();
        for (String[] row : Lexicons.table("employer-classes.tsv", 2)) {
            if (row[1].equals("BUSINESS")) {
                nouns.add(row[0].toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(nouns);
    }

    /** "Idris Kell, whose bakery stands at the market gates": the owner of a business the clause names as theirs. */
    private static Found whoseBusiness(Document doc, int a, int end) {
        return ownerOf(businessNoun(doc, a, end, 3, Set.of()));
    }

    /**
     * The business noun among the first {@code words} lower-case words from {@code a} (a capitalised word or a mark
     * ends the search), unless {@code excluded}; null when there is none.
     */
    private static String businessNoun(Document doc, int a, int end, int words, Set<String> excluded) {
        for (int k = a; k < end && k - a < words; k++) {
            Token t = doc.token(k);
            if (!t.word() || t.capitalized()) {
                return null;
            }
            if (BUSINESSES.contains(t.lower()) && !excluded.contains(t.lower())) {
                return t.lower();
            }
        }
        return null;
    }

    private static Found ownerOf(String business) {
        return business == null ? null : new Found(business + " owner", null, 1);
    }

    /**
     * "who opened the bakery in 2016", "set up a repair café", "took over her father's farm": founding or taking over
     * a business makes its founder or owner; what else was opened or taken over ("the door", "the meeting") does not.
     */
    private static Found foundedBusiness(Document doc, int v, int end) {
        String verb = doc.token(v).lower();
        String role;
        int o;
        if (verb.equals("opened") || verb.equals("started")) {
            role = "founder";
            o = v + 1;
        } else if (verb.equals("set") && v + 1 < end && doc.token(v + 1).isLower("up")) {
            role = "founder";
            o = v + 2;
        } else if ((verb.equals("took") || verb.equals("takes"))
                && v + 1 < end
                && doc.token(v + 1).isLower("over")) {
            role = "owner";
            o = v + 2;
        } else {
            return null;
        }
        if (o >= end) {
            return null;
        }
        Token first = doc.token(o);
        if (!(opensAnObject(first) || first.isLower("her") || first.isLower("his") || first.isLower("their"))) {
            return null;
        }
        for (int k = o + 1; k < end && k - o <= 4; k++) {
            Token t = doc.token(k);
            if (!t.word() && !t.is("'s") && !t.is("’s")) {
                return null;
            }
            if (BUSINESSES.contains(t.lower())) {
                return new Found(role + " of " + text(doc, o, k + 1), null, 1);
            }
        }
        return null;
    }

    /** Businesses a person's possessive makes theirs ("Okoye's bakery"); not firms, banks or hotels, which it may not. */
    private static final Set<String> NOT_OWNED_BY_A_POSSESSIVE = Set.of(
            "company",
            "firm",
            "bank",
            "corporation",
            "ltd",
            "inc",
            "plc",
            "systems",
            "holdings",
            "works",
            "hotel",
            "festival");

    /** "Okoye's bakery has stood on the corner since 1961": the owner of the business the person's possessive names. */
    private static Found possessedBusiness(Document doc, int after) {
        if (after + 1 >= doc.tokenCount()
                || !(doc.token(after).is("'s") || doc.token(after).is("’s"))) {
            return null;
        }
        int end = doc.sentenceOf(after).endToken();
        return ownerOf(businessNoun(doc, after + 1, end, 2, NOT_OWNED_BY_A_POSSESSIVE));
    }

    /** Words that open the object of a participle: "warming her hands", "adding that", "pointing at the hull". */
    private static final Set<String> PARTICIPLE_OBJECTS =
            Set.of("her", "his", "their", "its", "my", "the", "a", "an", "that", "at", "to", "up", "out", "into");

    /**
     * Whether the phrase from {@code start} is a participle clause ("warming her hands", "adding that …") rather than
     * a description ("managing director of …", "visiting professor"): an -ing word, no role noun, and an object or a
     * particle right after it.
     */
    private boolean participleClause(Document doc, int start, int end) {
        Token first = doc.token(start);
        return start + 1 < end
                && first.word()
                && !first.capitalized()
                && first.lower().endsWith("ing")
                && lex.roleNoun(first.lower()) == null
                && PARTICIPLE_OBJECTS.contains(doc.token(start + 1).lower());
    }

    /**
     * The relative clause after a name, from its verb at {@code v}: "who chairs the Finance and Harbours Committee"
     * (chair of that committee), "who leads the lab" (head of the laboratory the article named), "who works for
     * Northwind Air" (its affiliation alone), "who sits on the board of X" (board member), "who is the chairwoman of
     * X" (a description).
     */
    private Found relativeClause(Document doc, List<NameRun> runs, int v, int sentenceEnd) {
        if (v >= sentenceEnd || !doc.token(v).word()) {
            return null;
        }
        int end = v;
        while (end < sentenceEnd && end - v < 16) {
            Token t = doc.token(end);
            if (t.is(",") || t.is(".") || t.is(";") || t.is("—") || QuoteMarks.isQuoteMark(t)) {
                break;
            }
            end++;
        }
        String verb = doc.token(v).lower();
        int perfect = perfectVerb(doc, v, end);
        if (perfect != v) {
            // "who has lived in the village for forty years", "who has since run the café": the perfect's verb
            if (doc.token(perfect).isLower("been")) {
                return perfect + 1 < end ? parseDescription(doc, runs, perfect + 1, end) : null;
            }
            v = perfect;
            verb = doc.token(v).lower();
        }
        if (verb.equals("is") || verb.equals("was")) {
            int d = v + 1 < end && APPOINTING.contains(doc.token(v + 1).lower()) ? v + 2 : v + 1;
            return d < end ? parseDescription(doc, runs, d, end) : null;
        }
        if ((verb.startsWith("work") || verb.startsWith("serve"))
                && v + 2 < end
                && doc.token(v + 1).isLower("as")) {
            // "who works as a paramedic", "who served as treasurer of the club": the description after "as"
            Found described = parseDescription(doc, runs, v + 2, end);
            return described != null && described.role != null ? described : null;
        }
        Found founding = foundedBusiness(doc, v, end);
        if (founding != null) {
            return founding;
        }
        String role = RELATIVE_ROLES.get(verb);
        if (role == null) {
            // "who trained under her in the 1970s and now manages the Nordvik Boatyard": the second verb says
            for (int k = v + 1; k + 1 < end; k++) {
                if (doc.token(k).isLower("and")) {
                    int next = k + 1;
                    if (next + 1 < end
                            && COORDINATED_ADVERBS.contains(doc.token(next).lower())) {
                        next++;
                    }
                    if (RELATIVE_ROLES.containsKey(doc.token(next).lower())) {
                        return relativeClause(doc, runs, next, sentenceEnd);
                    }
                }
            }
            return null;
        }
        if (role.equals("writer") && !writesAGenre(doc, v + 1, end)) {
            return null; // "who writes the gardening column" is a writer; "who wrote the bill" no trade
        }
        int o = v + 1;
        if (o + 1 < end
                && doc.token(o).isLower("and")
                && doc.token(o + 1).word()
                && !doc.token(o + 1).capitalized()
                && doc.token(o + 1).lower().endsWith("s")
                && !opensAnObject(doc.token(o + 1))) {
            o += 2; // "who owns and skippers the trawler Gannet": both verbs govern the one object
        }
        if (verb.equals("sits") || verb.equals("serves")) {
            // "who sits on the board of X", "who serves on the X Committee"
            if (o < end && (doc.token(o).isLower("on") || doc.token(o).isLower("in"))) {
                o++;
            }
            int body = o;
            while (body < end && doc.token(body).isLower("the")) {
                body++;
            }
            int possessive = possessiveWithin(doc, body, end);
            if (possessive > body
                    && possessive + 1 < end
                    && doc.token(possessive + 1).isLower("board")) {
                // "who sits on the cooperative's board": a board member of the organisation the article named
                String organisation =
                        resolver.organisationFor(doc, runs, doc.token(body).start(), text(doc, o, possessive));
                return organisation == null
                        ? null
                        : new Found("board member", organisation, 3, text(doc, o, possessive));
            }
            if (body < end && doc.token(body).isLower("board")) {
                role = "board member";
                o = body + 1;
                if (o < end && doc.token(o).isLower("of")) {
                    o++;
                } else {
                    return new Found(role, null, 1);
                }
            } else {
                role = "member";
            }
        } else if (role.equals("teacher") || role.equals("volunteer")) {
            // "who teaches chemistry at Treliske Academy", "who volunteers at the library": where, if it is said
            int p = o;
            while (p < end && p - v <= 4 && !atAPlace(doc.token(p))) {
                p++;
            }
            if (p < end && atAPlace(doc.token(p))) {
                o = p + 1;
            }
        } else if (role.isEmpty()) {
            // "who works for X": the organisation after the preposition
            while (o < end && !atAPlace(doc.token(o))) {
                if (o - v > 3) {
                    return null;
                }
                o++;
            }
            o++;
            role = null;
        }
        if (o >= end) {
            return null;
        }
        if (role != null && !role.isEmpty()) {
            Found unit = unitOfOrganisation(doc, runs, role, o, end);
            if (unit != null) {
                return unit;
            }
        }
        String affiliation = organisationOf(doc, runs, o, end);
        if (affiliation == null) {
            // "who farms 90 cows at Sedge End" is a farmer by the verb alone, "who lives opposite the yard" a resident;
            // "who runs a chandlery in the harbour" names no organisation, so the role carries what is run
            if (role != null && STANDALONE_RELATIVE_ROLES.contains(role)) {
                return new Found(role, null, 2);
            }
            // "who led the investigation" leads no firm: only owning, running and founding make a role of the thing
            boolean leading = LEADING_VERBS.contains(verb);
            if ("representative".equals(role) && opensAnObject(doc.token(o))) {
                // "who represents the village on the county council": an elected member of the body
                for (int k = o + 1; k + 1 < Math.min(end, o + MAX_OBJECT_WORDS + 4); k++) {
                    if ((doc.token(k).isLower("on") || doc.token(k).isLower("in"))
                            && doc.token(k + 1).isLower("the")) {
                        int body = k + 2;
                        int limit = Math.min(end, k + 6); // "on the county council": a few words to the body's noun
                        while (body < limit && lex.roleNoun(doc.token(body).lower()) != Lexicons.NounClass.ORG) {
                            body++;
                        }
                        if (body < limit) {
                            return new Found("member of " + text(doc, k + 1, body + 1), null, 1);
                        }
                    }
                }
            }
            String unnamed = role == null || leading ? null : ROLES_OF_AN_UNNAMED_OBJECT.get(role);
            if ((unnamed != null || leading) && opensAnObject(doc.token(o))) {
                int objectEnd = o + 1;
                while (objectEnd < Math.min(end, o + MAX_OBJECT_WORDS)
                        && !OBJECT_ENDS.contains(doc.token(objectEnd).lower())
                        && !doc.token(objectEnd).isLower("at")) {
                    objectEnd++; // "the hill farm where the turbines will stand": the farm
                }
                String at = objectEnd + 1 < end && doc.token(objectEnd).isLower("at")
                        ? organisationOf(doc, runs, objectEnd + 1, end)
                        : null; // "who chairs the history department at the University of Orrin": its affiliation
                if (leading) {
                    // "who leads the regional council": a body named by its common noun has a leader; a task led
                    // ("who led the investigation") gives no role
                    boolean body = lex.roleNoun(doc.token(objectEnd - 1).lower()) == Lexicons.NounClass.ORG;
                    return body ? new Found("leader of " + text(doc, o, objectEnd), null, 1) : null;
                }
                return new Found(unnamed + " of " + text(doc, o, objectEnd), at, at == null ? 1 : 2);
            }
            return null;
        }
        if (role != null && role.equals("head") && (verb.equals("leads") || verb.equals("led"))) {
            String last =
                    affiliation.substring(affiliation.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (LED_BY_A_LEADER.contains(last) || (last.equals("group") && onAnAssembly(doc, o, end))) {
                role = "leader"; // "who leads the Independent Group on the council": a party's leader, a lab's head
            }
        }
        return new Found(role, affiliation, 3, text(doc, o, end));
    }

    /**
     * The organisation tokens [{@code a}, {@code b}) name: a capitalised name as the article gives it whole ("the
     * Finance and Harbours Committee"), a description resolved to the organisation the article named ("the
     * laboratory", "the company"), or null.
     */
    private String organisationOf(Document doc, List<NameRun> runs, int a, int b) {
        int s = a;
        if (s < b && (doc.token(s).isLower("a") || doc.token(s).isLower("an"))) {
            // "a chandlery in the harbour", "an investment bank, Fjordkapital & Co": only a name that follows counts
            return organisationRunWithin(doc, runs, s + 1, b);
        }
        while (s < b && doc.token(s).isLower("the")) {
            s++;
        }
        int mark = possessiveWithin(doc, s, b);
        if (mark > s && mark + 1 < b && doc.token(mark + 1).capitalized()) {
            s = mark + 1; // "the university's Freshwater Ecology Laboratory": the unit, not its parent
        }
        if (s >= b) {
            return null;
        }
        if (doc.token(s).capitalized()) {
            int idx = runStartingAt(runs, doc.token(s).start());
            if (idx >= 0 && runs.get(idx).type() != NameRun.Type.ORGANIZATION) {
                String inside = organisationRunWithin(doc, runs, s, b);
                if (inside != null) {
                    return inside; // "the Brenvik investment bank Fjordkapital & Co": the bank, not its town
                }
            }
            String named = idx >= 0 ? runs.get(idx).name() : orgText(doc, s, capitalisedEnd(doc, s, b));
            if (named == null) {
                return null;
            }
            String whole = resolver.organisationFor(doc, runs, doc.token(s).start(), named);
            return whole != null && whole.length() > named.length() ? whole : named;
        }
        String inside = organisationRunWithin(doc, runs, s, b);
        if (inside != null) {
            return inside; // "Brenvik investment bank Fjordkapital & Co"
        }
        String kindThenName = nameAfterKind(doc, runs, s, b);
        if (kindThenName != null) {
            return kindThenName; // "the brokerage Stenmark Securities", "the energy consultancy Fjellgrid Analytics"
        }
        int k = s;
        while (k < b && doc.token(k).word() && !doc.token(k).capitalized() && k - s < 4) {
            k++;
        }
        return k > s ? resolver.organisationFor(doc, runs, doc.token(a).start(), text(doc, a, k)) : null;
    }

    /** The first organisation name run that starts within tokens [a, b) after at most four words, or null. */
    private static String organisationRunWithin(Document doc, List<NameRun> runs, int a, int b) {
        if (a >= b) {
            return null;
        }
        int idx = firstRunFrom(runs, doc.token(a).start());
        for (int i = idx; i < runs.size() && runs.get(i).firstToken() < Math.min(b, a + 5); i++) {
            NameRun r = runs.get(i);
            if (r.type() == NameRun.Type.ORGANIZATION && r.endToken() <= b) {
                return r.name();
            }
        }
        return null;
    }

    /** The index of the name run starting at character {@code start}, or -1. */
    private static int runStartingAt(List<NameRun> runs, int start) {
        int idx = firstRunFrom(runs, start);
        return idx < runs.size() && runs.get(idx).start() == start ? idx : -1;
    }

    /** The index of the first name run starting at or after character {@code start} ({@code runs.size()} if none). */
    private static int firstRunFrom(List<NameRun> runs, int start) {
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runs.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The end of the capitalised words (and the connectors inside a name) from token {@code a}, before {@code b}. */
    private static int capitalisedEnd(Document doc, int a, int b) {
        int k = a;
        while (k < b
                && (doc.token(k).capitalized()
                        || ((doc.token(k).isLower("of")
                                        || doc.token(k).is("&")
                                        || doc.token(k).isLower("and"))
                                && k + 1 < b
                                && doc.token(k + 1).capitalized()))) {
            k++;
        }
        return k;
    }

    /** The index of the possessive marker ("’s", a plural's apostrophe) among the first tokens of [a, b), or -1. */
    private static int possessiveWithin(Document doc, int a, int b) {
        for (int k = a + 1; k < b && k - a <= 6; k++) {
            Token t = doc.token(k);
            if (t.is("’s") || t.is("'s") || QuoteMarks.possessiveApostrophe(doc, k)) {
                return k;
            }
            if ((!t.word() && !t.is("&")) || (!t.capitalized() && PREPOSITIONS.contains(t.lower()))) {
                return -1;
            }
        }
        return -1;
    }

    private Found parseDescription(Document doc, List<NameRun> runs, int a, int b) {
        int start = a;
        Token f = doc.token(start);
        if (f.isLower("a") || f.isLower("an") || f.isLower("the")) {
            start++;
        }
        for (int k = start; k < b; k++) {
            // "a retired teacher who lives on the south bank": the relative clause is not part of the role
            if (doc.token(k).isLower("who")
                    || doc.token(k).isLower("whose")
                    || doc.token(k).isLower("which")) {
                b = k;
                break;
            }
        }
        if (start >= b) {
            return null;
        }
        String possessor = null;
        int roleStart = start;
        if (doc.token(start).isLower("its") || doc.token(start).isLower("their")) {
            possessor = doc.token(start).text();
            roleStart = start + 1;
        } else {
            int mark = possessiveWithin(doc, a, b);
            if (mark > start) {
                // "the association's regional organiser", "Norvik's head of sales": the possessor is the employer
                possessor = text(doc, a, mark);
                roleStart = mark + 1;
            }
        }
        if (possessor != null && roleStart < b) {
            String organisation = !possessor.contains(" ") && governmentRole(text(doc, roleStart, b))
                    ? null // "Valdmark's transport minister": the country, no organisation
                    : resolver.organisationFor(doc, runs, doc.token(a).start(), possessor);
            if (organisation != null) {
                Found rest = parseDescription(doc, runs, roleStart, b);
                if (rest != null && rest.affiliation != null && rest.rank >= 3) {
                    return rest;
                }
                return new Found(rest == null ? text(doc, roleStart, b) : rest.role, organisation, 3, possessor);
            }
            // "the company's master distiller" with no company named, "Varenland's chief veterinary officer" (a
            // country in a title is no employer), "Brekke's lawyer": the role without its possessor
            Found rest = parseDescription(doc, runs, roleStart, b);
            return new Found(rest == null ? text(doc, roleStart, b) : rest.role, null, 0);
        }
        for (int i = start; i < b; i++) {
            Token t = doc.token(i);
            if (t.word() && !t.capitalized() && PREPOSITIONS.contains(t.lower()) && i > start) {
                if (durationFollows(doc, i + 1, b)) {
                    // "a cobbler for almost fifty years": how long, not for whom
                    return new Found(text(doc, start, i), null, 0);
                }
                if (t.isLower("in") && fieldFollows(doc, i + 1, b)) {
                    continue; // "a senior lecturer in marine ecology at X": the field belongs to the role
                }
                String aff = organisationOf(doc, runs, i + 1, b);
                if (aff == null && STRONG.contains(t.lower())) {
                    if (i + 1 < b
                            && (doc.token(i + 1).isLower("the")
                                    || doc.token(i + 1).isLower("a"))) {
                        // "chief dispatcher of the depot": a thing or a place the article does not name as an
                        // organisation, so the role alone
                        return new Found(text(doc, start, i), null, 0);
                    }
                    // "pro-vice-chancellor for student experience": a bare lower-case object belongs to the role
                    return new Found(text(doc, start, b), null, 0);
                }
                String role = text(doc, start, i);
                int rank = STRONG.contains(t.lower()) && aff != null && hasOrgHead(doc, i + 1, b)
                        ? 3
                        : STRONG.contains(t.lower()) ? 2 : 1;
                return new Found(role, aff, rank, text(doc, i + 1, b));
            }
        }
        // "a South Korean National Security Council official": capitalised organisation, lower-case role
        int k = b - 1;
        while (k >= start && !doc.token(k).capitalized()) {
            k--;
        }
        if (k >= start && k < b - 1) {
            String aff = text(doc, start, k + 1);
            String role = text(doc, k + 1, b);
            return new Found(role, aff, hasOrgHead(doc, start, k + 1) ? 3 : 2);
        }
        if (allCapitalized(doc, start, b)) {
            return null;
        }
        return new Found(text(doc, start, b), null, 0);
    }

    /**
     * True when the lower-case words [{@code a}, {@code b}) are headed by a role: the word before their first
     * preposition, or their last, is a listed role noun or an agent noun (researcher, organiser) that
     * says what someone does, not only who they are ("man", "neighbour").
     */
    private boolean headsARole(Document doc, int a, int b) {
        int end = a;
        while (end < b
                && !(doc.token(end).word()
                        && PREPOSITIONS.contains(doc.token(end).lower()))) {
            end++;
        }
        if (end == a) {
            return false;
        }
        String head = doc.token(end - 1).lower();
        return !lex.isPlainPersonNoun(head) && (lex.roleNoun(head) == Lexicons.NounClass.ROLE || lex.isAgentNoun(head));
    }

    /**
     * "who heads the trust's cancer services": the organisation's unit, lower-case after a possessive, goes into the
     * role ("head of cancer services") and the possessor, resolved, is the affiliation; null for anything else.
     */
    private Found unitOfOrganisation(Document doc, List<NameRun> runs, String role, int o, int end) {
        int body = o;
        while (body < end && doc.token(body).isLower("the")) {
            body++;
        }
        int mark = possessiveWithin(doc, body, end);
        if (mark <= body || mark + 1 >= end) {
            return null;
        }
        for (int k = mark + 1; k < end; k++) {
            if (!doc.token(k).word() || doc.token(k).capitalized()) {
                return null;
            }
        }
        String organisation = resolver.organisationFor(doc, runs, doc.token(o).start(), text(doc, o, mark));
        return organisation == null
                ? null
                : new Found(role + " of " + text(doc, mark + 1, end), organisation, 3, text(doc, o, mark));
    }

    /**
     * "the brokerage Stenmark Securities": lower-case words naming a kind of organisation, then a name of two words or
     * more that no word list typed an organisation; the name, or null.
     */
    private static String nameAfterKind(Document doc, List<NameRun> runs, int s, int b) {
        int k = s;
        while (k < b && k - s < 3 && doc.token(k).word() && !doc.token(k).capitalized()) {
            k++;
        }
        if (k == s || k >= b || !doc.token(k).capitalized()) {
            return null;
        }
        int idx = runStartingAt(runs, doc.token(k).start());
        if (idx < 0) {
            return null;
        }
        NameRun r = runs.get(idx);
        return r.words().size() >= 2 && r.type() != NameRun.Type.PLACE && r.endToken() <= b ? r.name() : null;
    }

    /** A leading age: "20-year-old ", "twenty-year-old ". */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("^[\\p{L}\\d]+-years?-old\\s+");

    /** Offices of a state ("agriculture minister", "ambassador"), whose holder speaks for no organisation. */
    private static final Set<String> GOVERNMENT_OFFICES =
            Set.of("minister", "ambassador", "envoy", "premier", "consul");

    /** True when {@code role}'s last word (before any preposition) is an office of a state. */
    private static boolean governmentRole(String role) {
        String head = headOf(role);
        return head != null && GOVERNMENT_OFFICES.contains(head.toLowerCase(java.util.Locale.ROOT));
    }

    /** A role's head as written: its last word before its first preposition ("head" of "head of sales"); or null. */
    private static String headOf(String role) {
        String head = null;
        for (String w : role.split(" ", -1)) {
            if (PREPOSITIONS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            head = w;
        }
        return head;
    }

    /** True when name run {@code r} follows "according to". */
    private static boolean afterAccordingTo(Document doc, NameRun r) {
        int k = r.firstToken();
        return k >= 2 && doc.token(k - 1).isLower("to") && doc.token(k - 2).isLower("according");
    }

    /** True when {@code role}'s head (its last word before a preposition) is a role noun, an agent noun or a title. */
    /** Whether any word of a role is a role noun the lexicon lists ("who served as governor"). */
    private boolean namesARoleAnywhere(String role) {
        for (String w : role.split("\\s+", -1)) {
            if (!w.isEmpty() && lex.roleNoun(w.toLowerCase(java.util.Locale.ROOT)) == Lexicons.NounClass.ROLE) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role is headed by a role noun the lexicon lists or a title (not a word of an agent noun's shape). */
    private boolean listedRole(String role) {
        String head = headOf(role);
        return head != null
                && (lex.roleNoun(head.toLowerCase(java.util.Locale.ROOT)) == Lexicons.NounClass.ROLE
                        || lex.isTitle(head));
    }

    /** Whether a role is headed by a listed role noun, a title or a noun of an agent's shape (grower, analyst). */
    private boolean rolePhrase(String role) {
        String head = headOf(role);
        return listedRole(role) || (head != null && lex.isAgentNoun(head.toLowerCase(java.util.Locale.ROOT)));
    }

    private static final Set<String> MONTHS = Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    /** "in 2015", "in March", "last September", "since 2019": a time adverbial starts at token {@code t}. */
    private static boolean timeAdverbial(Document doc, int t) {
        Token w = doc.token(t);
        Token next = doc.token(t + 1);
        boolean when = MONTHS.contains(next.text()) || next.text().matches("(1[89]|20)\\d\\d");
        return ((w.isLower("in") || w.isLower("since") || w.isLower("on")) && when)
                || ((w.isLower("last") || w.isLower("this") || w.isLower("next"))
                        && (MONTHS.contains(next.text()) || TIME_UNITS.contains(next.lower())));
    }

    private static final Set<String> TIME_UNITS =
            Set.of("year", "years", "month", "months", "decade", "decades", "week", "weeks", "day", "days");

    /** True when a span of time starts at token {@code k}: "almost fifty years", "two decades", "30 years". */
    private static boolean durationFollows(Document doc, int k, int b) {
        for (int j = k; j < b && j - k < 4; j++) {
            Token t = doc.token(j);
            if (!t.word() || t.capitalized()) {
                return false;
            }
            if (TIME_UNITS.contains(t.lower())) {
                return j > k;
            }
        }
        return false;
    }

    /** True when token {@code k} opens a field of work: a bare lower-case noun phrase ("marine ecology"). */
    private static boolean fieldFollows(Document doc, int k, int b) {
        if (k >= b) {
            return false;
        }
        Token t = doc.token(k);
        return t.word()
                && !t.capitalized()
                && !(t.isLower("the")
                        || t.isLower("a")
                        || t.isLower("an")
                        || t.isLower("this")
                        || t.isLower("its")
                        || t.isLower("his")
                        || t.isLower("her")
                        || t.isLower("their")
                        || t.isLower("charge"));
    }

    /** "Trade Minister Lev Abramov", "the agency's chief executive, X". */
    private Found premodifier(Document doc, List<NameRun> runs, int first, boolean person) {
        if (first <= 0) {
            return null;
        }
        Sentence s = doc.sentenceOf(first);
        int k = first - 1;
        int beforeTitles = k;
        while (beforeTitles > s.firstToken()
                && lex.isTitle(doc.token(beforeTitles).text())) {
            beforeTitles--;
        }
        if (beforeTitles < k && doc.token(beforeTitles).is(",")) {
            k = beforeTitles; // "The hospital's medical director, Dr Ansgar Pohl": the title sits after the comma
        }
        if (doc.token(k).is(",") && k - 1 >= s.firstToken()) {
            // "Y's chief executive, X", "The museum's director, X", "Its chairwoman, X"
            int j = k - 1;
            int words = 0;
            while (j >= s.firstToken()
                    && words < 7
                    && doc.token(j).word()
                    && !doc.token(j).capitalized()
                    && !doc.token(j).isLower("its")
                    && !doc.token(j).isLower("their")
                    && !doc.token(j).is("’s")
                    && !doc.token(j).is("'s")) {
                j--;
                words++;
            }
            if (j > s.firstToken() && QuoteMarks.possessiveApostrophe(doc, j)) {
                // "Brimmel Instruments' head of marketing, X": a plural's apostrophe, like "'s"
                int o = j - 1;
                while (o - 1 >= s.firstToken() && doc.token(o - 1).capitalized()) {
                    o--;
                }
                if (doc.token(o).capitalized()) {
                    String named = text(doc, o, j);
                    String whole =
                            resolver.organisationFor(doc, runs, doc.token(o).start(), named);
                    return new Found(text(doc, j + 1, k), whole != null ? whole : named, 3);
                }
            }
            if (words == 0 || j < s.firstToken()) {
                // "The chairwoman of the Isle of Brannoch Parish Council, Rosa Imrie": a description whose
                // organisation is capitalised, ending at the comma
                for (int d = k - 1; d >= s.firstToken() && d >= k - 14; d--) {
                    if (!doc.token(d).word()) {
                        break;
                    }
                    if ((doc.token(d).isLower("the")
                                    || doc.token(d).isLower("a")
                                    || doc.token(d).isLower("an"))
                            && d + 1 < k
                            && lex.roleNoun(doc.token(d + 1).lower()) == Lexicons.NounClass.ROLE) {
                        Found described = parseDescription(doc, runs, d, k);
                        return described != null && described.role != null ? described : null;
                    }
                }
                return titlesAfterComma(doc, k, first);
            }
            if ((doc.token(j).isLower("his") || doc.token(j).isLower("her")) && headsARole(doc, j + 1, k)) {
                // "His chief of staff, X", "Her deckhand, X": someone's, so a role without an organisation
                return new Found(text(doc, j + 1, k), null, 0);
            }
            if ((doc.token(j).isLower("a")
                            || doc.token(j).isLower("an")
                            || doc.token(j).isLower("the"))
                    && (lex.roleNoun(doc.token(j + 1).lower()) == Lexicons.NounClass.ROLE
                            || headsARole(doc, j + 1, k))) {
                // "An independent security researcher, X": the role's head may follow its modifiers
                // "A director of the company, Judith Finch, said": a description before the name, with its body
                Found d = parseDescription(doc, runs, j, k);
                if (d != null && d.role != null) {
                    return d;
                }
            }
            if (doc.token(j).isLower("as")
                    && j + 1 < k
                    && (doc.token(j + 1).isLower("a") || doc.token(j + 1).isLower("an"))
                    && headsARole(doc, j + 2, k)) {
                // "As a nurse, Wren Alder has seen …": a feature's opening gives the role before the name
                return new Found(text(doc, j + 2, k), null, 1);
            }
            if (doc.token(j).isLower("its") || doc.token(j).isLower("their")) {
                String organisation =
                        resolver.organisationFor(doc, runs, doc.token(j).start(), "its");
                if (organisation != null) {
                    return new Found(text(doc, j + 1, k), organisation, 3);
                }
                // "Its chief executive, X" after an organisation the article only described: the role alone
                return headsARole(doc, j + 1, k) ? new Found(text(doc, j + 1, k), null, 0) : null;
            }
            if (doc.token(j).capitalized() && !doc.token(j).isLower("the") && headsARole(doc, j + 1, k)) {
                // "The Civic Alliance candidate, X": a named body before the role, right after the article
                int o = j;
                while (o - 1 >= s.firstToken()
                        && doc.token(o - 1).word()
                        && doc.token(o - 1).capitalized()
                        && !doc.token(o - 1).isLower("the")) {
                    o--;
                }
                if (o - 1 >= s.firstToken() && doc.token(o - 1).isLower("the")) {
                    String named = text(doc, o, j + 1);
                    String whole =
                            resolver.organisationFor(doc, runs, doc.token(o).start(), named);
                    return new Found(text(doc, j + 1, k), whole != null ? whole : named, 2);
                }
            }
            if (doc.token(j).is("’s") || doc.token(j).is("'s")) {
                int o = j - 1;
                if (o >= s.firstToken() && doc.token(o).capitalized()) {
                    while (o - 1 >= s.firstToken() && doc.token(o - 1).capitalized()) {
                        o--;
                    }
                    String named = text(doc, o, j);
                    String role = text(doc, j + 1, k);
                    if (j - o == 1 && governmentRole(role)) {
                        // "Ostmark's agriculture minister, X": a country's minister works for no organisation
                        return new Found(role, null, 0);
                    }
                    String whole =
                            resolver.organisationFor(doc, runs, doc.token(o).start(), named);
                    return new Found(role, whole != null ? whole : named, 3);
                }
                // "the museum's director": the description names the organisation the article introduced
                while (o - 1 >= s.firstToken()
                        && j - o < 3
                        && doc.token(o - 1).word()
                        && !doc.token(o - 1).isLower("the")) {
                    o--;
                }
                if (o - 1 >= s.firstToken() && doc.token(o - 1).isLower("the")) {
                    String possessor = text(doc, o - 1, j);
                    String organisation =
                            resolver.organisationFor(doc, runs, doc.token(o - 1).start(), possessor);
                    if (organisation != null) {
                        return new Found(text(doc, j + 1, k), organisation, 3, possessor);
                    }
                    if (lex.roleNoun(doc.token(j - 1).lower()) == Lexicons.NounClass.ROLE
                            || headsARole(doc, j + 1, k)) {
                        // "The mayor's chief of staff, X": a person's, so a role without an organisation; "the
                        // yard's owner, X": a place the article names no organisation for
                        return new Found(text(doc, j + 1, k), null, 0);
                    }
                }
            }
            return null;
        }
        if (person
                && k - 1 >= s.firstToken()
                && doc.token(k - 1).capitalized()
                && (doc.token(k).is("’s") || doc.token(k).is("'s") || QuoteMarks.possessiveApostrophe(doc, k))) {
            // "Tessaly News’ Ilse Varga", "the Courier’s Ada Lind": an organisation's possessive names the employer
            int o = k - 1;
            while (o - 1 >= s.firstToken()
                    && doc.token(o - 1).capitalized()
                    && doc.token(o - 1).word()) {
                o--;
            }
            while (o < k - 1 && lex.isSentenceStarter(doc.token(o).text())) {
                // "As Purple PAC’s …": a capitalised function word opening the sentence is not part of the name
                o++;
            }
            boolean organisation = hasOrgHead(doc, o, k)
                    || (o - 1 >= s.firstToken() && doc.token(o - 1).isLower("the"));
            return organisation ? new Found(null, text(doc, o, k), 2) : null;
        }
        int j = first;
        // titles inside the run were stripped: walk back over capitalised titles and lower-case roles
        int titleStart = j;
        while (titleStart - 1 >= s.firstToken()
                && doc.token(titleStart - 1).capitalized()
                && (lex.isTitle(doc.token(titleStart - 1).text())
                        || lex.roleNoun(doc.token(titleStart - 1).lower()) == Lexicons.NounClass.ROLE)) {
            titleStart--;
        }
        // "Senate Majority Leader Mitch McConnell": capitalised words qualifying the title belong to the role
        int qualifiers = 0;
        while (titleStart < j
                && qualifiers < 3
                && titleStart - 1 >= s.firstToken()
                && doc.token(titleStart - 1).capitalized()
                && doc.token(titleStart - 1).word()
                && !lex.isPlace(doc.token(titleStart - 1).text())
                && !(titleStart - 1 == s.firstToken()
                        && lex.isSentenceStarter(doc.token(titleStart - 1).text()))
                && !doc.token(titleStart - 1).is("The")) {
            titleStart--;
            qualifiers++;
        }
        int roleStart = titleStart;
        while (roleStart - 1 >= s.firstToken()
                && doc.token(roleStart - 1).word()
                && !doc.token(roleStart - 1).capitalized()
                && lex.roleNoun(doc.token(roleStart - 1).lower()) != null) {
            roleStart--;
        }
        if (roleStart < titleStart) {
            // "Senate minority leader Harry Reid": unlisted lower-case and capitalised words qualifying the role
            int q = roleStart;
            int extra = 0;
            while (q - 1 >= s.firstToken()
                    && extra < 3
                    && doc.token(q - 1).word()
                    && QUALIFIER.matcher(doc.token(q - 1).text()).matches()
                    && !FUNCTION_WORDS.contains(doc.token(q - 1).lower())
                    && !lex.isPlace(doc.token(q - 1).text())
                    && !(q - 1 == s.firstToken()
                            && lex.isSentenceStarter(doc.token(q - 1).text()))) {
                q--;
                extra++;
            }
            roleStart = q;
        }
        // Honorifics (Mr., Dr.) address a person; they are not a role.
        while (roleStart < first
                && HONORIFICS.contains(
                        doc.token(roleStart).text().replace(".", "").toLowerCase(java.util.Locale.ROOT))) {
            roleStart++;
        }
        int roleEnd = first;
        while (roleEnd > roleStart
                && HONORIFICS.contains(
                        doc.token(roleEnd - 1).text().replace(".", "").toLowerCase(java.util.Locale.ROOT))) {
            roleEnd--; // "Economist Dr Ilse Marrow": the honorific between role and name is no part of the role
        }
        if (roleEnd < first && roleStart < roleEnd && !rolePhrase(text(doc, roleStart, roleEnd))) {
            return null; // "they do not trust Mrs. Clinton": words before an honorific are a role only if one heads
            // them
        }
        if (roleStart < roleEnd) {
            // "Harbour Council deputy chairman Otto Brenn": a capitalised organisation before a lower-case role
            int lower = roleStart;
            while (lower < roleEnd && doc.token(lower).capitalized()) {
                lower++;
            }
            if (lower > roleStart && lower < roleEnd && hasOrgHead(doc, roleStart, lower)) {
                return new Found(text(doc, lower, roleEnd), text(doc, roleStart, lower), 2);
            }
            return new Found(text(doc, roleStart, roleEnd), null, 0);
        }
        return null;
    }

    /**
     * "Her opponent last May, Councillor Barnaby Oyelaran, said": the titles between a comma and the name, when one of
     * them is more than a courtesy title; null otherwise.
     */
    private static Found titlesAfterComma(Document doc, int comma, int first) {
        int start = comma + 1;
        for (int t = start; t < first; t++) {
            if (!HONORIFICS.contains(doc.token(t).text().replace(".", "").toLowerCase(java.util.Locale.ROOT))) {
                return start < first ? new Found(text(doc, start, first), null, 0) : null;
            }
        }
        return null;
    }

    private boolean hasOrgHead(Document doc, int a, int b) {
        for (int i = a; i < b; i++) {
            if (lex.isOrgHead(doc.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitalized(Document doc, int a, int b) {
        for (int i = a; i < b; i++) {
            if (doc.token(i).word() && !doc.token(i).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** The organisation after a preposition: leading "the" and "X-based" dropped. */
    private static String orgText(Document doc, int a, int b) {
        int s = a;
        while (s < b && (doc.token(s).isLower("the") || doc.token(s).text().endsWith("-based"))) {
            s++;
        }
        if (s >= b) {
            return null;
        }
        boolean cap = false;
        for (int i = s; i < b; i++) {
            cap |= doc.token(i).capitalized();
        }
        return cap ? text(doc, s, b) : null;
    }

    private static String text(Document doc, int a, int b) {
        if (b <= a) {
            return null;
        }
        return doc.text().substring(doc.token(a).start(), doc.token(b - 1).end());
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
