package dev.saywho.attribution.engine.stage;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Entity;
import dev.saywho.attribution.engine.model.Evidence;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.NameRun;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;
import dev.saywho.common.SpeakerKind;

/**
 * Stage 7: resolves a speaker mention to an entity of the article: names to the fullest name run that ends (or, for
 * family-name-first names, starts) with them, acronyms to their spelled-out organisation, pronouns to the most recent
 * compatible person (gender from given names and titles) or organisation, descriptions to themselves.
 */
public final class EntityResolver {

    private static final int PRONOUN_WINDOW = 2500;
    /** How far back "it" and "its" look for the organisation they stand for. */
    private static final int ORGANISATION_PRONOUN_WINDOW = 1500;
    /** How far back a description of an organisation ("the company", "the developer") looks for the one it names. */
    private static final int DESCRIBED_ORGANISATION_WINDOW = 5000;
    /**
     * How far before and after a name a describing word ("spokeswoman Ilse Varga", "Kim, a senior official") is looked
     * for.
     */
    private static final int DESCRIPTION_AFTER = 90;
    /** Descriptions too general to point at one person: "the woman said" names nobody in particular. */
    private static final java.util.Set<String> GENERIC_PERSON_NOUNS = java.util.Set.of(
            "man",
            "woman",
            "person",
            "people",
            "individual",
            "source",
            "resident",
            "voter",
            "supporter",
            "friend",
            "child",
            "boy",
            "girl");
    /** Work cap: a name is compared with at most this many name runs before it (and a quarter as many after). */
    private static final int NAME_WINDOW = 400;

    private final Lexicons lex;
    /** The learned linker that chooses a he/she pronoun's antecedent among the names before it; null for rules only. */
    private final PronounLinker linker;

    public EntityResolver(Lexicons lex) {
        this(lex, null);
    }

    /** A resolver that asks the learned coreference linker {@code linker} (null for none) about he and she. */
    public EntityResolver(Lexicons lex, dev.saywho.attribution.engine.coref.CorefModel linker) {
        this.lex = lex;
        this.linker = linker == null ? null : new PronounLinker(linker);
    }

    /** True when {@code name} is a proper name (capitalised), not a description ("spokesman", "senior official"). */
    public static boolean namesSomeone(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    /**
     * A he or she that takes up an unnamed source described before it ("A spokesman for the ministry said … "…,"
     * he said"): the latest described source before the pronoun, of a compatible gender, with no person's name in
     * between (outside quotation marks); otherwise the pronoun's usual resolution.
     */
    public Entity describedSourceOrResolve(
            Document doc, List<NameRun> runs, Mention m, java.util.NavigableMap<Integer, Entity> described) {
        String p = m.text(doc.text()).toLowerCase(Locale.ROOT);
        java.util.Map.Entry<Integer, Entity> last = described.lowerEntry(m.start());
        if ((p.equals("he") || p.equals("she")) && last != null && m.start() - last.getKey() <= PRONOUN_WINDOW) {
            char gender = descriptionGender(last.getValue().name());
            boolean compatible = gender == 0 || gender == (p.equals("he") ? 'M' : 'F');
            boolean nameBetween = false;
            for (int i = indexBefore(runs, m.start()); i >= 0 && runs.get(i).start() > last.getKey(); i--) {
                NameRun r = runs.get(i);
                nameBetween |= r.type() == NameRun.Type.PERSON && !doc.quoted(r.start());
            }
            if (compatible && !nameBetween) {
                return last.getValue();
            }
        }
        return resolve(doc, runs, m);
    }

    /** The gender a description states: spokesman, chairwoman, mother; 0 when it states none. */
    private static char descriptionGender(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        if (d.matches(
                ".*\\b(\\w*woman|\\w*women|mother|daughter|wife|sister|grandmother|girl|lady|actress|widow)\\b.*")) {
            return 'F';
        }
        if (d.matches(".*\\b(\\w*man|\\w*men|father|son|husband|brother|grandfather|boy|widower)\\b.*")) {
            return 'M';
        }
        return 0;
    }

    /** The entity a mention refers to; never null (an unresolvable mention names itself). */
    public Entity resolve(Document doc, List<NameRun> runs, Mention m) {
        String text = doc.text();
        return switch (m.kind()) {
            case NAME -> {
                if (!m.head(text).isEmpty()
                        && (Character.isLowerCase(m.head(text).charAt(0)) || sentenceInitialPlural(doc, runs, m))) {
                    yield nominal(doc, runs, m); // "ministry" read as a name is a description
                }
                Entity partyMember = partyMemberDescribed(doc, runs, m);
                if (partyMember != null) {
                    yield partyMember;
                }
                Entity described = headlineDescription(doc, runs, m);
                if (described != null) {
                    yield described;
                }
                NameRun holder = possessedRoleHolder(doc, runs, m);
                if (holder == null) {
                    holder = personRunUnderHead(text, runs, m);
                }
                String name = cleanName(m.head(text));
                Matcher titled = COURTESY_NAME.matcher(text.substring(m.start(), m.end()));
                if (holder == null && titled.lookingAt()) {
                    // "Mr Markey will move … but said", "Mrs Akers also ordered …" (a head the tree left at the
                    // title), "Mrs Oduya-Pellow says" (a head at the surname two people share): the title decides
                    holder = courtesySurnameHolder(runs, titled.group(), m.start());
                    if (COURTESY_TITLES.contains(m.head(text).strip().toLowerCase(Locale.ROOT))) {
                        name = titled.group();
                    }
                }
                yield holder != null
                        ? resolveName(runs, holder.name(), holder.start(), text)
                        : resolveName(runs, name, m.start(), text);
            }
            case PRONOUN -> resolvePronoun(doc, runs, m);
            case NOMINAL -> {
                String word = m.text(text).strip();
                // "Sanders went first": a capitalised word read as a plural noun that the text gives a person
                yield m.firstToken() + 1 == m.endToken()
                                && doc.token(m.firstToken()).capitalized()
                                && namedElsewhere(runs, m, word)
                        ? resolveName(runs, word, m.start(), text)
                        : nominal(doc, runs, m);
            }
        };
    }

    /** Capitalised nouns of a party's members: "the Wisconsin Republican" is a politician, not a body. */
    private static final Set<String> PARTY_MEMBERS = Set.of("Republican", "Democrat", "Libertarian");

    /**
     * "Senator Rand Paul … In a statement, the Kentucky Republican on Tuesday dismissed …": a definite description
     * ending in a party member's noun, written in capitals, takes up the person the sentence before is about (the one
     * named there in its paragraph, else {@link #personOfSentenceBefore}); null when the mention is no such description
     * or no one is named there.
     */
    private Entity partyMemberDescribed(Document doc, List<NameRun> runs, Mention m) {
        String[] words = m.text(doc.text()).strip().split("\\s+", -1);
        boolean definite = words[0].equalsIgnoreCase("the")
                || (m.firstToken() > 0 && doc.token(m.firstToken() - 1).isLower("the"));
        if (!PARTY_MEMBERS.contains(words[words.length - 1]) || !definite) {
            return null;
        }
        NameRun named = soleNamedBefore(doc, runs, m.headStart());
        if (named == null) {
            named = personOfSentenceBefore(doc, runs, m);
        }
        if (named == null) {
            return null;
        }
        Entity person = resolveName(runs, named.name(), named.start(), doc.text());
        return person.kind() != SpeakerKind.PERSON
                ? null
                : new Entity(
                        person.name(),
                        SpeakerKind.PERSON,
                        m.text(doc.text()).strip(),
                        null,
                        new Evidence(m.start(), m.end()),
                        null);
    }

    /**
     * The person the sentence before the mention's is about, across a paragraph break ("House Speaker Paul Ryan says no
     * matter what President Barack Obama does …¶The Wisconsin Republican says in a statement …"), when the mention
     * opens its sentence within a few words: the person named first, when that name opens the sentence (its subject),
     * or else the one person named there outside quotation marks; null otherwise.
     */
    private NameRun personOfSentenceBefore(Document doc, List<NameRun> runs, Mention m) {
        Sentence own = doc.sentenceOf(m.firstToken());
        if (own.index() == 0 || m.firstToken() - own.firstToken() > SUBJECT_OPENING) {
            return null;
        }
        Sentence before = doc.sentences().get(own.index() - 1);
        NameRun found = null;
        String name = null;
        for (NameRun r : runs) {
            if (r.start() < before.start() || r.start() >= before.end()) {
                continue;
            }
            if (r.type() != NameRun.Type.PERSON || doc.quoted(r.start())) {
                continue;
            }
            if (found == null && r.firstToken() - before.firstToken() <= SUBJECT_OPENING / 2) {
                return r; // the subject: "Senate Majority Leader Mitch McConnell is criticizing …"
            }
            String resolved = resolveName(runs, r.name(), r.start(), doc.text()).name();
            if (name != null && !name.equals(resolved)) {
                return null; // two people named, neither the subject: the description may be either's
            }
            name = resolved;
            found = r;
        }
        return found;
    }

    /**
     * "…, Contractor Says", "…, Ministry Confirms", "Officials Warn …": in a title-case headline a capitalised common
     * noun is a description, and the body names what it describes; null when the mention is no such description.
     */
    private Entity headlineDescription(Document doc, List<NameRun> runs, Mention m) {
        String head = m.head(doc.text());
        if (head.isEmpty()
                || !MentionFinder.isHeadline(
                        doc, doc.paragraphs().get(doc.sentenceOf(m.firstToken()).paragraph()))) {
            return null;
        }
        String[] words = head.toLowerCase(Locale.ROOT).split("\\s+", -1);
        String last = words[words.length - 1];
        boolean known = lex.roleNoun(last) != null
                || COMPANY_OR_PERSON.contains(last)
                || lex.isAgentPlural(last)
                || (last.endsWith("s") && lex.roleNoun(last.substring(0, last.length() - 1)) != null);
        if (!known
                || namedElsewhere(
                        runs, m, words.length == 1 ? m.head(doc.text()).strip() : "")) {
            return null; // "Hollin Sound Ferries Says": a name; "Sanders Says" beside "Bernie Sanders": a surname
        }
        Lexicons.NounClass c = lex.roleNoun(last);
        if (c != Lexicons.NounClass.ORG && !COMPANY_OR_PERSON.contains(last)) {
            return nominal(doc, runs, m, m.text(doc.text()).toLowerCase(Locale.ROOT));
        }
        // the body comes after the headline: look back from a little way into it
        int into = Math.min(doc.text().length(), m.end() + DESCRIBED_ORGANISATION_WINDOW);
        NameRun named = organisationDescribed(doc, runs, into, String.join(" ", words));
        return named != null
                ? organisationEntity(runs, named, doc.text())
                : new Entity(bodyDescription(doc, m.endToken(), last), SpeakerKind.ORGANIZATION, null, null);
    }

    /**
     * The first description in the body after token {@code from} whose head is {@code head}, with the lower-case
     * words that modify it ("the education ministry said" gives "education ministry"); {@code head} if none.
     */
    private String bodyDescription(Document doc, int from, String head) {
        for (int j = from; j < doc.tokenCount(); j++) {
            Token t = doc.token(j);
            if (!t.capitalized() && t.isLower(head)) {
                int a = j;
                while (a - 1 > from
                        && j - a < 2
                        && doc.token(a - 1).word()
                        && Character.isLetter(doc.token(a - 1).text().charAt(0))
                        && !doc.token(a - 1).capitalized()
                        && !Description.isDeterminerLike(doc.token(a - 1).lower())
                        && lex.speechVerb(doc.token(a - 1).lower()) == null) {
                    a--;
                }
                return doc.text().substring(doc.token(a).start(), t.end());
            }
        }
        return head;
    }

    /**
     * "Forecasters said …", "Officials at the agency said …", "Q: Farmers say …": a capitalised plural noun opening
     * the sentence (or the turn after a label's colon) and heading the mention is a group, not a name.
     */
    private boolean sentenceInitialPlural(Document doc, List<NameRun> runs, Mention m) {
        int first = m.firstToken();
        int sentenceStart = doc.sentenceOf(first).firstToken();
        boolean opens = first == sentenceStart
                || (first - 2 >= sentenceStart && doc.token(first - 1).is(":") && first - 2 == sentenceStart);
        if (!opens
                || doc.token(first).start() != m.headStart()
                || doc.token(first).end() != m.headEnd()) {
            return false;
        }
        String w = doc.token(first).lower();
        boolean plural =
                lex.isAgentPlural(w) || (w.endsWith("s") && lex.roleNoun(w.substring(0, w.length() - 1)) != null);
        // "Sanders said", "Powers added": a surname the text gives a person elsewhere ("Bernie Sanders")
        return plural && !namedElsewhere(runs, m, doc.token(first).text());
    }

    /**
     * Whether {@code word} is a word of a person's name run elsewhere than at the mention: a surname shaped like a
     * plural ("Sanders", "Rogers") that the text gives a person.
     */
    private static boolean namedElsewhere(List<NameRun> runs, Mention m, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (NameRun r : runs) {
            if (r.type() == NameRun.Type.PERSON
                    && r.start() != m.start()
                    && r.words().size() > 1
                    && r.words().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Entity nominal(Document doc, List<NameRun> runs, Mention m) {
        return nominal(doc, runs, m, m.text(doc.text()));
    }

    /** A description, read from {@code text} (the mention's words, perhaps in another case). */
    private Entity nominal(Document doc, List<NameRun> runs, Mention m, String mentionText) {
        String text = mentionText;
        boolean opensSentence = doc.sentenceOf(m.firstToken()).firstToken() == m.firstToken()
                && runs.stream().noneMatch(r -> r.start() == m.start());
        if ((m.headStart() == m.start() || opensSentence) && !text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
            // "Local farmers said": a capital that only opens the sentence
            // "Aides to the prime minister said": the capital opens the sentence, the description is "aides to …"
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        String head = m.head(doc.text()).toLowerCase(Locale.ROOT);
        Lexicons.NounClass c = lex.roleNoun(head);
        if (c == null
                && head.endsWith("s")
                && (lex.roleNoun(head.substring(0, head.length() - 1)) != null || lex.isAgentPlural(head))) {
            // "Supermarkets said", "Several growers said": a plural of a listed noun is a group
            c = Lexicons.NounClass.GROUP;
        }
        SpeakerKind kind = c == Lexicons.NounClass.GROUP
                ? SpeakerKind.GROUP
                : c == Lexicons.NounClass.ORG ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON;
        NameRun holder = appositiveName(doc, runs, m, c == Lexicons.NounClass.ORG);
        if (holder == null) {
            holder = nameClosingTheMention(doc, runs, m, c == Lexicons.NounClass.ORG);
        }
        if (holder != null) {
            // "The party chairman, Kelly Armstrong, said": the description names its holder itself
            // "the chair of the bench, Rosalind Akers,", "her coach, Amadou Sarr,": the description is their role
            String named =
                    resolveName(runs, holder.name(), holder.start(), doc.text()).name();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean determined = definite(text)
                    || lower.startsWith("her ")
                    || lower.startsWith("his ")
                    || lower.startsWith("their ");
            return c == Lexicons.NounClass.ROLE && kind == SpeakerKind.PERSON && determined
                    ? new Entity(named, kind, head, null, new Evidence(m.headStart(), m.headEnd()), null)
                    : new Entity(named, kind, null, null);
        }
        Description d = Description.of(text);
        if (definite(text) && c == null && d.possessor() == null && d.organisation() == null) {
            // "the team said" after "the Hollin Mountain Rescue Team": a noun no list knows, but the head of a name
            // the article gave, is that organisation
            NameRun named = describedOrganisation(doc, runs, m.start(), descriptionWords(d.noun()));
            if (named != null && headWord(named).equalsIgnoreCase(head)) {
                return organisationEntity(runs, named, doc.text());
            }
        }
        if ((head.equals("police") || (head.equals("force") && definite(text)))
                && d.possessor() == null
                && d.organisation() == null) {
            // "police said", "the force said": the force the article names, before or just after ("Inspector X of
            // the Falmire District Police")
            NameRun force = null;
            for (String word : POLICE_HEADS) {
                if (force == null) {
                    force = describedOrganisation(doc, runs, m.start(), java.util.Set.of(word));
                }
            }
            for (String word : POLICE_HEADS) {
                if (force == null) {
                    force = organisationNamedLater(doc, runs, m.end(), word);
                }
            }
            if (force != null) {
                return organisationEntity(runs, force, doc.text());
            }
        }
        if (c == Lexicons.NounClass.ORG
                && !definite(text)
                && (d.possessor() == null || d.possessor().equals(d.possessor().toLowerCase(Locale.ROOT)))
                && !DOCUMENT_NOUNS.contains(head)) {
            // "…, a farmers' cooperative warned on Monday." and, further on, "The Lowmoor Growers' Cooperative …": an
            // organisation introduced by its kind first is the one the article names next with that head word
            NameRun later = organisationNamedLater(doc, runs, m.end(), head);
            if (later != null) {
                return new Entity(later.name(), SpeakerKind.ORGANIZATION, null, null);
            }
        }
        if (definite(text)
                && COMPANY_OR_PERSON.contains(head)
                && d.possessor() == null
                && d.organisation() == null
                && d.noun().equals(head)) {
            // "the operator said", "the buyer said": the business the article named, when it named one; "a machine
            // operator" and an operator the article names no business for stay people
            NameRun business = organisationDescribed(doc, runs, m.start(), head);
            if (business != null) {
                return organisationEntity(runs, business, doc.text());
            }
        }
        if ((definite(text) || d.possessor() != null)
                && (c == Lexicons.NounClass.ORG || c == Lexicons.NounClass.ROLE)) {
            NameRun antecedent = c == Lexicons.NounClass.ORG
                    ? organisationDescribed(doc, runs, m.start(), d.noun())
                    : describedPerson(doc, runs, m.start(), head, descriptionWords(d.noun()));
            if (antecedent != null) {
                Entity named = resolveName(runs, antecedent.name(), antecedent.start(), doc.text());
                return new Entity(named.name(), kind, null, null);
            }
            NameRun subjectOf = c == Lexicons.NounClass.ROLE ? soleNamedBefore(doc, runs, m.headStart()) : null;
            if (subjectOf != null) {
                // "Anwen Szabo-Kerr has driven these lanes for years. Now the valley's only vet is looking …": a
                // description opening its sentence takes up the one person just named; it is their role
                Entity named = resolveName(runs, subjectOf.name(), subjectOf.start(), doc.text());
                return new Entity(
                        named.name(), SpeakerKind.PERSON, head, null, new Evidence(m.headStart(), m.headEnd()), null);
            }
            boolean takesUpSomeone = c == Lexicons.NounClass.ROLE
                    && definite(text)
                    && (PUBLIC_ROLES.contains(head) || isTrade(head))
                    && d.possessor() == null
                    && d.organisation() == null;
            NameRun justNamed = takesUpSomeone ? personJustNamed(doc, runs, m.start(), m.firstToken(), head) : null;
            if (justNamed == null && takesUpSomeone && isTrade(head)) {
                justNamed = centralPerson(doc, runs, m.start(), head);
            }
            if (justNamed != null) {
                // "… Alder said. The fisherman added …": a trade many share, made definite, is someone just named;
                // the description is their role
                Entity named = resolveName(runs, justNamed.name(), justNamed.start(), doc.text());
                return new Entity(
                        named.name(), SpeakerKind.PERSON, head, null, new Evidence(m.headStart(), m.headEnd()), null);
            }
        }
        if (c == null
                && definite(text)
                && d.possessor() == null
                && d.organisation() == null
                && d.noun().equals(head)
                && (AGE_DESCRIPTION.matcher(head).matches()
                        || (!lex.isPlainPersonNoun(head)
                                && (lex.isAgentNoun(head)
                                        || PERSON_COMPOUND.matcher(head).matches())))) {
            // "“…,” said the auctioneer, now 63", "the 78-year-old said", "the ferryman says": a description no list
            // knows, of a trade or an age, takes up the person just named (a trade, failing that, the subject)
            boolean age = AGE_DESCRIPTION.matcher(head).matches();
            NameRun takenUp = personJustNamed(doc, runs, m.start(), m.firstToken(), head);
            if (takenUp == null) {
                takenUp = soleNamedBefore(doc, runs, m.headStart());
            }
            if (takenUp == null && !age) {
                takenUp = centralPerson(doc, runs, m.start(), head); // an age is whoever was just named, or nobody
            }
            if (takenUp != null) {
                Entity named = resolveName(runs, takenUp.name(), takenUp.start(), doc.text());
                return age
                        ? new Entity(named.name(), SpeakerKind.PERSON, null, null)
                        : new Entity(
                                named.name(),
                                SpeakerKind.PERSON,
                                head,
                                null,
                                new Evidence(m.headStart(), m.headEnd()),
                                null);
            }
        }
        // an unnamed source: "one machine operator", "a spokesman for the education ministry", "EHSCB spokesman",
        // "Valdmark's education ministry"; the description without its determiner, quantifier or possessor names it,
        // its prepositional phrase or possessor gives the organisation
        // "a spokesman for", "an analyst at", "a member of" name an employer; "near", "in" and "from" a place
        boolean employer = d.possessor() != null
                || d.preposition() == null
                || java.util.Set.of("for", "at", "with", "of").contains(d.preposition());
        String affiliation =
                d.organisation() == null || !employer ? null : organisationFor(doc, runs, m.start(), d.organisation());
        if (affiliation == null && employer && d.organisation() != null && d.possessor() == null) {
            // "the EHSCB spokesman", "a spokesman for the education ministry": an acronym or a body the article
            // names by its common noun only is the affiliation as written
            affiliation = isAcronym(d.organisation())
                    ? d.organisation()
                    : unnamedBody(d.organisation(), !"of".equals(d.preposition()));
        }
        String noun = d.noun();
        if (affiliation == null && d.possessor() == null && d.postModified()) {
            // a post-modifier that names no organisation stays when it says who the source is ("a source familiar
            // with the talks", "the mayor of Port Tessaly"); a place or a setting goes ("teachers at a school")
            String object = d.organisation() == null ? "" : d.organisation();
            boolean capitalisedObject = !object.isEmpty() && Character.isUpperCase(object.charAt(0));
            if (d.participle() || (capitalisedObject && d.preposition().equals("of"))) {
                noun = d.whole();
            }
        }
        if (affiliation == null && kind == SpeakerKind.PERSON) {
            affiliation = organisationAfter(doc, runs, m.endToken());
        }
        // "a machine operator" is one by trade; "a man", "one neighbour" say who, not what: no role
        boolean trade = c == Lexicons.NounClass.ROLE || (c == null && lex.isAgentNoun(head));
        String role = kind == SpeakerKind.PERSON && trade && !lex.isPlainPersonNoun(head) ? noun : null;
        if (role != null && affiliation == null && d.possessor() == null && d.organisation() == null) {
            // "a council spokeswoman", "a commission official": the body the article named, then the role alone
            int space = noun.indexOf(' ');
            String body = space < 0 ? null : noun.substring(0, space);
            if (body != null && lex.roleNoun(body) == Lexicons.NounClass.ORG) {
                String named = organisationFor(doc, runs, m.start(), "the " + body);
                if (named != null) {
                    affiliation = named;
                    role = noun.substring(space + 1);
                }
            }
        }
        if (kind == SpeakerKind.ORGANIZATION) {
            return new Entity(noun, kind, null, null);
        }
        // a person or a group the article does not name: an anonymous source, kept with its description
        String text0 = doc.text();
        int window = Math.min(text0.length(), m.end() + DESCRIPTION_AFTER);
        Evidence roleEvidence = role == null ? null : find(text0, m.start(), window, role);
        Evidence affiliationEvidence = affiliation == null ? null : find(text0, m.start(), window, affiliation);
        if (affiliationEvidence == null && affiliation != null && d.organisation() != null) {
            affiliationEvidence = find(text0, m.start(), window, d.organisation());
        }
        return new Entity(noun, SpeakerKind.ANONYMOUS, role, affiliation, roleEvidence, affiliationEvidence);
    }

    /** The first occurrence of {@code words} in text[from, to), or null. */
    private static Evidence find(String text, int from, int to, String words) {
        int i = text.indexOf(words, from);
        return i < 0 || i + words.length() > to ? null : new Evidence(i, i + words.length());
    }

    /**
     * "a spokeswoman for the Dunmere Water Board said": the organisation named in the prepositional phrase right
     * after a description (for, at, with, of), or null.
     */
    private String organisationAfter(Document doc, List<NameRun> runs, int k) {
        if (k + 1 >= doc.tokenCount()) {
            return null;
        }
        Token p = doc.token(k);
        if (!(p.isLower("for") || p.isLower("at") || p.isLower("with") || p.isLower("of"))) {
            return null;
        }
        int a = k + 1;
        if (doc.token(a).isLower("the") && a + 1 < doc.tokenCount()) {
            a++;
        }
        int idx = indexBefore(runs, doc.token(a).start()) + 1;
        if (idx < runs.size()
                && runs.get(idx).firstToken() == a
                && runs.get(idx).type() == NameRun.Type.ORGANIZATION) {
            return resolveName(runs, runs.get(idx).name(), runs.get(idx).start(), doc.text())
                    .name();
        }
        int b = a;
        while (b < doc.tokenCount()
                && b - a < 3
                && doc.token(b).word()
                && !doc.token(b).capitalized()) {
            b++;
        }
        return b > a
                ? organisationFor(
                        doc,
                        runs,
                        doc.token(a).start(),
                        doc.text()
                                .substring(
                                        doc.token(a - 1).start(),
                                        doc.token(b - 1).end()))
                : null;
    }

    /**
     * A description split into what it is and whom it works for: "a spokesman for the education ministry" →
     * spokesman, education ministry; "one machine operator" → machine operator; "the EHSCB spokesman" → spokesman,
     * EHSCB; "Valdmark's education ministry" → education ministry, Valdmark.
     */
    /**
     * "the education ministry", "the regional transport department", "Tessaly Constabulary": a body the article gives
     * by a common noun (or an unlisted name) as written, without its article; null for anything else.
     */
    private String unnamedBody(String phrase, boolean employer) {
        String p = phrase.strip().replaceAll("[,.;:]+$", "");
        if (p.regionMatches(true, 0, "the ", 0, 4)) {
            p = p.substring(4);
        } else if (p.regionMatches(true, 0, "a ", 0, 2) || p.regionMatches(true, 0, "an ", 0, 3)) {
            return null; // "a secondary school": some body, not one the article names
        }
        String[] words = p.split("\\s+", -1);
        if (words.length == 0 || words.length > 6) {
            return null;
        }
        String last = words[words.length - 1];
        boolean body = lex.roleNoun(last.toLowerCase(Locale.ROOT)) == Lexicons.NounClass.ORG
                && !DOCUMENT_NOUNS.contains(last.toLowerCase(Locale.ROOT));
        // "a spokeswoman for the Tessaly Constabulary": whom a spokesperson speaks for is an organisation; "the
        // mayor of Port Tessaly" names a place
        boolean named =
                Character.isUpperCase(p.charAt(0)) && (lex.isOrgHead(last) || lex.isOrgFinalHead(last) || employer);
        return body || named ? p : null;
    }

    record Description(
            String noun, String organisation, String possessor, String whole, String preposition, boolean participle) {

        /** Words before a preposition that make the phrase a description of the source, not of its employer. */
        private static final java.util.Set<String> DESCRIBING = java.util.Set.of(
                "close",
                "familiar",
                "involved",
                "briefed",
                "knowledgeable",
                "aware",
                "opposed",
                "linked",
                "loyal",
                "responsible",
                "working",
                "speaking");

        boolean postModified() {
            return preposition != null;
        }

        private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of(
                "the", "a", "an", "one", "another", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "some", "several", "many", "few", "a few", "other", "this", "that", "these", "those");
        private static final java.util.Set<String> CUT = java.util.Set.of(
                "for", "at", "of", "with", "in", "near", "from", "on", "who", "which", "whose", "that");

        /** Words that open or cut a description rather than modify its noun: "the", "some", "for", "its". */
        static boolean isDeterminerLike(String lower) {
            return QUANTIFIERS.contains(lower)
                    || CUT.contains(lower)
                    || lower.equals("its")
                    || lower.equals("their")
                    || lower.equals("his")
                    || lower.equals("her")
                    || lower.equals("and");
        }

        static Description of(String text) {
            String[] words = text.strip().split("\\s+", -1);
            int a = 0;
            while (a < words.length - 1 && QUANTIFIERS.contains(words[a].toLowerCase(Locale.ROOT))) {
                a++;
            }
            String possessor = null;
            for (int k = a; k < words.length - 1 && k - a < 4; k++) {
                String w = words[k];
                if (CUT.contains(w.toLowerCase(Locale.ROOT))) {
                    break; // "a spokesman for Varenland's ministry": the possessor belongs to what follows
                }
                if (w.endsWith("’s") || w.endsWith("'s") || w.endsWith("s’") || w.endsWith("s'")) {
                    possessor = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k + 1))
                            .replaceAll("(’s|'s|’|')$", "");
                    a = k + 1;
                    break;
                }
            }
            String whole = String.join(" ", java.util.Arrays.copyOfRange(words, a, words.length))
                    .replaceAll("[,.;:]+$", "");
            int b = words.length;
            String organisation = possessor;
            String preposition = null;
            boolean participle = false;
            for (int k = a + 1; k < words.length; k++) {
                String w = words[k].replaceAll("[,.;:]+$", "");
                if (CUT.contains(w.toLowerCase(Locale.ROOT)) && !w.equals(words[k].toUpperCase(Locale.ROOT))) {
                    b = k;
                    preposition = w.toLowerCase(Locale.ROOT);
                    String before = words[k - 1].toLowerCase(Locale.ROOT);
                    participle = DESCRIBING.contains(before) || (before.endsWith("ed") && before.length() > 4);
                    if (k + 1 < words.length
                            && !w.equalsIgnoreCase("who")
                            && !w.equalsIgnoreCase("which")
                            && !w.equalsIgnoreCase("whose")
                            && !w.equalsIgnoreCase("that")) {
                        organisation = String.join(" ", java.util.Arrays.copyOfRange(words, k + 1, words.length))
                                .replaceAll("[,.;:]+$", "");
                    }
                    break;
                }
            }
            // "EHSCB spokesman", "VDPO spokesperson": a capitalised word before a lower-case role names the body
            if (b - a >= 2 && organisation == null && isUpperWord(words[a]) && !isUpperWord(words[b - 1])) {
                organisation = words[a];
                a++;
            }
            String noun =
                    String.join(" ", java.util.Arrays.copyOfRange(words, a, b)).replaceAll("[,.;:]+$", "");
            return new Description(
                    noun.isEmpty() ? text.strip() : noun,
                    organisation,
                    possessor,
                    whole.isEmpty() ? text.strip() : whole,
                    preposition,
                    participle);
        }

        private static boolean isUpperWord(String w) {
            return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }
    }

    /**
     * "The chairwoman of the Isle of Brannoch Parish Council, Rosa Imrie": a subject that takes in its apposition
     * ends with the name of the one it describes.
     */
    private static NameRun nameClosingTheMention(Document doc, List<NameRun> runs, Mention m, boolean organisation) {
        int idx = indexBefore(runs, m.end());
        if (idx < 0) {
            return null;
        }
        NameRun r = runs.get(idx);
        String text = doc.text();
        boolean afterComma =
                r.start() >= m.start() + 3 && text.charAt(r.start() - 1) == ' ' && text.charAt(r.start() - 2) == ',';
        // "the chair of the bench, Rosalind Akers, told …": the mention may take in the comma closing the apposition
        boolean closes = r.end() <= m.end() && text.substring(r.end(), m.end()).matches("[\\s,]*");
        return closes
                        && afterComma
                        && r.type() == (organisation ? NameRun.Type.ORGANIZATION : NameRun.Type.PERSON)
                        && r.words().size() >= 2
                ? r
                : null;
    }

    /**
     * "said Norvik's head of sales, Pia Lund": a name in the possessive, a role and the person who holds it in
     * apposition; the person, not the organisation, is the speaker.
     */
    private NameRun possessedRoleHolder(Document doc, List<NameRun> runs, Mention m) {
        int k = m.endToken();
        if (k >= doc.tokenCount()
                || !(doc.token(k).is("’s") || doc.token(k).is("'s") || QuoteMarks.possessiveApostrophe(doc, k))) {
            k = m.endToken() - 1;
            if (k < 0 || !(doc.token(k).is("’s") || doc.token(k).is("'s"))) {
                return null;
            }
        }
        int end = Math.min(doc.tokenCount(), k + 9);
        boolean role = false;
        for (int j = k + 1; j < end; j++) {
            Token t = doc.token(j);
            if (t.is(",")) {
                if (!role) {
                    return null;
                }
                int idx = indexBefore(runs, doc.token(j).end() + 2) + 1;
                if (idx < runs.size() && j + 1 < doc.tokenCount()) {
                    NameRun r = runs.get(idx);
                    return r.firstToken() == j + 1
                                    && r.type() == NameRun.Type.PERSON
                                    && r.words().size() >= 2
                            ? r
                            : null;
                }
                return null;
            }
            if (!t.word() || (t.capitalized() && !lex.isTitle(t.text()))) {
                return null;
            }
            role |= lex.roleNoun(t.lower()) == Lexicons.NounClass.ROLE || lex.isTitle(t.text()) || t.isLower("head");
        }
        return null;
    }

    /**
     * The person named in an apposition right after the description: ", Kelly Armstrong," or ", Kelly Armstrong said".
     */
    private static NameRun appositiveName(Document doc, List<NameRun> runs, Mention m, boolean organisation) {
        String text = doc.text();
        int i = m.end();
        if (i + 2 >= text.length() || text.charAt(i) != ',' || text.charAt(i + 1) != ' ') {
            return null;
        }
        int idx = indexBefore(runs, i + 2) + 1;
        if (idx >= runs.size()) {
            return null;
        }
        NameRun r = runs.get(idx);
        char after = r.end() < text.length() ? text.charAt(r.end()) : '.';
        boolean closed = after == ',' || after == '.' || after == ';' || after == '\n';
        // "The party chairman, Kelly Armstrong,", "The printing company, Askvik Print & Packaging,"
        NameRun.Type wanted = organisation ? NameRun.Type.ORGANIZATION : NameRun.Type.PERSON;
        return r.start() == i + 2 && r.type() == wanted && r.words().size() >= 2 && closed ? r : null;
    }

    /** "the official", "this ministry": a description that points back at something already named. */
    private static boolean definite(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        return d.startsWith("the ") || d.startsWith("this ") || d.startsWith("that ");
    }

    /** Organisation nouns that name what a body publishes, not the body: "the report said" is no company. */
    private static final java.util.Set<String> DOCUMENT_NOUNS = java.util.Set.of(
            "report",
            "study",
            "survey",
            "poll",
            "statement",
            "filing",
            "letter",
            "memo",
            "ad",
            "email",
            "website",
            "document",
            "complaint",
            "lawsuit",
            "release",
            "column",
            "editorial",
            "tweet",
            "post",
            "book",
            "petition",
            "campaign",
            "network",
            "newspaper");
    /** Descriptions of a business: "the brewer said" points back at the firm, never at a council or a union. */
    private static final java.util.Set<String> BUSINESS_NOUNS = java.util.Set.of(
            "company",
            "firm",
            "group",
            "brewer",
            "brewery",
            "distiller",
            "manufacturer",
            "airline",
            "carrier",
            "retailer",
            "lender",
            "insurer",
            "developer",
            "publisher",
            "broadcaster",
            "supermarket",
            "business",
            "maker",
            "producer",
            "supplier",
            "utility",
            "bakery",
            "mill",
            "bank",
            "chain",
            "operator",
            "buyer");
    /** Head words of a police force's name. */
    private static final List<String> POLICE_HEADS = List.of("police", "constabulary");

    /** How far after an indefinite description of an organisation its name may come, in characters. */
    private static final int NAMED_LATER_WINDOW = 1_500;

    /** The first organisation named after {@code from} whose head word is {@code head}, within the window; or null. */
    private NameRun organisationNamedLater(Document doc, List<NameRun> runs, int from, String head) {
        for (int i = Math.max(0, indexBefore(runs, from) + 1); i < runs.size(); i++) {
            NameRun r = runs.get(i);
            if (r.start() - from > NAMED_LATER_WINDOW) {
                return null;
            }
            if (r.start() >= from
                    && r.type() == NameRun.Type.ORGANIZATION
                    && r.words().size() >= 2
                    && !doc.quoted(r.start())
                    && headWord(r).equalsIgnoreCase(head)) {
                return r;
            }
        }
        return null;
    }

    /** Agent nouns that name a business as often as a person ("the operator", "the buyer", "the contractor"). */
    private static final java.util.Set<String> COMPANY_OR_PERSON =
            java.util.Set.of("operator", "buyer", "contractor", "seller", "employer", "landlord", "vendor", "bidder");

    /** Name words of public bodies and member organisations, which a business description never points at. */
    private static final java.util.Set<String> PUBLIC_BODY_WORDS = java.util.Set.of(
            "council",
            "ministry",
            "department",
            "committee",
            "court",
            "police",
            "government",
            "parliament",
            "authority",
            "agency",
            "board",
            "union",
            "association",
            "party",
            "university",
            "college",
            "school",
            "commission",
            "directorate",
            "inspectorate",
            "trust",
            "society",
            "federation",
            "forum",
            "guild",
            "chamber",
            "cooperative",
            "co-operative",
            "charity",
            "foundation",
            "institute",
            "service",
            "fund");

    /**
     * The organisation a definite description, a possessor or a pronoun points back at, as the article names it:
     * "the union" → "Vellmar Farmers' Union", "its" → the organisation last named, "Harrowgate" → "Harrowgate
     * Beverages Group". {@code phrase} is the text of the description ("the museum", "its", "Norvik"); null when it
     * points at no organisation the article names.
     */
    public String organisationFor(Document doc, List<NameRun> runs, int at, String phrase) {
        String p = phrase.strip();
        if (p.isEmpty()) {
            return null;
        }
        if (p.regionMatches(true, 0, "the ", 0, 4) && p.length() > 4 && Character.isUpperCase(p.charAt(4))) {
            p = p.substring(4); // "the Dunmere Water Board" is the name "Dunmere Water Board"
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.equals("its") || lower.equals("their") || lower.equals("it")) {
            NameRun r = previousOrganisation(doc, runs, at);
            return r == null
                    ? null
                    : resolveName(runs, r.name(), r.start(), doc.text()).name();
        }
        if (Character.isUpperCase(p.charAt(0)) && !definite(p)) {
            Entity e = resolveName(runs, cleanName(p), at, doc.text());
            return e.kind() == SpeakerKind.ORGANIZATION ? e.name() : null;
        }
        String[] words = lower.split("\\s+", -1);
        String head = words[words.length - 1];
        if (lex.roleNoun(head) != Lexicons.NounClass.ORG) {
            if (COMPANY_OR_PERSON.contains(head) && definite(p)) {
                // "the operator's commercial director": the business the article named
                NameRun business = organisationDescribed(doc, runs, at, p);
                return business == null
                        ? null
                        : resolveName(runs, business.name(), business.start(), doc.text())
                                .name();
            }
            if (lex.roleNoun(head) != null || !definite(p)) {
                return null;
            }
            // "the dairy's chief executive", "the line's harbour agent": a noun no list calls an organisation's
            // still points back at a named organisation that has it in its name ("Lowmoor & Fenmarsh Dairy
            // Cooperative", "Halcyon Box Lines")
            NameRun named = describedOrganisation(doc, runs, at, descriptionWords(p));
            return named == null
                    ? null
                    : resolveName(runs, named.name(), named.start(), doc.text()).name();
        }
        NameRun r = organisationDescribed(doc, runs, at, p);
        return r == null
                ? null
                : resolveName(runs, r.name(), r.start(), doc.text()).name();
    }

    /**
     * "the museum", "the company", "this ministry" → the organisation the article named that the description points
     * back at: the nearest earlier name with every word of it ("the authority" → "Tessaly Harbour Authority"), else,
     * for an institution's common noun, the nearest earlier organisation of a compatible sort ("the brewer" →
     * "Brightwater Brewing Co.", never a council).
     */
    NameRun organisationDescribed(Document doc, List<NameRun> runs, int before, String description) {
        java.util.Set<String> words = descriptionWords(description);
        NameRun named = describedOrganisation(doc, runs, before, words);
        if (named != null || words.isEmpty()) {
            return named;
        }
        String head = "";
        for (String w : description.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-]+", -1)) {
            head = w.isEmpty() ? head : w;
        }
        if (DOCUMENT_NOUNS.contains(head)
                || (lex.roleNoun(head) != Lexicons.NounClass.ORG && !COMPANY_OR_PERSON.contains(head))) {
            return null;
        }
        boolean business = BUSINESS_NOUNS.contains(head) || COMPANY_OR_PERSON.contains(head);
        // the organisation the article is about before the one it mentioned last: "the company" after "Norvik Marine
        // Electronics" named five times and an analyst's bank named once is Norvik
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        String opener = business ? firstBusiness(doc, runs) : null;
        NameRun best = null;
        int bestCount = 0;
        for (int i = indexBefore(runs, before); i >= 0; i--) {
            NameRun r = runs.get(i);
            if (before - r.end() > DESCRIBED_ORGANISATION_WINDOW) {
                break;
            }
            if (r.type() != NameRun.Type.ORGANIZATION || r.words().size() < 2 || doc.quoted(r.start())) {
                continue;
            }
            if (business ? !isPublicBody(r) : !PUBLIC_BODY_WORDS.contains(head)) {
                // the most mentioned, the nearer on a tie (runs are read backwards); the business the article opens
                // with counts as if named once more and wins a tie (a results story is about the firm in its lead,
                // whoever else it quotes)
                int weight =
                        2 * seen.merge(r.name(), 1, Integer::sum) + (r.name().equals(opener) ? 3 : 0);
                if (weight > bestCount) {
                    bestCount = weight;
                    best = r;
                }
            }
        }
        return best;
    }

    /** The organisation name run {@code r} stands for, as a speaker: its whole name as the article gives it. */
    private Entity organisationEntity(List<NameRun> runs, NameRun r, String text) {
        return new Entity(resolveName(runs, r.name(), r.start(), text).name(), SpeakerKind.ORGANIZATION, null, null);
    }

    /** True when a word of {@code r}'s name marks a public body or a member organisation (council, union …). */
    private static boolean isPublicBody(NameRun r) {
        for (String w : r.words()) {
            if (PUBLIC_BODY_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The name of the first organisation outside quotation marks that is no public body, or null. */
    private static String firstBusiness(Document doc, List<NameRun> runs) {
        for (NameRun r : runs) {
            if (r.type() != NameRun.Type.ORGANIZATION || r.words().size() < 2 || doc.quoted(r.start())) {
                continue;
            }
            if (!isPublicBody(r)) {
                return r.name();
            }
        }
        return null;
    }

    /** The organisation named last before {@code before} (outside quotation marks), within a pronoun's reach. */
    private static NameRun previousOrganisation(Document doc, List<NameRun> runs, int before) {
        int idx = indexBefore(runs, before);
        for (int i = idx; i >= 0 && idx - i < NAME_WINDOW; i--) {
            NameRun r = runs.get(i);
            if (before - r.end() > ORGANISATION_PRONOUN_WINDOW) {
                return null;
            }
            if (r.type() == NameRun.Type.ORGANIZATION && !doc.quoted(r.start())) {
                return r;
            }
        }
        return null;
    }

    /**
     * "the authority", "the budget office" → the nearest earlier organisation whose name has every word of the
     * description: "Tessaly Harbour Authority", "Congressional Budget Office".
     */
    private NameRun describedOrganisation(Document doc, List<NameRun> runs, int before, java.util.Set<String> words) {
        NameRun containing = null;
        for (int i = indexBefore(runs, before); i >= 0; i--) {
            NameRun r = runs.get(i);
            if (before - r.end() > PRONOUN_WINDOW) {
                return containing;
            }
            if (r.type() != NameRun.Type.ORGANIZATION || r.words().size() < 2 || doc.quoted(r.start())) {
                continue;
            }
            java.util.Set<String> name = new java.util.HashSet<>();
            for (String w : r.words()) {
                String lw = w.toLowerCase(Locale.ROOT);
                name.add(lw);
                if (lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss")) {
                    name.add(lw.substring(0, lw.length() - 1)); // "the line" is "Halcyon Box Lines"
                }
            }
            if (name.containsAll(words)) {
                // "the museum" is the Halverton Museum of Maritime History sooner than the Friends of Halverton
                // Museum: a name whose head is the description's noun wins over a nearer one that merely has it
                if (words.contains(headWord(r).toLowerCase(Locale.ROOT))) {
                    return r;
                }
                if (containing == null) {
                    containing = r;
                }
            }
        }
        return containing;
    }

    /**
     * The head word of an organisation's name: the last word before its "of"/"for" when an organisation word precedes
     * it ("Halverton Museum of Maritime History", "Friends of the Tarn Estuary"), else its last word.
     */
    private String headWord(NameRun r) {
        List<String> w = r.words();
        for (int k = 1; k < w.size(); k++) {
            if (w.get(k).equals("of") || w.get(k).equals("for")) {
                for (int h = 0; h < k; h++) {
                    if (lex.isOrgHead(w.get(h)) || lex.isOrgFinalHead(w.get(h))) {
                        return w.get(k - 1);
                    }
                }
                break;
            }
        }
        return w.get(w.size() - 1);
    }

    /**
     * "the official" → the nearest earlier person the article introduced with that word, as a pre-modifier
     * ("spokeswoman Ilse Varga") or in an apposition ("Kim Tae-hyo, a senior official of …").
     */
    private static NameRun describedPerson(
            Document doc, List<NameRun> runs, int before, String head, java.util.Set<String> words) {
        if (GENERIC_PERSON_NOUNS.contains(head)) {
            return null;
        }
        String text = doc.text();
        for (int i = indexBefore(runs, before); i >= 0; i--) {
            NameRun r = runs.get(i);
            if (before - r.end() > PRONOUN_WINDOW) {
                return null;
            }
            if (r.type() != NameRun.Type.PERSON || r.words().size() < 2 || doc.quoted(r.start())) {
                continue;
            }
            if (premodifiedBy(text, r, words) || appositionHas(text, r, Math.min(before, text.length()), words)) {
                return r;
            }
        }
        return null;
    }

    /** The description's words, lower-case, without its determiner: "the former president" → former, president. */
    private static java.util.Set<String> descriptionWords(String description) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : description.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-]+", -1)) {
            if (!w.isEmpty() && !w.equals("the") && !w.equals("this") && !w.equals("that")) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * "Spokeswoman Ilse Varga", "former President Bill Clinton": every word of the description among the words
     * right before the name (or leading it), and nothing else in between.
     */
    private static boolean premodifiedBy(String text, NameRun r, java.util.Set<String> words) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String w : r.words()) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (words.contains(lw)) {
                seen.add(lw);
            }
        }
        int from = r.start();
        for (int n = 0; n < 5 && from > 0 && !seen.containsAll(words); n++) {
            int e = from;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
                b--;
            }
            String w = text.substring(b, e).toLowerCase(Locale.ROOT);
            if (b == e || !words.contains(w)) {
                break;
            }
            seen.add(w);
            from = b;
        }
        return seen.containsAll(words);
    }

    /** "Kim Tae-hyo, a senior official of …": every word of the description in the apposition right after the name. */
    private static boolean appositionHas(String text, NameRun r, int limit, java.util.Set<String> words) {
        int i = r.end();
        if (i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        int end = Math.min(limit, i + DESCRIPTION_AFTER);
        for (int k = i + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\n'
                    || c == ','
                    || (c == '.'
                            && k + 1 < text.length()
                            && text.charAt(k + 1) == ' '
                            && !Character.isUpperCase(text.charAt(k - 1)))
                    || c == ';'
                    || c == '“'
                    || c == '"') {
                // the apposition ends with its closing comma
                end = k;
                break;
            }
        }
        for (String w : words) {
            // lower case: a capitalised "President" there belongs to someone else ("Garland, President Obama's
            // nominee")
            if (!containsWord(text, i + 1, end, w, true)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code word} occurs in text[from, to) as a whole word (ignoring case unless {@code exactCase}). */
    static boolean containsWord(String text, int from, int to, String word, boolean exactCase) {
        int n = word.length();
        for (int i = Math.max(0, from); i + n <= to; i++) {
            if (text.regionMatches(!exactCase, i, word, 0, n)
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (i + n >= text.length() || !Character.isLetter(text.charAt(i + n)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words of text [from, to) hold a title or a role noun ("Wells Fargo CEO", "Actress"). */
    /**
     * Whether the text from {@code from} to {@code to} is capitalised words (at least one, at most six) the last of
     * which is a title or a role noun ("Court Judge", "News Senior Investigative Correspondent").
     */
    private boolean titleEndsBefore(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        if (between.isEmpty()) {
            return false;
        }
        String[] words = between.split("\\s+", -1);
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return words.length <= 6
                && (lex.isTitle(last) || lex.roleNoun(last.toLowerCase(Locale.ROOT)) == Lexicons.NounClass.ROLE);
    }

    private boolean titledBefore(String text, int from, int to) {
        for (String w : text.substring(from, to).strip().split("\\s+", -1)) {
            if (!w.isEmpty()
                    && (lex.isTitle(w) || lex.roleNoun(w.toLowerCase(Locale.ROOT)) == Lexicons.NounClass.ROLE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Roles many people share, whose definite description ("the fisherman", "the pensioner") refers back to someone
     * the article has just named rather than to a new person, as "the minister" or "the spokesman" may (lexicon
     * {@code public-roles.txt}).
     */
    private static final Set<String> PUBLIC_ROLES = publicRoles();

    private static Set<String> publicRoles() {
        Set<String> roles = new java.util.HashSet<>();
        for (String[] row : Lexicons.table("public-roles.txt", 1)) {
            roles.add(row[0].toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(roles);
    }

    /**
     * Trades, professions and callings ("the winemaker says", "the cellist says", "the campaigner says"): the role
     * nouns that {@code role-classes.tsv} classes as experts, business, advocates or other. Features and interviews
     * take their subject up by its trade; news writes "the official said" and "the spokesman said" of unnamed people,
     * and "the resident said" of one it described.
     */
    private static final Set<String> TRADES = trades();

    /** A trade, profession or calling: a listed one, or a science by its practitioner's ending (the glaciologist). */
    private static boolean isTrade(String head) {
        return TRADES.contains(head) || Lexicons.isScientist(head);
    }

    private static Set<String> trades() {
        Set<String> trades = new java.util.HashSet<>();
        for (String[] row : Lexicons.table("role-classes.tsv", 2)) {
            if (!row[0].contains(" ")
                    && Set.of("EXPERT", "BUSINESS", "ADVOCATE", "OTHER").contains(row[1])) {
                trades.add(row[0].toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(trades);
    }

    /** How many name mentions make a person the one an article is about, if no one else has more. */
    private static final int CENTRAL_MENTIONS = 2;

    /**
     * The person an article is about, for a trade nobody in reach was named with ("A: … ,” the winemaker says" closing
     * an interview): the person named most often before {@code before} outside quotations, at least
     * {@link #CENTRAL_MENTIONS} times, and the first named of any named as often; null otherwise, or when the trade's
     * noun was already written of someone (then it is theirs, not the subject's).
     */
    private NameRun centralPerson(Document doc, List<NameRun> runs, int before, String head) {
        Matcher written = nounPattern(head).matcher(doc.text());
        written.region(0, before);
        if (written.find()) {
            // the noun was written of someone before: theirs, if a description opening its sentence took them up
            return soleNamedBefore(doc, runs, written.start());
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, NameRun> latest = new java.util.HashMap<>();
        for (NameRun r : runs) {
            if (r.start() >= before) {
                break;
            }
            if (r.type() != NameRun.Type.PERSON
                    || doc.quoted(r.start())
                    || (r.words().size() == 1 && sharedSurname(runs, r.words().get(0)))) {
                continue; // a surname two people share counts for neither
            }
            Entity resolved = resolveName(runs, r.name(), r.start(), doc.text());
            if (resolved.kind() != SpeakerKind.PERSON) {
                continue; // "The Ardane rises …": a word of "Ardane Anglers' Association", typed a person alone
            }
            String name = resolved.name();
            // the first person named is the standfirst's subject, whom the article goes on to call "she" or "the
            // professor" more than by name: one mention more for them
            counts.merge(name, counts.isEmpty() ? 2 : 1, Integer::sum);
            latest.put(name, r);
        }
        // the map keeps the order names came in: of two named as often, the one named first (an interview's
        // standfirst names its subject) is whom the article is about
        String best = null;
        int most = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best == null || most < CENTRAL_MENTIONS ? null : latest.get(best);
    }

    /** "78-year-old", "seventy-year-old": a person described by their age. */
    static final Pattern AGE_DESCRIPTION = Pattern.compile("[\\p{L}\\d-]+-year-old");

    /** "ferryman", "postwoman", "lengthsman": a person by a compound of man or woman. */
    private static final Pattern PERSON_COMPOUND = Pattern.compile("\\p{L}{3,}(?:man|woman)");

    /** How far back, in characters, a definite public role looks for the person it takes up. */
    private static final int JUST_NAMED_WINDOW = 400;

    /**
     * The nearest person named in full before {@code before} and within {@link #JUST_NAMED_WINDOW}, or null; null
     * too when the role's noun stands in between ("A senior nurse who asked not to be named … the nurse said"): the
     * description takes up that unnamed person instead.
     */
    private static NameRun personJustNamed(Document doc, List<NameRun> runs, int before, int beforeToken, String head) {
        Pattern noun = nounPattern(head);
        for (int i = indexBefore(runs, before); i >= 0; i--) {
            NameRun r = runs.get(i);
            if (before - r.end() > JUST_NAMED_WINDOW) {
                return null;
            }
            if (r.type() != NameRun.Type.PERSON || doc.quoted(r.start())) {
                continue;
            }
            // a surname alone counts in the paragraph or the sentence before ("Adeyemi snorts at that. “…,” the
            // campaigner says"), and a trade that is no public role takes up only someone named there: an interview's
            // subject comes back by trade after other voices ("“…,” the winemaker says" closing it)
            Sentence at = doc.sentenceOf(r.firstToken());
            Sentence mention = doc.sentenceOf(beforeToken);
            boolean near = at.paragraph() == mention.paragraph() || at.index() + 1 >= mention.index();
            if (!near
                    && !PUBLIC_ROLES.contains(head)
                    && !AGE_DESCRIPTION.matcher(head).matches()) {
                return null;
            }
            if (r.words().size() == 1 && near && sharedSurname(runs, r.words().get(0))) {
                return null; // "Adeyemi" when a wife and a husband are both named so: the trade cannot tell them apart
            }
            if (r.words().size() >= 2 || near) {
                Matcher between = noun.matcher(doc.text());
                between.region(r.end(), before);
                if (!between.find()) {
                    return r;
                }
                // "… Anwen Szabo-Kerr has driven the lanes … Now the valley's only large-animal vet is looking …":
                // the noun in between describes the same person, so the later "the vet" does too
                NameRun described = soleNamedBefore(doc, runs, between.start());
                return described != null && sameSurname(described, r) ? r : null;
            }
        }
        return null;
    }

    /** Whether two name runs end in the same word: the same person's full name and surname, or a family's. */
    static boolean sameSurname(NameRun a, NameRun b) {
        return a.words()
                .get(a.words().size() - 1)
                .equals(b.words().get(b.words().size() - 1));
    }

    private static final Set<String> SUBORDINATORS = Set.of(
            "as",
            "when",
            "while",
            "if",
            "because",
            "although",
            "though",
            "after",
            "before",
            "since",
            "until",
            "unless");

    /** At most this many tokens of a sentence come before a description that opens it as its subject. */
    private static final int SUBJECT_OPENING = 10;

    /**
     * The person a description opening its sentence takes up ("Now the valley's only large-animal vet is looking …",
     * "The Brackwell Rovers goalkeeper talked to us …"): the one person named in the sentence before, in the same
     * paragraph, when no name comes between; null otherwise.
     */
    static NameRun soleNamedBefore(Document doc, List<NameRun> runs, int nounStart) {
        Sentence own = null;
        for (Sentence s : doc.sentences()) {
            if (s.start() <= nounStart && nounStart < s.end()) {
                own = s;
                break;
            }
        }
        if (own == null
                || own.index() == 0
                || doc.quoted(nounStart)
                || SUBORDINATORS.contains(doc.token(own.firstToken()).lower())) {
            return null; // "As the minister said, she …": a description in a subordinate clause is not its subject
        }
        int opening = 0;
        boolean definite = false;
        for (int t = own.firstToken(); t < own.endToken() && doc.token(t).start() < nounStart; t++) {
            Token tok = doc.token(t);
            definite |= tok.isLower("the") || tok.is("'s") || tok.is("’s");
            if (++opening > SUBJECT_OPENING
                    || (tok.word() && !tok.capitalized() && tok.lower().endsWith("ed"))) {
                return null; // too far in to be the subject, or a verb came first
            }
        }
        if (!definite) {
            return null;
        }
        for (NameRun r : runs) {
            if (r.start() >= own.start()
                    && r.start() < nounStart
                    && r.type() == NameRun.Type.PERSON
                    && !namesAThingHere(doc, r)) {
                return null;
            }
        }
        Sentence previous = doc.sentences().get(own.index() - 1);
        if (previous.paragraph() != own.paragraph()) {
            return null;
        }
        NameRun named = null;
        for (NameRun r : runs) {
            if (r.start() < previous.start() || r.start() >= previous.end() || doc.quoted(r.start())) {
                continue;
            }
            if (r.type() == NameRun.Type.PERSON && !namesAThingHere(doc, r)) {
                if (named != null && !sameSurname(named, r)) {
                    return null;
                }
                named = named == null ? r : named;
            }
        }
        if (named == null
                || named.firstToken() - previous.firstToken() > SUBJECT_OPENING
                || (named.endToken() < doc.tokenCount()
                        && (doc.token(named.endToken()).is("'s")
                                || doc.token(named.endToken()).is("’s")))) {
            return null; // named far into its sentence or as a possessor ("said Ivanka Trump's statement …"): not
            // whom the next sentence's subject takes up
        }
        return named;
    }

    /** Prepositions before which a one-word name is a place ("in Lissard"; "at Clinton", "from Trump" are people). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "outside");

    /**
     * Whether a name the tagger typed a person is, where it stands, a thing's: after an article ("the Ellery valley",
     * "The Brackwell Rovers goalkeeper": a name as a modifier) or, one word, after a preposition of place.
     */
    private static boolean namesAThingHere(Document doc, NameRun r) {
        if (r.firstToken() == 0) {
            return false;
        }
        Token before = doc.token(r.firstToken() - 1);
        return before.isLower("the")
                || before.isLower("a")
                || before.isLower("an")
                || (r.words().size() == 1 && PLACE_PREPOSITIONS.contains(before.lower()));
    }

    /** A role noun as a word of its own, in any case ("the nurse", "The Nurse"). */
    private static Pattern nounPattern(String head) {
        return Pattern.compile("\\b" + Pattern.quote(head) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Whether two different full names in the article end in {@code surname}. */
    private static boolean sharedSurname(List<NameRun> runs, String surname) {
        String first = null;
        for (NameRun r : runs) {
            if (r.type() == NameRun.Type.PERSON
                    && r.words().size() >= 2
                    && r.words().get(r.words().size() - 1).equals(surname)) {
                if (first != null && !first.equals(r.name())) {
                    return true;
                }
                first = r.name();
            }
        }
        return false;
    }

    /** A courtesy title and the capitalised words of the name after it ("Mrs. Clinton", "Mr Pell"). */
    private static final Pattern COURTESY_NAME =
            Pattern.compile("(?:Mrs|Mr|Ms|Miss|Mx)\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*)+");

    /** Titles that say a gender and nothing of an office: a name behind them is resolved as written. */
    private static final Set<String> COURTESY_TITLES =
            Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.");

    /**
     * "The caretaker, Stellan Markey, … Mr Markey will move … but said": a courtesy title before a lone surname takes
     * up the full name ending in it named before that may be of the title's gender, when it is the only such name ("Mrs.
     * Trump" is not Donald Trump; "Mrs Oduya-Pellow" after "Margarethe Oduya-Pellow" and "Ravi Oduya-Pellow" is
     * Margarethe). Null otherwise.
     */
    private NameRun courtesySurnameHolder(List<NameRun> runs, String name, int at) {
        String[] words = name.split("\\s+", -1);
        if (words.length != 2 || !COURTESY_TITLES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        char gender = MentionFinder.titleGender(words[0]);
        // the full names before it that end in the surname and may be of the title's gender: one person, or none
        java.util.Map<String, NameRun> fitting = new java.util.LinkedHashMap<>();
        for (int i = 0; i < runs.size() && runs.get(i).start() < at; i++) {
            NameRun r = runs.get(i);
            if (r.type() == NameRun.Type.PERSON
                    && r.words().size() >= 2
                    && r.words().get(r.words().size() - 1).equals(words[1])
                    && !COURTESY_TITLES.contains(r.words().get(0).toLowerCase(Locale.ROOT))
                    && (gender == 0 || mayBe(runs, r, i, gender))) {
                fitting.put(r.name(), r);
            }
        }
        if (fitting.size() != 1) {
            return null; // none, or two people the title cannot tell apart
        }
        return fitting.values().iterator().next();
    }

    /**
     * The person's name run that the mention's head overlaps without being it: "Transport Minister Agathe Rennick"
     * whose head the tree cut at "Minister Agathe" names Agathe Rennick. Null when the head is a run, or overlaps
     * none; a courtesy title's name is resolved as written.
     */
    private NameRun personRunUnderHead(String text, List<NameRun> runs, Mention m) {
        String head = m.head(text);
        int space = head.indexOf(' ');
        String first = space > 0 ? head.substring(0, space) : head;
        if (COURTESY_TITLES.contains(first.toLowerCase(Locale.ROOT))) {
            return null; // "Mrs. Trump" is not the Donald Trump of the article: a courtesy title keeps its name
        }
        boolean titled = space > 0 && lex.isTitle(first);
        boolean onlyTitles = true;
        for (String w : head.split("\\s+", -1)) {
            onlyTitles &= lex.isTitle(w);
        }
        for (NameRun r : runs) {
            if (r.start() >= m.end()) {
                break;
            }
            if (r.type() != NameRun.Type.PERSON || r.start() < m.start() || r.end() > m.end()) {
                continue;
            }
            boolean withinHead = r.start() > m.headStart() && r.end() <= m.headEnd();
            boolean overlapsHead = r.start() > m.headStart() && r.start() < m.headEnd() && r.end() > m.headEnd();
            // "Wells Fargo CEO John Stumpf" holds a full name after a title or role; "President Barack" cut a titled
            // name short. A run that holds the head and more ("Democrat Bernie Sanders") is the recogniser's, no
            // better than the head, and a surname alone ("President Obama") may be any of a family
            boolean rightAfterHead = r.start() >= m.headEnd()
                    && text.substring(m.headEnd(), r.start()).isBlank();
            // "Circuit Court Judge David McKeague, writing for the majority, said", whose head the tree left at the
            // first word of the title: capitalised words ending in a title or role noun, then the full name
            boolean afterATitle =
                    r.start() >= m.headEnd() && r.words().size() >= 2 && titleEndsBefore(text, m.headEnd(), r.start());
            if ((withinHead && r.words().size() >= 2 && titledBefore(text, m.headStart(), r.start()))
                    || (titled && overlapsHead)
                    || (onlyTitles && rightAfterHead)
                    || afterATitle) {
                // "Councilman Abner Griggs, who proposed …" whose head the tree left at the title
                return r;
            }
        }
        return null;
    }

    private String cleanName(String head) {
        String h = head.strip();
        if (h.endsWith("’s") || h.endsWith("'s")) {
            h = h.substring(0, h.length() - 2);
        }
        if (h.startsWith("The ") && h.length() > 4) {
            h = h.substring(4); // "The VSRI said": the acronym, not a name that starts with "The"
        }
        int space = h.indexOf(' ');
        if (space > 0
                && MentionFinder.AGE_ADJECTIVE.matcher(h.substring(0, space)).matches()) {
            h = h.substring(space + 1).strip(); // "Ten-year-old Ezra Coombe said": the age is no part of the name
        }
        return withoutTitles(h);
    }

    /**
     * A person's name without the titles before it ("Dr Ansgar Pohl", "Transport Minister Agathe Rennick"): the
     * words after the last title, when at least two capitalised words remain; the name as it is otherwise.
     */
    private String withoutTitles(String name) {
        String[] words = name.split("\\s+", -1);
        int after = 0;
        for (int i = 0; i < words.length - 2; i++) {
            if (lex.isTitle(words[i])) {
                after = i + 1;
            }
        }
        if (after == 0) {
            return name;
        }
        for (int i = after; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                return name;
            }
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(after, words.length));
    }

    Entity resolveName(List<NameRun> runs, String name, int at, String text) {
        String[] words = name.split("\\s+");
        if (words.length == 0 || name.isEmpty()) {
            return new Entity(name, SpeakerKind.UNKNOWN, null, null);
        }
        if (words.length == 1 && shouted(words[0])) {
            // "AAMODT-FRIIS: We found the virus": a transcript's speaker label is the person's surname in capitals
            NameRun person = null;
            for (NameRun r : runs) {
                if (r.type() == NameRun.Type.PERSON
                        && r.words().size() >= 2
                        && r.words().get(r.words().size() - 1).equalsIgnoreCase(words[0])
                        && (person == null || r.words().size() > person.words().size())) {
                    person = r;
                }
            }
            if (person != null) {
                return new Entity(person.name(), SpeakerKind.PERSON, null, null);
            }
        }
        if (words.length == 1 && isAcronym(words[0])) {
            int idx = indexBefore(runs, at);
            NameRun exp = expansion(
                    runs.subList(Math.max(0, idx - NAME_WINDOW * 4), Math.min(runs.size(), idx + 1 + NAME_WINDOW)),
                    words[0]);
            if (exp != null) {
                return new Entity(exp.name(), SpeakerKind.ORGANIZATION, null, null);
            }
        }
        NameRun best = null;
        int bestScore = Integer.MIN_VALUE;
        int idx = indexBefore(runs, at);
        int from = Math.max(0, idx - NAME_WINDOW);
        int to = Math.min(runs.size(), idx + 1 + NAME_WINDOW / 4);
        for (NameRun r : runs.subList(from, to)) {
            int fit = fit(r.words(), words);
            if (fit <= 0
                    || (fit == 1
                            && r.type() == NameRun.Type.ORGANIZATION
                            && r.words().size() > words.length
                            && !lex.isOrgHead(words[words.length - 1]))) {
                // "Clinton said" is no "Clinton Global Initiative": a name opening an organisation's name is not it
                continue;
            }
            if (fit == 2
                    && words.length == 1
                    && r.type() == NameRun.Type.ORGANIZATION
                    && r.words().size() > 2
                    && endsInOfPhrase(r.words(), 1)) {
                continue;
            }
            // longer names first, suffix matches before prefix matches, then the nearest preceding occurrence
            int score = r.words().size() * 1_000_000
                    + (fit == 2 ? 500_000 : 0)
                    - (r.start() <= at ? (at - r.start()) / 10 : 200_000 + (r.start() - at) / 10);
            if (score > bestScore) {
                bestScore = score;
                best = r;
            }
        }
        if (best == null || (best.words().size() == words.length && best.gender() == 0)) {
            // "Harrowgate said" after "Harrowgate Beverages Group": a short form of an organisation's name
            NameRun organisation = organisationStartingWith(runs.subList(from, to), words, at);
            if (organisation != null) {
                return new Entity(organisation.name(), SpeakerKind.ORGANIZATION, null, null);
            }
        }
        if (best == null) {
            boolean org = false;
            for (String w : words) {
                org |= lex.isOrgHead(w);
            }
            return new Entity(name, org ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON, null, null);
        }
        SpeakerKind kind = best.type() == NameRun.Type.ORGANIZATION
                ? SpeakerKind.ORGANIZATION
                : best.type() == NameRun.Type.PLACE ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON;
        return new Entity(best.name(), kind, null, null);
    }

    /**
     * The longest organisation name of two words or more that begins with {@code words} and is not the name of a
     * person too (no person's name among the runs ends with them), the nearest before {@code at} first.
     */
    private static NameRun organisationStartingWith(List<NameRun> runs, String[] words, int at) {
        NameRun found = null;
        for (NameRun r : runs) {
            if (r.words().size() > words.length && fit(r.words(), words) == 2 && r.type() == NameRun.Type.PERSON) {
                return null;
            }
            if (r.type() == NameRun.Type.ORGANIZATION
                    && r.words().size() > words.length
                    && fit(r.words(), words) == 1
                    && (found == null
                            || r.words().size() > found.words().size()
                            || (r.words().size() == found.words().size() && r.start() <= at))) {
                found = r;
            }
        }
        return found;
    }

    /** Work cap: a short form is compared with at most this many of the article's name runs. */
    private static final int SHORT_FORM_RUNS = 2_000;

    /**
     * The organisation the article names in full of which {@code name} is a short form: "Brisdale" after "Brisdale
     * Athletic", "Welfare Fund" after "Port Tessaly Seafarers' Welfare Fund". When several names extend it, the
     * shortest, if every other extends that one too ("Brisdale Athletic", not "Brisdale Athletic Supporters' Trust");
     * null when no name extends it, when two differ ("Calderbrook Athletic", "Calderbrook Council"), when a person's
     * name has it, or when it is the place an organisation's name ends in ("… Association of Varenland"). The caller
     * knows {@code name} names an organisation, so a name the word lists typed a person on no evidence (no title, no
     * given name) counts as one when the short form opens it ("Ferngate" of "Ferngate Wolves").
     */
    public String fullOrganisationName(List<NameRun> runs, String name) {
        String[] words = name.strip().split("\\s+");
        if (name.isBlank() || words.length > 3 || !Character.isUpperCase(words[0].charAt(0))) {
            return null;
        }
        List<String> shortest = null;
        List<List<String>> extensions = new java.util.ArrayList<>();
        for (NameRun r : runs.subList(0, Math.min(runs.size(), SHORT_FORM_RUNS))) {
            int fit = r.words().size() > words.length ? fit(r.words(), words) : 0;
            if (fit == 0) {
                continue;
            }
            if (r.type() == NameRun.Type.PERSON && (r.gender() != 0 || fit == 2)) {
                return null; // a person's surname ("Achterfeld" of "Lorcan Achterfeld") is no organisation's short form
            }
            if (r.type() == NameRun.Type.PLACE || (fit == 2 && endsInOfPhrase(r.words(), words.length))) {
                continue;
            }
            extensions.add(r.words());
            if (shortest == null || r.words().size() < shortest.size()) {
                shortest = r.words();
            }
        }
        if (shortest == null) {
            return null;
        }
        String[] shortestWords = shortest.toArray(String[]::new);
        for (List<String> e : extensions) {
            if (fit(e, shortestWords) == 0) {
                return null;
            }
        }
        return String.join(" ", shortest);
    }

    /**
     * Whether the last {@code tail} words of {@code run} follow "of" or "for": "Varenland" is no "Poultry Producers'
     * Association of Varenland", only the place the name ends in. {@code run} is longer than {@code tail}.
     */
    private static boolean endsInOfPhrase(List<String> run, int tail) {
        String joiner = run.get(run.size() - tail - 1);
        return joiner.equals("of") || joiner.equals("for");
    }

    /** Index of the last run ending at or before {@code offset}, or -1. */
    private static int indexBefore(List<NameRun> runs, int offset) {
        int lo = 0;
        int hi = runs.size() - 1;
        int idx = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runs.get(mid).end() <= offset) {
                idx = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return idx;
    }

    /** 2 when {@code words} is a suffix of {@code run}, 1 when a prefix, 0 otherwise. */
    private static int fit(List<String> run, String[] words) {
        if (words.length > run.size()) {
            return 0;
        }
        boolean suffix = true;
        for (int i = 0; i < words.length; i++) {
            if (!run.get(run.size() - words.length + i).equals(words[i])) {
                suffix = false;
                break;
            }
        }
        if (suffix) {
            return 2;
        }
        for (int i = 0; i < words.length; i++) {
            if (!run.get(i).equals(words[i])) {
                return 0;
            }
        }
        return 1;
    }

    /** A word in capitals of four letters or more ("AAMODT-FRIIS", "VOLLAN"), not an acronym's length. */
    private static boolean shouted(String w) {
        return capitalLetters(w, "-'’") >= 4;
    }

    private static boolean isAcronym(String w) {
        int letters = capitalLetters(w, ".&");
        return letters >= 2 && letters <= 8;
    }

    /** The number of letters of {@code w}, all capitals, its other characters among {@code marks}; -1 otherwise. */
    private static int capitalLetters(String w, String marks) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return -1;
                }
                letters++;
            } else if (marks.indexOf(c) < 0) {
                return -1;
            }
        }
        return letters;
    }

    /**
     * The organisation run the acronym abbreviates: its letters in order, from word starts first, then inside words.
     */
    static NameRun expansion(List<NameRun> runs, String acronym) {
        String letters = acronym.replace(".", "").replace("&", "");
        NameRun best = null;
        int bestInitials = -1;
        for (NameRun r : runs) {
            if (r.words().size() < 2) {
                continue;
            }
            int initials = matchLetters(r.words(), letters);
            if (initials > bestInitials) {
                bestInitials = initials;
                best = r;
            }
        }
        return best;
    }

    /**
     * Number of acronym letters matched at word starts, or -1 when the acronym does not spell the words: every
     * capitalised word contributes its initial and possibly further letters from inside it, in order; lower-case
     * words (of, for) may contribute nothing.
     */
    static int matchLetters(List<String> words, String acronym) {
        if (acronym.length() > 10 || words.size() > 10) {
            return -1;
        }
        return match(words, 0, acronym.toUpperCase(Locale.ROOT), 0);
    }

    private static int match(List<String> words, int wi, String acr, int k) {
        if (wi == words.size()) {
            return k == acr.length() ? 0 : -1;
        }
        String w = words.get(wi);
        int best = -1;
        if (!Character.isUpperCase(w.charAt(0))) {
            best = match(words, wi + 1, acr, k);
        }
        if (k < acr.length() && Character.toUpperCase(w.charAt(0)) == acr.charAt(k)) {
            int kk = k + 1;
            int pos = 1;
            while (true) {
                int rest = match(words, wi + 1, acr, kk);
                if (rest >= 0) {
                    best = Math.max(best, rest + 1);
                }
                if (kk >= acr.length()) {
                    break;
                }
                int found = -1;
                for (int i = pos; i < w.length(); i++) {
                    if (Character.toUpperCase(w.charAt(i)) == acr.charAt(kk)) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    break;
                }
                pos = found + 1;
                kk++;
            }
        }
        return best;
    }

    private Entity resolvePronoun(Document doc, List<NameRun> runs, Mention m) {
        String p = m.text(doc.text()).toLowerCase(Locale.ROOT);
        String text = doc.text();
        if (p.equals("who")) {
            NameRun prev = previousRun(doc, runs, m.start(), 80, null, false);
            return prev != null
                    ? resolveName(runs, prev.name(), prev.start(), text)
                    : new Entity(m.text(text), SpeakerKind.UNKNOWN, null, null);
        }
        if (p.equals("which")) {
            return relativeAntecedent(doc, runs, m);
        }
        if (p.equals("he") || p.equals("she")) {
            char g = p.equals("he") ? 'M' : 'F';
            NameRun prev = previousRun(doc, runs, m.start(), PRONOUN_WINDOW, g, true);
            if (prev != null
                    && narrativePronounBetween(
                            doc, doc.sentenceOf(prev.firstToken()).firstToken(), prev.start(), pronounsOf(g, true))) {
                // "He remembers bringing in Eilidh Fraser … “…,” he says": the name came after the pronoun's chain
                // had begun in its sentence as its subject; the chain's person, named before, is meant ("In his
                // email, Trumka said" is no such chain: a possessive may point forward)
                NameRun named = prev;
                NameRun earlier = linker == null
                        ? previousRun(doc, runs, prev.start(), PRONOUN_WINDOW, g, true)
                        : linker.antecedent(
                                doc,
                                runs,
                                m,
                                r -> r.type() == NameRun.Type.PERSON
                                        && r.start() < named.start()
                                        && mayBe(runs, r, runs.indexOf(r), g));
                if (earlier != null) {
                    prev = earlier;
                }
            }
            if (linker != null
                    && (prev == null || (prev.gender() == 0 && genderOfEntity(runs, prev, runs.indexOf(prev)) == 0))) {
                // the rules' pick has no gender of its own ("Elm Rise", "Rovers" read as people): the learned linker
                // chooses among the names whose gender agrees
                NameRun learned =
                        linker.antecedent(doc, runs, m, r -> r.type() == NameRun.Type.PERSON && r.gender() == g);
                if (learned != null) {
                    prev = learned;
                }
            }
            if (prev != null) {
                return resolveName(runs, prev.name(), prev.start(), text);
            }
            return new Entity(m.text(text), SpeakerKind.PERSON, null, null);
        }
        if (p.equals("it") || p.equals("they")) {
            String opener = sentenceOpeningOrganisation(doc, runs, m);
            if (opener != null) {
                return new Entity(opener, SpeakerKind.ORGANIZATION, null, null);
            }
            NameRun r = previousOrganisation(doc, runs, m.start());
            if (r != null && (p.equals("it") || m.start() - r.end() <= 600)) {
                return resolveName(runs, r.name(), r.start(), text);
            }
            return new Entity(m.text(text), p.equals("they") ? SpeakerKind.GROUP : SpeakerKind.UNKNOWN, null, null);
        }
        return new Entity(m.text(text), SpeakerKind.UNKNOWN, null, null);
    }

    /**
     * "The company will pay an unchanged dividend, it said.": a trailing "it said" whose sentence opens with an
     * organisation (its name, or a description of it) means that organisation; null otherwise.
     */
    private String sentenceOpeningOrganisation(Document doc, List<NameRun> runs, Mention m) {
        Sentence s = doc.sentenceOf(m.firstToken());
        int first = s.firstToken();
        if (m.firstToken() - first < 4 || !doc.token(m.firstToken() - 1).is(",")) {
            return null;
        }
        int idx = indexBefore(runs, doc.token(first).end());
        int k = first;
        if (doc.token(k).isLower("the")) {
            k++;
        }
        for (int i = Math.max(0, idx); i < runs.size() && runs.get(i).firstToken() <= k; i++) {
            NameRun r = runs.get(i);
            if (r.firstToken() == k && r.type() == NameRun.Type.ORGANIZATION) {
                return resolveName(runs, r.name(), r.start(), doc.text()).name();
            }
        }
        if (k > first
                && k < m.firstToken()
                && doc.token(k).word()
                && !doc.token(k).capitalized()) {
            String noun = doc.token(k).lower();
            if (lex.roleNoun(noun) == Lexicons.NounClass.ORG && !DOCUMENT_NOUNS.contains(noun)) {
                return organisationFor(doc, runs, doc.token(first).start(), "the " + noun);
            }
        }
        return null;
    }

    /**
     * "the Tessaly Greens group, which charged …": "which" stands for the noun phrase right before its comma, a name
     * when one ends there, else the phrase itself (without its determiner).
     */
    private Entity relativeAntecedent(Document doc, List<NameRun> runs, Mention m) {
        String text = doc.text();
        int comma = m.firstToken() - 1;
        if (comma < 1 || !doc.token(comma).is(",")) {
            return new Entity(m.text(text), SpeakerKind.UNKNOWN, null, null);
        }
        int end = doc.token(comma - 1).end();
        int idx = indexBefore(runs, end);
        if (idx >= 0 && runs.get(idx).end() == end) {
            return resolveName(runs, runs.get(idx).name(), runs.get(idx).start(), text);
        }
        int first = comma - 1;
        while (first - 1 >= 0
                && comma - first < 6
                && doc.token(first - 1).word()
                && !doc.token(first - 1).isLower("the")
                && !doc.token(first - 1).isLower("a")
                && !doc.token(first - 1).isLower("an")) {
            first--;
        }
        if (!doc.token(first).word()) {
            return new Entity(m.text(text), SpeakerKind.UNKNOWN, null, null);
        }
        String phrase = text.substring(doc.token(first).start(), end);
        return new Entity(phrase, SpeakerKind.UNKNOWN, null, null);
    }

    /**
     * The person a he, she, his or her of the narrative (outside quotation marks) at token {@code pronoun} stands
     * for: the one person named before it in its sentence and the sentence before, whose gender ({@code 'M'} or
     * {@code 'F'}) agrees, resolved to the article's entity; null when no one or more than one person could be meant.
     * Features and interviews state a person's gender this way ("Haugland … warming her hands"); a second person
     * in reach makes the pronoun ambiguous, so it states nothing.
     */
    public Entity soleNarrativeReferent(Document doc, List<NameRun> runs, int pronoun, char gender) {
        Sentence own = doc.sentenceOf(pronoun);
        Sentence previous = doc.sentences().get(Math.max(0, own.index() - 1));
        int from = previous.start();
        int before = doc.token(pronoun).start();
        String text = doc.text();
        NameRun cataphor = subjectAfterLeadingPhrase(doc, runs, own, pronoun);
        if (cataphor != null) {
            // "In his order, Curiel noted": a pronoun in a leading phrase means the subject after its comma
            return cataphor.gender() != 0 && cataphor.gender() != gender
                    ? null
                    : resolveName(runs, cataphor.name(), cataphor.start(), text);
        }
        Entity referent = null;
        int firstNamed = before;
        int lastNamedEnd = -1;
        for (int i = indexBefore(runs, before); i >= 0; i--) {
            NameRun r = runs.get(i);
            if (r.start() < from) {
                break;
            }
            if (r.type() == NameRun.Type.PLACE || doc.quoted(r.start())) {
                continue;
            }
            if (!mayBe(runs, r, i, gender)) {
                continue;
            }
            Entity e = resolveName(runs, r.name(), r.start(), text);
            if (r.type() == NameRun.Type.ORGANIZATION && e.kind() != SpeakerKind.PERSON) {
                if (r.words().size() == 1) {
                    return null; // "Bloomberg", "Trump" typed an organisation may be the person meant
                }
                continue;
            }
            if (referent != null && !referent.name().equals(e.name())) {
                return null;
            }
            referent = e;
            firstNamed = r.start();
            lastNamedEnd = Math.max(lastNamedEnd, r.end());
        }
        if (referent != null
                && narrativePronounBetween(doc, previous.firstToken(), firstNamed, pronounsOf(gender, false))) {
            // "He angrily listed his wins … he tossed in a 'lyin' Ted Cruz. … he didn't attack": the pronouns were
            // already someone's before the name came, and that someone is not named in reach
            return null;
        }
        if (referent != null && personNounBetween(doc, previous.firstToken(), lastNamedEnd, pronoun, gender)) {
            // "Sandy Merriott took the boat over from her father. He had fished it …": the pronoun may be the kin's
            return null;
        }
        if (referent != null) {
            // the name resolved to a family member's entity ("Clinton" to Bill Clinton, "her" meaning Hillary)
            char named = lex.gender(referent.name().split(" ", -1)[0]);
            if (named != 0 && named != gender) {
                return null;
            }
        }
        return referent;
    }

    /** Prepositions that open a sentence's leading adverbial phrase ("In his speech, …", "After her win, …"). */
    private static final Set<String> LEADING_PREPOSITIONS = Set.of(
            "in",
            "on",
            "at",
            "for",
            "during",
            "after",
            "before",
            "with",
            "from",
            "despite",
            "since",
            "throughout",
            "under",
            "unlike",
            "like",
            "by",
            "of",
            "as",
            "upon",
            "within",
            "without",
            "beyond",
            "among");

    /**
     * The person run right after the comma that closes the leading phrase holding token {@code pronoun} ("In his
     * speech, Graham urged"), or null when the pronoun is not in a sentence's leading phrase or no person follows it.
     */
    private static NameRun subjectAfterLeadingPhrase(Document doc, List<NameRun> runs, Sentence own, int pronoun) {
        if (!LEADING_PREPOSITIONS.contains(doc.token(own.firstToken()).lower())) {
            return null; // "Her neighbour, Hamish Tulloch, …" is an apposition, not a leading phrase
        }
        for (int t = own.firstToken(); t < pronoun; t++) {
            if (doc.token(t).is(",")) {
                return null;
            }
        }
        for (int t = pronoun + 1; t < own.endToken() && t <= pronoun + 8; t++) {
            if (doc.token(t).is(",")) {
                int next = t + 1;
                for (NameRun r : runs) {
                    if (r.firstToken() == next && r.type() == NameRun.Type.PERSON) {
                        return r;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "his", "him");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers");

    /** The pronouns of gender {@code gender} ('M' or 'F'), all of them or the subject's alone. */
    private static Set<String> pronounsOf(char gender, boolean subjectOnly) {
        if (subjectOnly) {
            return Set.of(gender == 'M' ? "he" : "she");
        }
        return gender == 'M' ? MALE_PRONOUNS : FEMALE_PRONOUNS;
    }

    /**
     * Nouns of kin and of people at large, by the gender they give (lexicon {@code kin-and-people.tsv}): a he or she may
     * be theirs, not a name's.
     */
    private static final Map<String, Character> PERSON_NOUNS = personNouns();

    private static Map<String, Character> personNouns() {
        Map<String, Character> nouns = new java.util.HashMap<>();
        for (String[] row : Lexicons.table("kin-and-people.tsv", 2)) {
            nouns.put(row[0].toLowerCase(Locale.ROOT), row[1].charAt(0));
        }
        return Map.copyOf(nouns);
    }

    /** Words that open a noun phrase set off by commas beside a name ("Samuel Pruett, her brother, …"). */
    private static final Set<String> APPOSITION_OPENERS = Set.of("his", "her", "their", "the", "a", "an");

    /**
     * Whether a noun of a person of the pronoun's gender (kin, a man, a girl) stands between the name that the pronoun
     * would mean (ending at offset {@code after}, read from token {@code from}) and the pronoun, other than one set off
     * beside a name ("Samuel Pruett, her brother,", "her brother, Samuel Pruett"), which is that name's: such a person,
     * named or not, may be whom the pronoun means. Kin before the name ("burying our daughter. … said Jillian Soto, who
     * lost her sister") is not in the way.
     */
    private static boolean personNounBetween(Document doc, int from, int after, int pronoun, char gender) {
        for (int t = from; t < pronoun; t++) {
            Token token = doc.token(t);
            if (token.start() < after) {
                continue;
            }
            Character g = PERSON_NOUNS.get(token.text());
            if (g == null || g != gender) {
                continue;
            }
            boolean beforeName = t + 2 < doc.tokenCount()
                    && (doc.token(t + 1).capitalized()
                            || (doc.token(t + 1).is(",") && doc.token(t + 2).capitalized()));
            int opener = t - 1;
            if (opener > from
                    && doc.token(opener).word()
                    && !APPOSITION_OPENERS.contains(doc.token(opener).lower())) {
                opener--; // "her older brother"
            }
            boolean afterName = opener - 2 >= 0
                    && APPOSITION_OPENERS.contains(doc.token(opener).lower())
                    && doc.token(opener - 1).is(",")
                    && doc.token(opener - 2).capitalized();
            if (!beforeName && !afterName) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code pronouns} stands in the narrative from token {@code from} to offset {@code to}. */
    private static boolean narrativePronounBetween(Document doc, int from, int to, Set<String> pronouns) {
        for (int t = from; t < doc.tokenCount() && doc.token(t).start() < to; t++) {
            Token token = doc.token(t);
            if (pronouns.contains(token.lower()) && !doc.quoted(token.start())) {
                return true;
            }
        }
        return false;
    }

    private static NameRun previousRun(
            Document doc, List<NameRun> runs, int before, int window, Character gender, boolean person) {
        int idx = indexBefore(runs, before);
        for (int i = idx; i >= 0 && idx - i < NAME_WINDOW; i--) {
            NameRun r = runs.get(i);
            if (before - r.end() > window) {
                return null;
            }
            if ((person && r.type() != NameRun.Type.PERSON) || doc.quoted(r.start())) {
                // names inside quotation marks are the quoted words, not who is being written about
                continue;
            }
            if (!person && r.type() == NameRun.Type.PLACE) {
                continue;
            }
            if (gender != null && !mayBe(runs, r, i, gender)) {
                continue;
            }
            return r;
        }
        return null;
    }

    /**
     * Whether run {@code r}, at index {@code at} of {@code runs}, may be of gender {@code g}: its own gender, or, when
     * it has none ("Trump"), that of the fuller name nearby ("Donald Trump") is not the other.
     */
    private static boolean mayBe(List<NameRun> runs, NameRun r, int at, char g) {
        char own = r.gender() != 0 ? r.gender() : genderOfEntity(runs, r, at);
        return own == 0 || own == g;
    }

    private static char genderOfEntity(List<NameRun> runs, NameRun r, int at) {
        String last = r.words().get(r.words().size() - 1);
        for (NameRun o : runs.subList(Math.max(0, at - NAME_WINDOW), Math.min(runs.size(), at + NAME_WINDOW))) {
            if (o.gender() != 0
                    && o.words().size() >= r.words().size()
                    && o.words().get(o.words().size() - 1).equals(last)) {
                return o.gender();
            }
        }
        return 0;
    }
}
