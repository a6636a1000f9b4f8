package dev.saywho.attribution.engine.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.Sieve;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.lexicon.Lexicons.VerbClass;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Stage 3: finds reporting frames around speech cues — the speaker mention each cue names (subject before the
 * verb, inverted subject after it, "according to X", "X:" headers, participles continuing a clause) and the
 * content it reports (an adjacent direct quote, a that-clause, the clause before a trailing cue). Every look-around
 * is bounded by the sentence and a fixed token window, so the stage is linear in the document.
 */
public final class CueFinder {

    static final Set<String> PRONOUNS = words("he", "she", "they", "we", "i", "it", "who");
    private static final Set<String> AUX_ADV = words("also", "has", "have", "had", "later", "previously", "recently",
            "repeatedly", "often", "once", "then", "again", "would", "will", "could", "earlier", "already", "publicly",
            "privately", "first", "still", "even", "never", "not", "just", "reportedly", "flatly", "simply", "further",
            "initially", "specifically", "ultimately", "did", "does", "do", "may", "might", "should", "can", "quickly",
            "subsequently", "frequently", "finally", "since", "now", "both", "all", "too", "only", "has", "had");
    private static final Set<String> DETERMINERS = words("the", "a", "an", "this", "another", "one", "some", "several",
            "many", "two", "three", "four", "most", "his", "her", "its", "their", "our", "other", "these", "those", "both",
            "any", "each", "no", "few", "more", "top");
    private static final Set<String> MODIFIERS = words("former", "senior", "top", "chief", "deputy", "press", "campaign",
            "state", "then", "fellow", "longtime", "presidential", "republican", "democratic", "white", "house",
            "administration", "government", "federal", "local", "military", "police", "party", "election", "foreign",
            "national", "security", "intelligence", "defense", "health", "trade", "finance", "executive",
            "communications", "political", "policy", "news", "u.s.", "american", "gop", "independent", "conservative",
            "liberal", "progressive", "veteran", "prominent", "leading", "key", "unnamed", "anonymous", "high-ranking",
            "ranking", "current", "new", "longtime", "outside", "legal", "economic", "public", "private", "union",
            "county", "city", "congressional", "senate", "staff", "research", "polling", "internal", "official",
            "spokesman", "spokeswoman", "spokesperson", "assistant", "associate", "general", "special", "principal",
            "managing", "vice", "co-founder", "founding", "regional", "international", "global", "world", "agency");
    private static final Set<String> CONNECT = words("of", "for", "at", "from", "with", "to");
    private static final Set<String> OBJECT_PRONOUNS = words("him", "her", "them", "me", "us", "you", "reporters",
            "supporters", "voters", "lawmakers", "listeners", "viewers", "attendees", "journalists", "members", "students",
            "workers", "congress", "host", "anchor", "interviewer");
    private static final Set<String> OBJECT_VERBS = words("told", "tell", "tells", "telling", "asked", "asks", "ask",
            "asking", "warned", "warns", "warning", "reminded", "assured", "informed", "promised");
    private static final Set<String> PREPS = words("in", "on", "at", "of", "to", "during", "after", "before", "from",
            "about", "via", "with", "through", "over", "while", "when", "last", "this", "late", "early", "at", "for",
            "following", "outside", "inside", "under", "since");
    private static final Set<String> TIME_WORDS = words("yesterday", "today", "tonight", "earlier", "later", "recently",
            "again", "also", "afterward", "afterwards", "privately", "publicly", "repeatedly", "separately", "then",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "once", "often", "previously",
            "bluntly", "flatly", "simply", "candidly", "frankly", "firmly", "angrily", "quietly", "openly", "recently",
            "sarcastically", "jokingly", "confidently", "emphatically", "matter-of-factly", "directly", "explicitly",
            "morning", "afternoon", "evening", "night", "overnight");
    private static final Set<String> PP_HEADS = words("statement", "statements", "interview", "week", "month", "year",
            "morning", "night", "evening", "afternoon", "day", "rally", "speech", "conference", "event", "debate",
            "hall", "appearance", "email", "e-mail", "letter", "post", "tweet", "tweets", "release", "twitter",
            "facebook", "briefing", "call", "meeting", "hearing", "remarks", "op-ed", "video", "ad", "radio",
            "television", "tv", "show", "program", "podcast", "memo", "report", "filing", "court", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "cnn", "msnbc", "fox", "abc", "cbs", "nbc", "time",
            "instagram", "documents", "book", "summit", "forum", "dinner", "breakfast", "lunch", "session",
            "luncheon", "gathering", "stop", "message", "note", "point", "weekend", "weekends", "spring", "summer",
            "fall", "winter", "season", "hours", "minutes", "days", "weeks", "months", "years", "ago", "time");
    private static final Set<String> SAY_LIKE = words("say", "says", "said", "saying", "tell", "tells", "told",
            "telling", "add", "adds", "added", "adding", "write", "writes", "wrote", "writing", "argue", "argues",
            "argued", "arguing", "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "insisting",
            "warn", "warns", "warned", "warning", "note", "notes", "noted", "noting", "predicted", "predicts",
            "suggested", "suggests", "acknowledged", "acknowledges", "admitted", "admits", "tweeted", "tweets",
            "reported", "reports", "explained", "explains", "contended", "maintained", "asserted", "stressed",
            "emphasized", "conceded", "complained", "countered", "charged", "declared", "stated", "recalled",
            "estimated", "boasted", "confirmed", "alleged", "promised", "vowed", "pledged", "insisted", "show", "shows",
            "showed", "found", "finds", "think", "thinks", "believe", "believes", "believed", "announced", "announces",
            "feel", "feels", "expects", "fear", "fears", "worry", "worries", "hopes", "want", "wants", "wanted",
            "endorsed", "endorses", "agreed", "agrees");
    private static final Set<String> APPOSITION_STARTS = words("a", "an", "the", "who", "now", "formerly", "also",
            "then", "whose", "currently", "once", "himself", "herself", "until", "another", "one", "both", "its", "his",
            "her", "their", "in", "at", "on", "during", "after", "before", "like", "unlike", "meanwhile", "however",
            "though", "too", "for", "speaking", "asked", "when", "while", "with", "by", "from", "as", "according");
    private static final Set<String> SUBORDINATORS = words("as", "since", "when", "after", "before", "while",
            "though", "although", "if", "because", "once", "until", "whenever", "unless");
    private static final Set<String> COORDINATED_STOPS = words("said", "says", "say", "added", "adds", "told", "tells",
            "noted", "notes", "wrote", "writes", "argued", "argues", "insisted", "warned", "called", "calls", "tweeted",
            "explained", "acknowledged", "suggested", "claimed", "declared", "stated", "predicted", "promised", "vowed");
    private static final int QUOTE_LIST_WINDOW = 3;

    /** True when a quotation mark opens among the {@code window} tokens from {@code k} (before {@code end}). */
    private static boolean quoteOpensWithin(Document doc, int k, int end, int window) {
        for (int i = k; i < end && i - k < window; i++) {
            if (isOpenMark(doc, doc.token(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, at the town hall this week she said she did not …": a clause with its own subject and speech verb after a
     * comma or dash starts a new report, which ends this one.
     */
    private boolean newReportingClause(Document doc, int k, int end) {
        for (int i = k; i < end && i - k < 9; i++) {
            Token t = doc.token(i);
            if (!t.word() || doc.quoted(t.start())) {
                if (t.is(",") || isQuoteMark(t) || t.is(";")) {
                    return false;
                }
                continue;
            }
            String w = t.lower();
            if (i > k && !t.capitalized() && lex.speechVerb(w) != null && !w.endsWith("ing")) {
                Token subj = doc.token(i - 1);
                return subj.word() && (PRONOUNS.contains(subj.lower()) && !subj.isLower("it") && !subj.isLower("who")
                        || subj.capitalized() || lex.roleNoun(subj.lower()) != null
                        || plausibleNoun(subj.lower()));
            }
        }
        return false;
    }

    /** After a comma, these open a clause outside the reported content. */
    private static final Set<String> CLAUSE_BREAKS = words("although", "though", "whereas", "while", "which", "who");
    private static final Set<String> QUESTION_WORDS = words("whether", "if", "why", "how", "what", "when", "who", "where",
            "which");

    private static final Set<String> PARTICIPLE_LEADS = words("by", "before", "after", "while", "then", "when",
            "also", "and", "but");
    private static final Set<String> INVERTING = words("said", "says", "added", "adds", "asked", "asks", "wrote",
            "writes", "continued", "replied", "explained", "recalled", "noted", "argued", "insisted", "warned",
            "declared", "concluded", "countered", "responded", "tweeted", "observed", "remarked", "stated", "quipped",
            "joked", "cautioned", "predicted", "acknowledged", "admitted", "offered", "suggested", "reported");
    private final Lexicons lex;

    public CueFinder(Lexicons lex) {
        this.lex = lex;
    }

    /** All frames of the document, in text order. */
    public List<Frame> find(Document doc) {
        List<Frame> frames = new ArrayList<>();
        try {
            dashSignatures(doc, frames);
        } catch (RuntimeException e) {
            // never stops the document
        }
        for (Sentence s : doc.sentences()) {
            int before = frames.size();
            colon(doc, s, frames);
            for (int v = s.firstToken(); v < s.endToken(); v++) {
                try {
                    frameAt(doc, s, v, frames, before);
                } catch (RuntimeException e) {
                    // a malformed neighbourhood never stops the document: skip this cue
                }
            }
            try {
                sentenceSubject(doc, s, frames);
                colonParagraph(doc, s, frames);
            } catch (RuntimeException e) {
                // as above
            }
        }
        return frames;
    }

    private void frameAt(Document doc, Sentence s, int v, List<Frame> frames, int sentenceFrames) {
        int before = frames.size();
        frameAtRules(doc, s, v, frames, sentenceFrames);
        Token t = doc.token(v);
        if (frames.size() == before && t.word() && !t.capitalized() && !doc.quoted(t.start())
                && lex.speechVerb(t.lower()) != null && v > s.firstToken() - 1 && v > 0
                && !(doc.token(v - 1).word() && (CONNECT.contains(doc.token(v - 1).lower())
                || DETERMINERS.contains(doc.token(v - 1).lower())))) {
            longSubjectAfterQuote(doc, s, v, t.lower(), frames);
        }
    }

    private void frameAtRules(Document doc, Sentence s, int v, List<Frame> frames, int sentenceFrames) {
        Token t = doc.token(v);
        if (!t.word() || doc.quoted(t.start())) {
            return;
        }
        String low = t.lower();
        if (low.equals("according") && v + 1 < s.endToken() && doc.token(v + 1).isLower("to")) {
            accordingTo(doc, s, v, frames);
            return;
        }
        VerbClass vc = lex.speechVerb(low);
        boolean unlisted = false;
        if (vc == null && unlistedTrailingVerb(doc, s, v)) {
            // "“…,” he surmised.": a verb right after a quote and its subject reports it, listed or not
            vc = VerbClass.QUOTE;
            unlisted = true;
        }
        if (vc == null || t.capitalized()) {
            return;
        }
        if (NOUN_LIKE_FORMS.contains(low) && v + 1 < s.endToken() && isOpenMark(doc, doc.token(v + 1))
                && v > s.firstToken() && doc.token(v - 1).word() && !PRONOUNS.contains(doc.token(v - 1).lower())) {
            // "the radio show “Harbour Mornings”": a noun that looks like a verb, naming what follows
            return;
        }
        if (SHOUT_NOUNS.contains(low) && v > s.firstToken() && doc.token(v - 1).word()
                && (POSSESSIVE_DETERMINERS.contains(doc.token(v - 1).lower()) || v - 1 > s.firstToken()
                && doc.token(v - 2).word() && POSSESSIVE_DETERMINERS.contains(doc.token(v - 2).lower())
                && adjectiveOrNoun(doc.token(v - 1)))) {
            // "the caustic chant “Lock her up!”": a shouting verb after a determiner is a noun (other speech
            // nouns, "his call for …", "her claim that …", do report, as annotators mark them)
            return;
        }
        if (v > s.firstToken() && (doc.token(v - 1).isLower("and") || doc.token(v - 1).isLower("but"))) {
            participle(doc, s, v, vc, frames, sentenceFrames);
            return;
        }
        if (v - 2 >= s.firstToken() && doc.token(v - 1).isLower("to") && doc.token(v - 2).isLower("on")) {
            // "she went on to say"
            participle(doc, s, v, vc, frames, sentenceFrames);
            return;
        }
        if (low.endsWith("ing")) {
            // "…, saying …", "and saying …", "issued a tweet saying …"
            if (v > s.firstToken() && (doc.token(v - 1).is(",") || PARTICIPLE_LEADS.contains(doc.token(v - 1).lower())
                    || messageNounBefore(doc, v, s.firstToken()))) {
                participle(doc, s, v, vc, frames, sentenceFrames);
            }
            return;
        }
        int[] app = new int[] {-1, -1};
        Mention subject = subjectBefore(doc, v, s.firstToken(), app);
        if (subject == null && unresolvedSubjectReport(doc, s, v, low, vc, frames)) {
            return;
        }
        if (subject != null && vc == VerbClass.MIXED && low.endsWith("ed") && subject.kind() == Mention.Kind.NOMINAL
                && subject.endToken() == v
                && (doc.token(subject.firstToken()).isLower("a") || doc.token(subject.firstToken()).isLower("an"))) {
            // "a short film called “Tenemos Familias”": a naming participle inside a noun phrase, not a report
            return;
        }
        if (subject == null) {
            // inverted: "…," said the spokesman.
            // any past-tense speech verb right after a closing quote inverts: "“…,” mused the host"
            if (v > 0 && (INVERTING.contains(low) || low.endsWith("ed") && (closeMarkInParagraph(doc, v - 1, s)
                    || doc.token(v - 1).is(",") && closeMarkInParagraph(doc, v - 2, s)))
                    && ((v > s.firstToken() && doc.token(v - 1).is(","))
                    || closeMarkInParagraph(doc, v - 1, s))) {
                Mention m = subjectAfter(doc, v + 1, s.endToken(), false);
                boolean afterQuote = closeMarkInParagraph(doc, v - 1, s)
                        || (v - 2 >= 0 && doc.token(v - 1).is(",") && closeMarkInParagraph(doc, v - 2, s));
                if (m != null && (afterQuote || endsClause(doc, m.endToken(), s))) {
                    List<int[]> content = contentBefore(doc, s, v - 1);
                    if (content != null) {
                        frames.add(new Frame(Sieve.INVERTED_CUE, t.start(), t.end(), m, content, s.index(), -1, -1));
                        addContinuation(doc, s, m.endToken(), frames);
                    }
                }
                return;
            }
            return;
        }
        int after = skipComplements(doc, v + 1, s.endToken(), low);
        int b = subject.firstToken() - 1;
        Token afterTok = after < s.endToken() ? doc.token(after) : null;
        boolean cueEndsSentence = afterTok == null || afterTok.is(".") || afterTok.is("!") || afterTok.is("?");
        if (b >= 0 && b < s.firstToken() && b - 1 >= 0 && doc.token(b - 1).is(".") && !cueEndsSentence) {
            // "… in Nice." He said he had …: a new sentence, not a cue for the quote before it
            b = -1;
        }
        if (b >= 0 && b < s.firstToken() && doc.token(subject.firstToken()).capitalized()
                && (DETERMINERS.contains(doc.token(subject.firstToken()).lower())
                || PRONOUNS.contains(doc.token(subject.firstToken()).lower()))) {
            // "“15%!” Her father worried.": a capitalised pronoun or determiner starts a sentence of its own
            b = -1;
        }
        boolean boundary = (b >= s.firstToken() && doc.token(b).is(",")) || (b >= 0 && closeMarkInParagraph(doc, b, s));
        boolean trailingLike = afterTok == null || (!afterTok.word() && !afterTok.is(":") && !isOpenMark(doc, afterTok)
                && !afterTok.is("(") && !afterTok.is("“"));
        if (afterTok != null && afterTok.is(",") && after + 1 < s.endToken() && isOpenMark(doc, doc.token(after + 1))
                && !(b >= 0 && (closeMarkInParagraph(doc, b, s) || doc.token(b).is(",") && closeMarkInParagraph(doc, b - 1, s)))) {
            // "Asked again, Priebus said, “Probably.”": with no quote before the subject, the quote after the comma
            // is what the cue reports
            trailingLike = false;
        }
        boolean quoteBoundary = b >= 0 && (closeMarkInParagraph(doc, b, s)
                || (doc.token(b).is(",") && closeMarkInParagraph(doc, b - 1, s)));
        if (quoteBoundary && afterTok != null && afterTok.word() && (!afterTok.isLower("that") || after > v + 2)
                && !startsReportedClause(afterTok)) {
            // "“…,” Mr. Obama said on Saturday night at the gala": a closed quote right before the subject
            trailingLike = true;
        }
        if (boundary && trailingLike && vc != VerbClass.MIXED) {
            List<int[]> content = contentBefore(doc, s, b);
            if (content != null && vc == VerbClass.QUOTE && !isQuoteContent(doc, content.get(0)[0])) {
                // "respond", "ask", "continue" report only direct quotes
                content = null;
            }
            if (content != null && content.size() == 1 && afterTok != null && afterTok.is(",") && after + 1 < s.endToken()
                    && !isQuoteContent(doc, content.get(0)[0]) && continuesClause(doc, after + 1)) {
                List<int[]> rest = clauseFrom(doc, s, after + 1);
                if (rest != null) {
                    List<int[]> both = new ArrayList<>(content);
                    both.addAll(rest);
                    content = both;
                }
            }
            if (content != null) {
                int cueEnd = after > v + 1 && after - 1 < doc.tokenCount() ? doc.token(after - 1).end() : t.end();
                frames.add(new Frame(Sieve.TRAILING_CUE, t.start(), cueEnd, subject, content, s.index(), app[0], app[1]));
                addContinuation(doc, s, after, frames);
                return;
            }
        }
        if (unlisted) {
            return;
        }
        List<int[]> content = contentAfter(doc, s, after, low, vc);
        if (content != null && content.size() == 1 && subject.firstToken() - 1 >= s.firstToken()
                && SUBORDINATORS.contains(doc.token(subject.firstToken() - 1).lower())
                && !isQuoteContent(doc, content.get(0)[0])) {
            // "As Trump attacked Clinton, the attendees chanted …": the report ends with its subordinate clause
            int[] c = content.get(0);
            for (int k = after; k < s.endToken() && doc.token(k).start() < c[1]; k++) {
                if (doc.token(k).is(",") && !doc.quoted(doc.token(k).start())) {
                    content = doc.token(k).start() > c[0] ? List.of(new int[] {c[0], doc.token(k).start()}) : null;
                    break;
                }
            }
        }
        if (content == null && afterTok != null && afterTok.is(",") && after + 1 < s.endToken()
                && doc.token(after + 1).word() && SAY_LIKE.contains(low)) {
            // "In contrast, Berkman said, there seem to be …"
            content = clauseFrom(doc, s, after + 1);
        }
        if (content == null && (low.equals("asked") || low.equals("asks") || low.equals("urged") || low.equals("urges"))
                && v + 1 < s.endToken() && doc.token(v + 1).word() && !doc.quoted(doc.token(v + 1).start())) {
            // "Ruhle asked Flynn to describe Putin": the request with its addressee
            content = clauseFrom(doc, s, v + 1);
        }
        if (content != null && content.size() == 1 && subject.kind() == Mention.Kind.PRONOUN
                && doc.token(subject.firstToken()).isLower("who")) {
            // "Clinton, who called Sanders after the result, told …": a relative clause ends at its closing comma
            content = untilComma(doc, content.get(0), after, s.endToken());
        }
        if (content != null) {
            int cueEnd = after > v + 1 ? doc.token(after - 1).end() : t.end();
            frames.add(new Frame(Sieve.LEADING_CUE, t.start(), Math.max(cueEnd, t.end()), subject, content, s.index(),
                    app[0], app[1]));
        }
    }

    /**
     * An unlisted past-tense or present verb in the trailing-cue position: a closing quotation mark (and comma), a
     * short subject (pronoun, name or "the" + noun), the verb, then the end of the sentence or a comma.
     */
    private boolean unlistedTrailingVerb(Document doc, Sentence s, int v) {
        Token t = doc.token(v);
        String w = t.lower();
        if (!t.word() || t.capitalized() || w.length() < 4 || !(w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss"))
                || COPULAS.contains(w) || AUX_ADV.contains(w) || v + 1 >= s.endToken() || v - 2 < s.firstToken()) {
            return false;
        }
        int n = v + 1;
        if (doc.token(n).isLower("back") && n + 1 < s.endToken()) {
            // "“Mexico!” the audience screamed back."
            n++;
        }
        Token next = doc.token(n);
        if (!(next.is(".") || next.is(",") || next.is("!") || next.is("?"))) {
            return false;
        }
        for (int k = v - 1; k >= s.firstToken() && v - k <= 4; k--) {
            Token y = doc.token(k);
            if (isCloseMark(doc, y) || (y.is(",") && k - 1 >= s.firstToken() && isCloseMark(doc, doc.token(k - 1)))) {
                Token first = doc.token(k + 1);
                boolean commaBefore = y.is(",") || k - 1 >= 0 && doc.token(k - 1).is(",");
                if (!commaBefore && first.capitalized() && (DETERMINERS.contains(first.lower())
                        || PRONOUNS.contains(first.lower()))) {
                    // "“15%!” Her father worried.": a capitalised determiner after a closed sentence starts a new one
                    return false;
                }
                return k < v - 1;
            }
            if (!y.word() || (!y.capitalized() && !PRONOUNS.contains(y.lower()) && !DETERMINERS.contains(y.lower())
                    && lex.roleNoun(y.lower()) == null && !MODIFIERS.contains(y.lower()))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "… “Sunday Morning Futures,” Rep. Darrell Issa said Democratic candidate Hillary Clinton’s …": a capitalised
     * word, a determiner or a subject pronoun right after the verb opens the clause it reports.
     */
    private static boolean startsReportedClause(Token t) {
        String w = t.lower();
        return t.capitalized() && !TIME_WORDS.contains(w) || DETERMINERS.contains(w) && !w.equals("this")
                && !w.equals("last") || PRONOUNS.contains(w) && !w.equals("who");
    }

    /** "a tweet saying", "an email on Friday morning saying": a message noun, perhaps with a time phrase, before. */
    private static boolean messageNounBefore(Document doc, int v, int lo) {
        for (int k = v - 1; k >= lo && v - k <= 4; k--) {
            Token t = doc.token(k);
            if (!t.word()) {
                return false;
            }
            String w = t.lower();
            if (!t.capitalized() && PP_HEADS.contains(w) && !TIME_WORDS.contains(w)) {
                return true;
            }
            if (!(PREPS.contains(w) || TIME_WORDS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "“…,” Trump running mate Gov. Mike Pence of Indiana told Fox News.", "“…,” Sanders's campaign manager, Jeff
     * Weaver, said in an interview.": a subject too long for the noun-phrase rules between a closing quotation mark
     * and the speech verb. The speaker is the name in it: the part set off by commas that is a name, or its last
     * name run before "of".
     */
    private void longSubjectAfterQuote(Document doc, Sentence s, int v, String low, List<Frame> frames) {
        if (low.endsWith("ing") || v + 1 > s.endToken()) {
            return;
        }
        int close = -1;
        for (int k = v - 1; k >= s.firstToken() - 1 && k >= 0 && v - k <= 24; k--) {
            Token t = doc.token(k);
            if (isCloseMark(doc, t) && closeMarkInParagraph(doc, k, s)) {
                close = k;
                break;
            }
            if (isQuoteMark(t) || t.is(".") || t.is(";") || t.is(":") || t.is("?") || t.is("!")
                    || t.word() && !t.capitalized() && lex.speechVerb(t.lower()) != null) {
                return;
            }
        }
        if (close < 0) {
            return;
        }
        int from = close + 1;
        boolean comma = from < doc.tokenCount() && doc.token(from).is(",");
        if (comma) {
            from++;
        }
        QuotedSpan q = doc.quoteAt(doc.token(close).start());
        int ce = q == null ? -1 : q.contentEnd();
        if (!comma && (ce <= 0 || doc.text().charAt(ce - 1) != ',')) {
            // only "“…,” subject said" introduces a long subject; after "“….”" a new sentence starts
            return;
        }
        for (int k = from; k < v; k++) {
            Token y = doc.token(k);
            boolean possessive = (y.is("’s") || y.is("'s")) && k > from && !PRONOUNS.contains(doc.token(k - 1).lower());
            if (y.word() && COPULAS.contains(y.lower()) && !possessive) {
                return;
            }
        }
        if (from >= v || !doc.token(from).word() || !(doc.token(from).capitalized()
                || DETERMINERS.contains(doc.token(from).lower()))) {
            return;
        }
        int after = skipComplements(doc, v + 1, s.endToken(), low);
        Token afterTok = after < s.endToken() ? doc.token(after) : null;
        if (afterTok != null && (afterTok.word() && startsReportedClause(afterTok) || afterTok.is(":")
                || isOpenMark(doc, afterTok))) {
            return;
        }
        Mention m = nameInside(doc, from, v);
        if (m == null) {
            return;
        }
        List<int[]> content = contentBefore(doc, s, close);
        if (content == null) {
            return;
        }
        Token t = doc.token(v);
        int cueEnd = after > v + 1 && after - 1 < doc.tokenCount() ? doc.token(after - 1).end() : t.end();
        frames.add(new Frame(Sieve.TRAILING_CUE, t.start(), cueEnd, m, content, s.index(), -1, -1));
        addContinuation(doc, s, after, frames);
    }

    /** The name a long subject phrase [from, to) is about: a comma-delimited name, else its last name run before "of". */
    private Mention nameInside(Document doc, int from, int to) {
        int bestFirst = -1;
        int bestEnd = -1;
        int k = from;
        while (k < to) {
            while (k < to && !(doc.token(k).word() && doc.token(k).capitalized())) {
                if (doc.token(k).isLower("of") && bestFirst >= 0) {
                    k = to;
                    break;
                }
                k++;
            }
            int a = k;
            while (k < to && doc.token(k).word() && (doc.token(k).capitalized() || doc.token(k).is("’s")
                    || doc.token(k).is("'s"))) {
                k++;
            }
            int b = k;
            while (b > a && (doc.token(b - 1).is("’s") || doc.token(b - 1).is("'s"))) {
                b--;
            }
            if (b - a >= 1 && !(k < to && (doc.token(k).is("’s") || doc.token(k).is("'s")))) {
                int h = a;
                while (h < b - 1 && (lex.isTitle(doc.token(h).text())
                        || lex.roleNoun(doc.token(h).lower()) == Lexicons.NounClass.ROLE)) {
                    h++;
                }
                if (b - h >= 2 || bestFirst < 0) {
                    bestFirst = h;
                    bestEnd = b;
                }
            }
            if (k < to && doc.token(k).isLower("of")) {
                break;
            }
        }
        if (bestFirst < 0) {
            return null;
        }
        Token f = doc.token(bestFirst);
        Token l = doc.token(bestEnd - 1);
        return new Mention(doc.token(from).start(), doc.token(to - 1).end(), from, to, Mention.Kind.NAME, f.start(),
                l.end());
    }

    /** True when a capitalised word comes within {@code n} tokens from {@code k}, after lower-case nouns only. */
    private boolean nameWithin(Document doc, int k, int end, int n) {
        for (int i = k; i < end && i - k < n; i++) {
            Token t = doc.token(i);
            if (!t.word()) {
                return false;
            }
            if (t.capitalized()) {
                return !lex.isSentenceStarter(t.text());
            }
            if (!plausibleNoun(t.lower()) && lex.roleNoun(t.lower()) == null) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Two months later, …", "Eight years ago, …", "Once in my early 20s, …", "Reached by POLITICO, …": a sentence
     * opening with a number, "once" or a participle starts with an introductory phrase, not its subject.
     */
    private static boolean introductoryStart(Token t) {
        String w = t.lower();
        return Character.isDigit(t.text().charAt(0)) || NUMBER_WORDS.contains(w) || SMALL_NUMBERS.contains(w)
                || w.equals("once") || w.equals("twice") || w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
                && t.capitalized();
    }

    private static final Set<String> SMALL_NUMBERS = words("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "several", "few", "many");

    /** "old", "caustic", "campaign": a lower-case modifier that can stand between a determiner and its noun. */
    private boolean adjectiveOrNoun(Token t) {
        String w = t.lower();
        return !t.capitalized() && !w.endsWith("ly") && !AUX_ADV.contains(w) && !COPULAS.contains(w)
                && lex.speechVerb(w) == null && !PREPS.contains(w) && !PRONOUNS.contains(w);
    }

    private static final Set<String> POSSESSIVE_DETERMINERS = words("the", "a", "an", "his", "its", "their", "our",
            "my", "your", "this", "these", "those", "every", "each");

    /** Speech-verb forms that are also nouns ("a radio show", "the report", "her notes"). */
    private static final Set<String> NOUN_LIKE_FORMS = words("show", "shows", "report", "reports", "note", "notes",
            "claim", "claims", "call", "calls", "comment", "comments", "post", "posts", "tweet", "tweets", "release",
            "statement", "word", "promise", "warning", "answer", "reply");
    /** Shouting verbs that are nouns after a determiner and a modifier ("the caustic chant “Lock her up!”"). */
    private static final Set<String> SHOUT_NOUNS = words("chant", "chants", "shout", "shouts", "cry", "cries", "yell",
            "yells", "scream", "screams");

    /** Finite forms that report with a clause after them, whatever stands before them. */
    private static final Set<String> FINITE_REPORTING = words("said", "says", "say", "told", "tells", "argued",
            "argues", "insisted", "insists", "contended", "contends", "maintained", "maintains", "claimed", "claims",
            "warned", "warns", "added", "adds", "noted", "notes", "wrote", "writes", "acknowledged", "acknowledges");

    /**
     * "Bill Millis, a businessman who had been a member of the board before departing last month, said Carson had
     * been led astray by “insiders”": a finite reporting verb whose subject is too long or too unusual to parse still
     * reports the clause after it when the clause quotes words; the speaker is the sentence's subject when it can be
     * read, otherwise unknown.
     */
    private boolean unresolvedSubjectReport(Document doc, Sentence s, int v, String low, VerbClass vc,
            List<Frame> frames) {
        if (!FINITE_REPORTING.contains(low) || v - s.firstToken() < 2) {
            return false;
        }
        Token prev = doc.token(v - 1);
        if (!prev.word() && !prev.is(",") && !prev.is(")") || prev.isLower("to") || prev.isLower("is")
                || prev.isLower("was") || prev.isLower("be") || prev.isLower("been") || prev.isLower("it")
                || closeMarkInParagraph(doc, v - 1, s) || prev.is(",") && closeMarkInParagraph(doc, v - 2, s)) {
            return false;
        }
        int after = skipComplements(doc, v + 1, s.endToken(), low);
        if (after >= s.endToken()) {
            return false;
        }
        Token x = doc.token(after);
        if (!(x.isLower("that") || x.word() && !x.capitalized() && DETERMINERS.contains(x.lower())
                || x.word() && x.capitalized() || x.word() && PRONOUNS.contains(x.lower()))) {
            return false;
        }
        List<int[]> content = contentAfter(doc, s, after, low, vc);
        if (content == null) {
            return false;
        }
        boolean quoted = false;
        for (int[] c : content) {
            for (int i = c[0]; i < c[1] && !quoted; i++) {
                quoted = doc.quoted(i);
            }
        }
        if (!quoted) {
            // without a quoted fragment the clause is too often not a report at all
            return false;
        }
        Token t = doc.token(v);
        frames.add(new Frame(Sieve.LEADING_CUE, t.start(), t.end(), sentenceSubjectMention(doc, s), content,
                s.index(), -1, -1));
        return true;
    }

    /** The content cut at its first unquoted comma (null when nothing is left). */
    private static List<int[]> untilComma(Document doc, int[] c, int from, int end) {
        for (int k = from; k < end && doc.token(k).start() < c[1]; k++) {
            Token t = doc.token(k);
            if (t.is(",") && t.start() > c[0] && !doc.quoted(t.start())) {
                return List.of(new int[] {c[0], t.start()});
            }
        }
        return List.of(c);
    }

    /** "“A,” he said, “B.”": the second quote joins the frame as a further fragment. */
    private void addContinuation(Document doc, Sentence s, int after, List<Frame> frames) {
        if (after + 1 >= doc.tokenCount()) {
            return;
        }
        Token comma = doc.token(after);
        if (!comma.is(",") && !comma.is(":")) {
            return;
        }
        Token open = doc.token(after + 1);
        QuotedSpan q = doc.quoteAt(open.start());
        Frame f = frames.get(frames.size() - 1);
        if (q == null || q.openMark() != open.start() || !isQuoteContent(doc, f)) {
            return;
        }
        List<int[]> pieces = new ArrayList<>(f.content());
        pieces.addAll(q.pieces());
        frames.set(frames.size() - 1, new Frame(f.pattern(), f.cueStart(), f.cueEnd(), f.subject(), pieces, f.sentence(),
                f.appositionFirst(), f.appositionEnd()));
    }

    private static boolean isQuoteContent(Document doc, int start) {
        QuotedSpan q = doc.quoteAt(start);
        return q != null && q.contentStart() == start;
    }

    /** A word that carries the interrupted clause on (not a participial cue, not "according", not a quote). */
    private boolean continuesClause(Document doc, int k) {
        Token n = doc.token(k);
        if (!n.word() || n.capitalized()) {
            return false;
        }
        String nl = n.lower();
        return !(nl.endsWith("ing") && lex.speechVerb(nl) != null) && !nl.equals("according") && !nl.equals("who")
                && !nl.equals("which") && !nl.equals("referring") && !nl.equals("citing") && !nl.equals("in")
                && !nl.equals("on") && !nl.equals("at") && !nl.equals("during");
    }

    private static boolean isQuoteContent(Document doc, Frame f) {
        QuotedSpan q = doc.quoteAt(f.contentStart());
        return q != null && q.contentStart() == f.contentStart();
    }

    private void participle(Document doc, Sentence s, int v, VerbClass vc, List<Frame> frames, int sentenceFrames) {
        Mention subject = null;
        for (int i = frames.size() - 1; i >= sentenceFrames; i--) {
            if (frames.get(i).subject() != null) {
                subject = frames.get(i).subject();
                break;
            }
        }
        if (subject == null) {
            subject = sentenceSubjectMention(doc, s);
        }
        int after = skipComplements(doc, v + 1, s.endToken(), doc.token(v).lower());
        List<int[]> content = contentAfter(doc, s, after, doc.token(v).lower(), vc);
        if (content != null) {
            Token t = doc.token(v);
            frames.add(new Frame(Sieve.PARTICIPLE_CUE, t.start(), t.end(), subject, content, s.index(), -1, -1));
        }
    }

    private void accordingTo(Document doc, Sentence s, int v, List<Frame> frames) {
        Mention m = subjectAfter(doc, v + 2, s.endToken(), true);
        if (m == null) {
            return;
        }
        int cueStart = doc.token(v).start();
        int cueEnd = doc.token(v + 1).end();
        List<int[]> content;
        boolean introBefore = v - s.firstToken() <= 2 || (v - s.firstToken() <= 5 && doc.token(v - 1).is(","));
        boolean commaAfter = m.endToken() < s.endToken() && doc.token(m.endToken()).is(",");
        if (introBefore && (commaAfter || v - s.firstToken() <= 2)) {
            int k = m.endToken();
            if (k < s.endToken() && doc.token(k).is(",")) {
                k++;
            }
            content = clauseFrom(doc, s, k);
        } else {
            int b = v - 1;
            content = doc.token(b).is(",") || doc.token(b).is("—") ? contentBefore(doc, s, b) : contentBefore(doc, s, v);
        }
        if (content != null) {
            frames.add(new Frame(Sieve.ACCORDING_TO, cueStart, cueEnd, m, content, s.index(), -1, -1));
        }
    }

    private static final Set<String> INTRO = words("in", "on", "at", "during", "after", "before", "last", "earlier",
            "later", "since", "while", "when", "then", "but", "and", "however", "still", "meanwhile", "yet", "instead",
            "now", "today", "yesterday", "also", "speaking", "asked", "for", "with", "without", "by", "as", "so");
    private static final Set<String> COPULAS = words("is", "was", "are", "were", "be", "been", "being", "'s", "’s", "has",
            "have", "had", "will", "would", "can", "could", "and", "or", "but", "who", "which", "that");
    private static final Set<String> PARTICLES = words("about", "to", "that", "as", "of", "on", "for", "with", "against");

    /** The subject noun phrase of a sentence, after an introductory phrase ("In an interview with CNN, Trump …"). */
    Mention sentenceSubjectMention(Document doc, Sentence s) {
        int first = s.firstToken();
        int end = s.endToken();
        int i = first;
        if (doc.token(i).word() && (INTRO.contains(doc.token(i).lower()) || introductoryStart(doc.token(i)))) {
            int c = -1;
            for (int j = i + 1; j < end && j - i < 12; j++) {
                if (doc.token(j).is(",")) {
                    c = j;
                    break;
                }
                if (isQuoteMark(doc.token(j))) {
                    break;
                }
            }
            if (c < 0 && INTRO.contains(doc.token(i).lower())) {
                return null;
            }
            if (c >= 0) {
                i = c + 1;
            }
        }
        Mention m = subjectAfter(doc, i, end, false);
        if (m != null && m.firstToken() == first && doc.token(first).capitalized()
                && lex.isSentenceStarter(doc.token(first).text()) && !DETERMINERS.contains(doc.token(first).lower())
                && m.kind() != Mention.Kind.PRONOUN) {
            return null;
        }
        return m;
    }

    /** "Moon praised the plan as “bold.”": a sentence with a quoted fragment, reported by its subject. */
    private void sentenceSubject(Document doc, Sentence s, List<Frame> frames) {
        int first = s.firstToken();
        int end = s.endToken();
        boolean hasQuote = false;
        for (int i = first; i < end && !hasQuote; i++) {
            hasQuote = isOpenMark(doc, doc.token(i)) && i > first;
        }
        if (!hasQuote) {
            return;
        }
        Mention m = sentenceSubjectMention(doc, s);
        if (m == null) {
            return;
        }
        int v = m.endToken();
        int guard = 0;
        while (v < end && guard++ < 2 && doc.token(v).word() && (AUX_ADV.contains(doc.token(v).lower())
                || (doc.token(v).lower().endsWith("ly") && !doc.token(v).capitalized()))) {
            v++;
        }
        if (v >= end) {
            return;
        }
        Token verb = doc.token(v);
        if (!verb.word() || verb.capitalized() || COPULAS.contains(verb.lower()) || doc.quoted(verb.start())
                || DETERMINERS.contains(verb.lower()) || PREPS.contains(verb.lower())) {
            return;
        }
        int c = v + 1;
        if (c < end && doc.token(c).word() && PARTICLES.contains(doc.token(c).lower()) && !doc.token(c).isLower("that")) {
            c++;
        }
        List<int[]> content = clauseFrom(doc, s, c);
        if (content == null) {
            return;
        }
        boolean quoteInside = false;
        for (int k = c; k < end && k - c <= 8 && doc.token(k).start() < content.get(0)[1]; k++) {
            if (isOpenMark(doc, doc.token(k)) && !titleLike(doc, doc.quoteAt(doc.token(k).start()))) {
                quoteInside = true;
            }
        }
        if (quoteInside) {
            frames.add(new Frame(Sieve.SENTENCE_SUBJECT, verb.start(), verb.end(), m, content, s.index(), -1, -1));
        }
    }

    /** "The ministry released the following statement:" closing a paragraph that the next paragraph's quote answers. */
    private void colonParagraph(Document doc, Sentence s, List<Frame> frames) {
        int last = s.endToken() - 1;
        if (last <= s.firstToken() || !doc.token(last).is(":") || last + 1 >= doc.tokenCount()) {
            return;
        }
        Token open = doc.token(last + 1);
        if (!isOpenMark(doc, open) || doc.sentenceOf(last + 1).paragraph() != s.paragraph() + 1) {
            return;
        }
        Mention m = sentenceSubjectMention(doc, s);
        QuotedSpan q = doc.quoteAt(open.start());
        if (m == null || q == null) {
            return;
        }
        Token colon = doc.token(last);
        frames.add(new Frame(Sieve.COLON_CUE, colon.start(), colon.end(), m, q.pieces(), s.index(), -1, -1));
    }

    /** "“…” ― Carla Ruiz": a quote signed with a dash and a name. */
    private void dashSignatures(Document doc, List<Frame> frames) {
        for (QuotedSpan q : doc.quotedSpans()) {
            if (q.closeMark() < 0) {
                continue;
            }
            int k = firstTokenAt(doc, 0, q.closeMark() + 1, doc.tokenCount());
            if (k + 1 >= doc.tokenCount()) {
                continue;
            }
            Token dash = doc.token(k);
            if (!(dash.is("―") || dash.is("—") || dash.is("–")) || !doc.token(k + 1).capitalized()) {
                continue;
            }
            int e = k + 1;
            while (e < doc.tokenCount() && e - k <= 4 && doc.token(e).capitalized()) {
                e++;
            }
            if (e < doc.tokenCount() && !isQuoteMark(doc.token(e)) && !doc.token(e).is(".")
                    && doc.sentenceOf(e).paragraph() == doc.sentenceOf(k).paragraph() && !doc.token(e).is(",")) {
                continue;
            }
            Token f = doc.token(k + 1);
            Token l = doc.token(e - 1);
            Mention m = new Mention(f.start(), l.end(), k + 1, e, Mention.Kind.NAME, f.start(), l.end());
            frames.add(new Frame(Sieve.TRAILING_CUE, dash.start(), dash.end(), m, q.pieces(), doc.sentenceOf(k).index(),
                    -1, -1));
        }
    }

    private static boolean titleLike(Document doc, QuotedSpan q) {
        if (q == null) {
            return true;
        }
        String text = doc.text();
        int longWords = 0;
        int capitalised = 0;
        int i = q.contentStart();
        int e = q.contentEnd();
        while (i < e) {
            while (i < e && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < e && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - st > 3) {
                longWords++;
                if (Character.isUpperCase(text.charAt(st))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 1 && capitalised * 10 >= longWords * 8;
    }

    /** "Moon: “…”" at the start of a sentence. */
    private void colon(Document doc, Sentence s, List<Frame> frames) {
        for (int c = s.firstToken() + 2; c + 1 < s.endToken(); c++) {
            if (doc.token(c).is(":") && isOpenMark(doc, doc.token(c + 1)) && doc.token(c - 1).capitalized()
                    && !doc.quoted(doc.token(c).start())) {
                Mention m = npEndingAt(doc, c - 1, s.firstToken(), false, 0);
                QuotedSpan q = doc.quoteAt(doc.token(c + 1).start());
                if (m != null && m.kind() == Mention.Kind.NAME && q != null && m.firstToken() > s.firstToken()) {
                    frames.add(new Frame(Sieve.COLON_CUE, doc.token(c).start(), doc.token(c).end(), m, q.pieces(),
                            s.index(), -1, -1));
                }
            } else if (doc.token(c).is(":") && isOpenMark(doc, doc.token(c + 1))
                    && doc.token(c - 1).word() && !doc.token(c - 1).capitalized() && !doc.quoted(doc.token(c).start())
                    && lex.speechVerb(doc.token(c - 1).lower()) == null) {
                // "Trump leaned in and boomed: “Let’s defeat her in November.”": the sentence's subject says it
                Mention m = sentenceSubjectMention(doc, s);
                QuotedSpan q = doc.quoteAt(doc.token(c + 1).start());
                if (m != null && m.endToken() <= c - 1 && q != null && q.openMark() == doc.token(c + 1).start()) {
                    frames.add(new Frame(Sieve.COLON_CUE, doc.token(c).start(), doc.token(c).end(), m, q.pieces(),
                            s.index(), -1, -1));
                }
            }
        }
        int f = s.firstToken();
        int k = f;
        while (k < s.endToken() && k - f < 5 && doc.token(k).capitalized()) {
            k++;
        }
        if (k == f || k >= s.endToken() || !doc.token(k).is(":") || lex.isSentenceStarter(doc.token(f).text())) {
            return;
        }
        if (k - f == 1 && (lex.isPlace(doc.token(f).text()) || lex.isTitle(doc.token(f).text()))) {
            return;
        }
        List<int[]> content = contentAfter(doc, s, k, "said", VerbClass.CLAUSE);
        if (content == null || !doc.quoted(content.get(0)[0]) && !doc.quoted(content.get(content.size() - 1)[1] - 1)) {
            return;
        }
        Token first = doc.token(f);
        Token last = doc.token(k - 1);
        Mention m = new Mention(first.start(), last.end(), f, k, Mention.Kind.NAME, first.start(), last.end());
        frames.add(new Frame(Sieve.COLON_CUE, doc.token(k).start(), doc.token(k).end(), m, content, s.index(), -1, -1));
    }

    /** The clause reported before a trailing cue whose subject starts after token {@code b} (a comma or closing mark). */
    private List<int[]> contentBefore(Document doc, Sentence s, int b) {
        for (int cm = b; cm >= Math.max(0, b - 2) && (cm >= s.firstToken() || closeMarkInParagraph(doc, cm, s)); cm--) {
            Token tok = doc.token(cm);
            if (isCloseMark(doc, tok)) {
                QuotedSpan q = doc.quoteAt(tok.start());
                if (q != null && q.closeMark() == tok.start()) {
                    if (q.openMark() <= s.start() || cm < s.firstToken() || !hasLetters(doc.text(), s.start(), q.openMark())
                            || colonBefore(doc.text(), q.openMark())
                            || commaBefore(doc.text(), q.openMark())) {
                        return q.pieces();
                    }
                    // "The bill's failure was “heartbreaking,” she said.": the whole clause, a mixed quote
                    return List.of(new int[] {reportedClauseStart(doc, s, q.openMark()), tok.end()});
                }
                break;
            }
            if (!tok.is(",") && !tok.is("—") && !tok.is("-")) {
                break;
            }
        }
        int endTok = b;
        if (endTok <= s.firstToken()) {
            return null;
        }
        int start = s.start();
        // a clause that starts right after an earlier cue of the same sentence ("X said A, B said") is left alone
        int words = 0;
        for (int i = s.firstToken(); i < endTok; i++) {
            if (doc.token(i).word()) {
                words++;
            }
        }
        if (words < 3) {
            return null;
        }
        int end = doc.token(endTok - 1).end();
        QuotedSpan q = doc.quoteAt(start);
        if (q != null && q.contentStart() < start && q.outerEnd() >= end) {
            return null;
        }
        if (q != null && q.openMark() < start && q.closeMark() > start && q.pieces().size() == 1) {
            // "Romney “were stiff. They weren’t fun. There was no joy” in comparison to Obama, Gingrich said.": the
            // sentence began before the quote that its periods seemed to end
            Sentence opening = doc.sentenceOf(firstTokenAt(doc, Math.max(0, s.firstToken() - 400), q.openMark(),
                    s.firstToken()));
            if (opening.paragraph() == s.paragraph()) {
                start = reportedClauseStart(doc, opening, q.openMark());
            }
        }
        return List.of(new int[] {start, end});
    }

    private static final Set<String> CLAUSE_COORDINATORS = words("and", "but", "so", "yet");

    /**
     * Where the quoted clause a trailing cue reports begins, for a quote opening at {@code limit}: after the last ", and"
     * (", but", ", so") that joins a second clause to the sentence ("…, they are asked to rank their choices, and the
     * group is less likely to be “overrun”"), otherwise at the sentence start.
     */
    private int reportedClauseStart(Document doc, Sentence s, int limit) {
        int start = s.start();
        for (int k = s.firstToken(); k + 2 < s.endToken() && doc.token(k + 2).start() < limit; k++) {
            Token t = doc.token(k);
            if (t.is(",") && !doc.quoted(t.start())) {
                Token c = doc.token(k + 1);
                Token n = doc.token(k + 2);
                if (c.word() && CLAUSE_COORDINATORS.contains(c.lower()) && !c.capitalized() && n.word()
                        && (PRONOUNS.contains(n.lower()) || DETERMINERS.contains(n.lower()) || n.capitalized())
                        && k - s.firstToken() >= 3) {
                    start = n.start();
                }
            }
        }
        return start;
    }

    /** The reported content after a leading cue; {@code j} is the first token after the verb and its complements. */
    private List<int[]> contentAfter(Document doc, Sentence s, int j, String verb, VerbClass vc) {
        int end = s.endToken();
        if (j >= end) {
            return null;
        }
        Token x = doc.token(j);
        if (x.is(":") && j + 1 == end && j + 1 < doc.tokenCount() && isOpenMark(doc, doc.token(j + 1))
                && doc.sentenceOf(j + 1).paragraph() == s.paragraph() + 1) {
            // "… said in a statement:" and the statement as the next paragraph
            QuotedSpan q = doc.quoteAt(doc.token(j + 1).start());
            return q == null ? null : q.pieces();
        }
        if (x.is(":") || x.is(",")) {
            if (j + 1 < end && isOpenMark(doc, doc.token(j + 1))) {
                j++;
                x = doc.token(j);
            } else if (x.is(":") && j + 1 < end) {
                return clauseFrom(doc, s, j + 1);
            } else {
                return null;
            }
        }
        if (isOpenMark(doc, x)) {
            QuotedSpan q = doc.quoteAt(x.start());
            if (q == null || q.openMark() != x.start()) {
                return null;
            }
            int k = firstTokenAt(doc, j, q.outerEnd());
            Sentence qs = k - 1 >= 0 && k - 1 < doc.tokenCount() ? doc.sentenceOf(k - 1) : s;
            if (vc == VerbClass.QUOTE || k >= doc.tokenCount() || k >= qs.endToken() || isEndPunct(doc.token(k))
                    || doc.sentenceOf(k).index() != qs.index()) {
                return q.pieces();
            }
            return clauseFrom(doc, qs, j);
        }
        if (x.isLower("that")) {
            // the complementizer belongs to the reported clause, as annotators mark it
            return clauseFrom(doc, s, j);
        }
        if (x.word() && QUESTION_WORDS.contains(x.lower()) && !x.capitalized()) {
            // "asked whether the bridge would reopen"
            return clauseFrom(doc, s, j);
        }
        if (vc == VerbClass.QUOTE) {
            return null;
        }
        if (vc == VerbClass.MIXED) {
            // "called the ensuing chaos “a lesson I had to learn” about the need to …": the label and the rest of
            // its clause
            return clauseFrom(doc, s, j);
        }
        // finite say-verbs and every reporting participle ("…, suggesting the senator sees …") take a bare clause
        if (!(SAY_LIKE.contains(verb) || verb.endsWith("ing") && vc == VerbClass.CLAUSE) || !x.word()) {
            return null;
        }
        return clauseFrom(doc, s, j);
    }

    /** From token {@code j} to the end of the clause: sentence end, a participial cue, "according to". */
    private List<int[]> clauseFrom(Document doc, Sentence s, int j) {
        int end = s.endToken();
        if (j >= end) {
            return null;
        }
        int k = j;
        int words = 0;
        int quoteEnd = -1;
        boolean afterCommaQuote = false;
        for (; k < end; k++) {
            Token t = doc.token(k);
            if (t.start() < quoteEnd) {
                continue;
            }
            if (afterCommaQuote) {
                // "… called him a “moderate,” a subtle dig at …": a comma closing the quoted words ends the content,
                // unless more quoted words follow ("“incredibly ugly,” “a huge shock” and …")
                afterCommaQuote = false;
                if (!quoteOpensWithin(doc, k, end, QUOTE_LIST_WINDOW)) {
                    break;
                }
            }
            if (isOpenMark(doc, t)) {
                QuotedSpan q = doc.quoteAt(t.start());
                if (q != null && q.openMark() == t.start()) {
                    quoteEnd = q.pieces().size() == 1 ? q.outerEnd() : q.pieces().get(0)[1];
                    int ce = q.contentEnd();
                    afterCommaQuote = q.pieces().size() == 1 && ce > 0 && doc.text().charAt(ce - 1) == ',';
                    words += 2;
                    continue;
                }
            }
            if (t.is(",") && k + 1 < end && stopsAfterComma(doc, k + 1, j, k, end)) {
                break;
            }
            if (t.is(",") && k + 1 < end && opensOutsideClause(doc, k + 1, j)) {
                break;
            }
            if ((t.is(",") || t.is("—") || t.is("--")) && k > j + 2 && newReportingClause(doc, k + 1, end)) {
                break;
            }
            if (t.is(",") && quoteEnd >= 0 && k > j && (doc.token(k - 1).end() == quoteEnd
                    && !quoteOpensWithin(doc, k + 1, end, QUOTE_LIST_WINDOW)
                    || k + 1 < end && (doc.token(k + 1).isLower("a") || doc.token(k + 1).isLower("an")))) {
                // after quoted words, a comma ("“rigged”, a charge that …", "“rigged” against him, a charge …") ends
                // the content: what follows is the writer's comment or a new clause
                break;
            }
            if ((t.isLower("and") || t.isLower("but")) && k > j && k + 1 < end) {
                int nk = k + 1;
                if (nk + 1 < end && (AUX_ADV.contains(doc.token(nk).lower()) || doc.token(nk).lower().endsWith("ly"))) {
                    nk++;
                }
                Token n = doc.token(nk);
                if (n.word() && !n.capitalized() && COORDINATED_STOPS.contains(n.lower())) {
                    break;
                }
                if (coordinatedVerbPhrase(doc, nk, end, quoteEnd >= 0)) {
                    break;
                }
                if (quoteEnd >= 0 && n.word() && !n.capitalized() && (n.lower().endsWith("ing")
                        && lex.speechVerb(n.lower()) != null || PRONOUNS.contains(n.lower()) && !n.isLower("who")
                        && !n.isLower("it"))) {
                    // "… “on paper” but suggesting …", "… a “nice guy” and he didn’t …": after quoted words, a new
                    // report or a clause with its own subject is not part of this one
                    break;
                }
            }
            if (t.is(";") || quoteEnd >= 0 && k > j && (t.is("—") || t.is("–") || t.is("-") || t.is("--"))) {
                // "… “the living wage” - stopping short of …": a dash after quoted words opens the writer's aside
                break;
            }
            if (t.word()) {
                words++;
            }
        }
        if (words < 2) {
            return null;
        }
        int last = k - 1;
        int endChar = doc.token(last).end();
        if (quoteEnd > endChar) {
            endChar = Math.min(quoteEnd, doc.text().length());
        }
        int startChar = doc.token(j).start();
        return List.of(new int[] {startChar, endChar});
    }

    private static final Set<String> IRREGULAR_PAST = words("made", "took", "gave", "cast", "went", "came", "sent",
            "put", "set", "left", "held", "kept", "brought", "thought", "began", "ran", "won", "lost", "hit", "led",
            "met", "paid", "sought", "spent", "stood", "struck", "threw", "spoke", "drew", "fought", "got", "chose",
            "knew", "became", "shot", "bought", "broke", "rose", "fell", "saw", "heard");

    /**
     * "pledged to be “the greatest jobs president” and cast doubt on …": after a quoted fragment, "and" with a
     * past-tense verb and its object starts a second predicate of the subject, which the cue does not report.
     */
    private static boolean coordinatedVerbPhrase(Document doc, int n, int end, boolean afterQuote) {
        if (!afterQuote || n + 1 >= end) {
            return false;
        }
        Token v = doc.token(n);
        String w = v.lower();
        if (!v.word() || v.capitalized() || doc.quoted(v.start())) {
            return false;
        }
        boolean past = w.length() > 4 && w.endsWith("ed") || IRREGULAR_PAST.contains(w);
        if (!past) {
            return false;
        }
        Token o = doc.token(n + 1);
        return o.word() && !o.isLower("by") && !o.isLower("and") && !o.isLower("or");
    }

    /** True when token {@code k} is a closing quotation mark in the paragraph of sentence {@code s}. */
    private static boolean closeMarkInParagraph(Document doc, int k, Sentence s) {
        if (k < 0 || k >= doc.tokenCount()) {
            return false;
        }
        return isCloseMark(doc, doc.token(k)) && doc.sentenceOf(k).paragraph() == s.paragraph();
    }

    private boolean startsNounPhrase(Token t) {
        String tl = t.lower();
        return t.capitalized() || DETERMINERS.contains(tl) || OBJECT_PRONOUNS.contains(tl) || lex.roleNoun(tl) != null
                || MODIFIERS.contains(tl);
    }

    /** "When someone shouted, “Cruz,” Beck joked": a quote right after a comma is quoted whole. */
    private static boolean commaBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ',';
    }

    private static boolean colonBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && (text.charAt(k) == ':' || text.charAt(k) == '—' || text.charAt(k) == '–'
                || text.charAt(k) == '-' && k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '-'));
    }

    private static boolean isBoundary(Document doc, int k) {
        Token t = doc.token(k);
        return t.is(",") || isQuoteMark(t) || t.is(":") || t.is(";") || t.is("(") || t.is("—");
    }

    private static boolean hasLetters(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first token at or after {@code offset}, by binary search over [from, to). */
    private static int firstTokenAt(Document doc, int from, int offset, int to) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.token(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstTokenAt(Document doc, int from, int offset) {
        int k = from;
        while (k < doc.tokenCount() && doc.token(k).start() < offset && k - from < 5000) {
            k++;
        }
        return k;
    }

    /** After a comma: a participial cue, "according to", or a gerund adjunct ("…, implicitly putting …"). */
    /**
     * "…, although he supports …", "…, which he said …": after a comma, a concessive or relative clause is not
     * reported ("…, but …" usually is: "says that X, but instead Obama is giving them “lectures”").
     */
    private static boolean opensOutsideClause(Document doc, int n, int j) {
        Token t = doc.token(n);
        return n > j + 3 && t.word() && !t.capitalized() && CLAUSE_BREAKS.contains(t.lower());
    }

    private boolean stopsAfterComma(Document doc, int n, int j, int k, int end) {
        Token t = doc.token(n);
        if (!t.word() || t.capitalized()) {
            return false;
        }
        String tl = t.lower();
        if (tl.equals("according")) {
            return true;
        }
        if (tl.endsWith("ly") && n + 1 < end && doc.token(n + 1).word()) {
            tl = doc.token(n + 1).lower();
        }
        // only a speech participle ("…, adding that …") starts another report; "…, coming from 40 points behind …"
        // goes on with this one
        return tl.endsWith("ing") && lex.speechVerb(tl) != null;
    }

    private static boolean isEndPunct(Token t) {
        return !t.word() && (t.is(".") || t.is(",") || t.is("?") || t.is("!") || t.is(";") || t.is("—") || t.is(")"));
    }

    private static boolean endsClause(Document doc, int k, Sentence s) {
        if (k >= s.endToken()) {
            return true;
        }
        Token t = doc.token(k);
        String tl = t.lower();
        if (t.word() && (TIME_WORDS.contains(tl) || tl.equals("this") || tl.equals("last") || tl.equals("next")
                || tl.equals("of") || tl.equals("to") || tl.equals("about") || tl.equals("recently"))) {
            return true;
        }
        return !t.word() && !t.is("’s") || t.isLower("in") || t.isLower("on") || t.isLower("at")
                || t.isLower("during") || t.isLower("after") || t.isLower("told");
    }

    /** Skips the verb's object and adverbials: "told reporters", "in a statement", "on Tuesday", "of the drills". */
    private int skipComplements(Document doc, int i, int end, String verb) {
        int j = i;
        if (j < end && OBJECT_VERBS.contains(verb)) {
            Token x = doc.token(j);
            if (x.word() && OBJECT_PRONOUNS.contains(x.lower())) {
                j++;
            } else if (x.word() && (x.capitalized() || DETERMINERS.contains(x.lower()) || MODIFIERS.contains(x.lower())
                    || lex.roleNoun(x.lower()) != null)) {
                int k = j;
                if (DETERMINERS.contains(x.lower())) {
                    k++;
                }
                int taken = 0;
                while (k < end && taken < 6) {
                    Token y = doc.token(k);
                    if (y.capitalized() || y.is("’s") || y.is("'s") || (y.word() && lex.roleNoun(y.lower()) != null)
                            || (y.word() && MODIFIERS.contains(y.lower()))) {
                        k++;
                        taken++;
                        continue;
                    }
                    break;
                }
                if (taken == 0 && k > j && k < end && doc.token(k).word() && plausibleNoun(doc.token(k).lower())) {
                    // "told the court"
                    k++;
                    taken++;
                }
                if (taken > 0) {
                    j = k;
                }
            }
        }
        int guard = 0;
        while (j < end && guard++ < 4) {
            Token x = doc.token(j);
            if (!x.word()) {
                break;
            }
            String xl = x.lower();
            if (TIME_WORDS.contains(xl) || (!x.capitalized() && xl.endsWith("ly") && xl.length() > 4)) {
                j++;
                continue;
            }
            if (PREPS.contains(xl)) {
                if (xl.equals("to") && j + 1 < end && !startsNounPhrase(doc.token(j + 1))) {
                    break;
                }
                int k = j + 1;
                int taken = 0;
                boolean closed = false;
                while (k < end && taken < 7) {
                    Token y = doc.token(k);
                    if (!y.word() || y.isLower("that")) {
                        closed = true;
                        break;
                    }
                    k++;
                    taken++;
                    if (PP_HEADS.contains(y.lower())) {
                        closed = true;
                        break;
                    }
                }
                if (!closed && k < end) {
                    break;
                }
                j = k;
                continue;
            }
            break;
        }
        return j;
    }

    /** The subject noun phrase ending right before the verb at {@code v} (adverbs and an apposition skipped). */
    Mention subjectBefore(Document doc, int v, int lo, int[] apposition) {
        int k = v - 1;
        int skipped = 0;
        while (k >= lo && skipped < 3) {
            Token t = doc.token(k);
            String tl = t.lower();
            if (t.word() && !t.capitalized() && (AUX_ADV.contains(tl) || (tl.endsWith("ly") && tl.length() > 4))) {
                k--;
                skipped++;
                continue;
            }
            break;
        }
        if (k < lo) {
            return null;
        }
        if (doc.token(k).word() && !doc.token(k).capitalized() && (PP_HEADS.contains(doc.token(k).lower())
                || TIME_WORDS.contains(doc.token(k).lower())) || doc.token(k).capitalized()
                && TIME_WORDS.contains(doc.token(k).lower())) {
            for (int j = k - 1; j >= lo && j >= k - 4; j--) {
                Token y = doc.token(j);
                if (!y.word()) {
                    break;
                }
                if (!y.capitalized() && (y.isLower("at") || y.isLower("on") || y.isLower("in") || y.isLower("last")
                        || y.isLower("this") || y.isLower("during") || y.isLower("earlier"))) {
                    if (j - 1 >= lo) {
                        k = j - 1;
                    }
                    break;
                }
            }
        }
        if (doc.token(k).is(",")) {
            Mention described = describedName(doc, k, lo);
            if (described != null) {
                return described;
            }
            int c2 = -1;
            int commas = 0;
            for (int j = k - 1; j >= lo && j >= k - 30; j--) {
                Token y = doc.token(j);
                if (y.is(",")) {
                    if (looksLikeApposition(doc, j + 1, k)) {
                        c2 = j;
                        break;
                    }
                    if (++commas >= 3) {
                        break;
                    }
                    continue;
                }
                if (isQuoteMark(y) || y.is(".") || y.is(":") || y.is(";")
                        || (y.word() && lex.speechVerb(y.lower()) != null && !y.capitalized())) {
                    return null;
                }
            }
            if (c2 < 0) {
                return null;
            }
            apposition[0] = c2 + 1;
            apposition[1] = k;
            k = c2 - 1;
            if (k < lo) {
                return null;
            }
        }
        return npEndingAt(doc, k, lo, apposition[0] < 0, 0);
    }

    /**
     * "…,” the harbour master, Otto Brenn, said": a name set off by commas right after a description (a lower-case
     * role noun) is the speaker; {@code k} is the comma before the verb.
     */
    private Mention describedName(Document doc, int k, int lo) {
        int j = k - 1;
        while (j >= lo && k - j <= 4 && doc.token(j).word() && doc.token(j).capitalized()) {
            j--;
        }
        if (j == k - 1 || k - j - 1 < 2 || j < lo + 1 || !doc.token(j).is(",")) {
            return null;
        }
        Token role = doc.token(j - 1);
        if (!role.word() || role.capitalized() || lex.roleNoun(role.lower()) != Lexicons.NounClass.ROLE) {
            return null;
        }
        int d = j - 1;
        while (d - 1 >= lo && d - 1 >= j - 5 && doc.token(d - 1).word() && !doc.token(d - 1).capitalized()
                && (MODIFIERS.contains(doc.token(d - 1).lower()) || lex.roleNoun(doc.token(d - 1).lower()) != null
                || adjectiveLike(doc.token(d - 1).lower()))) {
            d--;
        }
        if (d - 1 >= lo && doc.token(d - 1).word() && DETERMINERS.contains(doc.token(d - 1).lower())) {
            d--;
        }
        // the mention spans "the spokesman, Otto Brenn"; its head is the name
        Token first = doc.token(j + 1);
        Token last = doc.token(k - 1);
        return new Mention(doc.token(d).start(), last.end(), d, k, Mention.Kind.NAME, first.start(), last.end());
    }

    private Mention npEndingAt(Document doc, int k, int lo, boolean allowPronoun, int depth) {
        Token h = doc.token(k);
        if (h.word() && PRONOUNS.contains(h.lower())) {
            if (!allowPronoun && !h.isLower("who")) {
                return null;
            }
            return new Mention(h.start(), h.end(), k, k + 1, Mention.Kind.PRONOUN, h.start(), h.end());
        }
        int last = k;
        if (h.is(")")) {
            int j = k - 1;
            while (j >= lo && j > k - 8 && !doc.token(j).is("(")) {
                j--;
            }
            if (j < lo || !doc.token(j).is("(") || j - 1 < lo) {
                return null;
            }
            last = j - 1;
            h = doc.token(last);
        }
        if (h.word() && (h.is("Jr.") || h.is("Sr.") || h.is("Jr") || h.is("Sr")) && last - 1 >= lo) {
            last--;
            if (doc.token(last).is(",") && last - 1 >= lo) {
                last--;
            }
            h = doc.token(last);
        }
        int first;
        Mention.Kind kind;
        int headFirst;
        int headLast = last;
        if (h.capitalized() && !(last == lo && lex.isSentenceStarter(h.text()))) {
            int j = last;
            while (j - 1 >= lo && last - j < 8) {
                Token y = doc.token(j - 1);
                if (y.capitalized() && !(j - 1 == lo && lex.isSentenceStarter(y.text()))) {
                    j--;
                    continue;
                }
                if (y.word() && (y.isLower("for") || y.isLower("of") || y.isLower("on")) && j - 2 >= lo
                        && lex.isOrgHead(doc.token(j - 2).text()) && !lex.isPlace(doc.token(j).text())) {
                    j--;
                    continue;
                }
                break;
            }
            headFirst = j;
            while (headFirst < last && lex.isTitle(doc.token(headFirst).text())) {
                headFirst++;
            }
            for (int r = last - 2; r >= headFirst; r--) {
                // "Senate Majority Leader Mitch McConnell": the name is what follows the last title word
                Token tw = doc.token(r);
                if ((lex.isTitle(tw.text()) || lex.roleNoun(tw.lower()) == Lexicons.NounClass.ROLE) && last - r <= 3
                        && MentionFinder.personNameTail(lex, doc, r + 1, last + 1)) {
                    headFirst = r + 1;
                    break;
                }
            }
            int m = j;
            int lowers = 0;
            while (m - 1 >= lo && lowers < 8) {
                Token y = doc.token(m - 1);
                String yl = y.lower();
                if (!y.word()) {
                    break;
                }
                if (y.capitalized()) {
                    // "Italy's Northern League leader Matteo Salvini": names inside the pre-modifiers
                    if (lowers > 0 && !(m - 1 == lo && lex.isSentenceStarter(y.text()))) {
                        m--;
                        continue;
                    }
                    break;
                }
                if (DETERMINERS.contains(yl)) {
                    m--;
                    break;
                }
                if ((y.is("’s") || y.is("'s")) && m - 2 >= lo && doc.token(m - 2).word()) {
                    m -= 2;
                    lowers++;
                    continue;
                }
                if (lex.roleNoun(yl) != null || MODIFIERS.contains(yl)) {
                    m--;
                    lowers++;
                    continue;
                }
                if (lowers > 0 && plausibleNoun(yl) && !QUESTION_WORDS.contains(yl) && closedNounModifiers(doc, m - 1, lo)) {
                    // "Senate minority leader Harry Reid"
                    m--;
                    lowers++;
                    continue;
                }
                break;
            }
            first = m;
            // "Senate minority leader Harry Reid": a few more words when they reach a clear boundary
            if (depth == 0 && first - 1 >= lo && !isBoundary(doc, first - 1)) {
                for (int x = first - 1; x >= lo && first - x <= 3; x--) {
                    Token y = doc.token(x);
                    String yl = y.lower();
                    if (!y.word() || y.capitalized() || CONNECT.contains(yl) || !(plausibleNoun(yl) || adjectiveLike(yl)
                            || MODIFIERS.contains(yl) || lex.roleNoun(yl) != null)) {
                        break;
                    }
                    if (x == lo || isBoundary(doc, x - 1)) {
                        if (!(x == lo && lex.isSentenceStarter(y.text()) && !DETERMINERS.contains(y.lower()))) {
                            first = x;
                        }
                        break;
                    }
                }
            }
            kind = Mention.Kind.NAME;
        } else if (h.word() && !h.capitalized() && lex.roleNoun(h.lower()) != null) {
            int m = last;
            int guard = 0;
            while (m - 1 >= lo && guard++ < 6) {
                Token y = doc.token(m - 1);
                String yl = y.lower();
                if (!y.word()) {
                    break;
                }
                if (DETERMINERS.contains(yl)) {
                    m--;
                    break;
                }
                if (y.capitalized() && !(m - 1 == lo && lex.isSentenceStarter(y.text()))) {
                    m--;
                    continue;
                }
                if ((y.is("’s") || y.is("'s")) && m - 2 >= lo && doc.token(m - 2).word()) {
                    m -= 2;
                    continue;
                }
                if (lex.roleNoun(yl) != null || MODIFIERS.contains(yl) || adjectiveLike(yl)) {
                    m--;
                    continue;
                }
                if (plausibleNoun(yl) && !QUESTION_WORDS.contains(yl) && closedNounModifiers(doc, m - 1, lo)) {
                    // "the Senate minority leader said": an unlisted noun modifier, accepted when a determiner or a
                    // name closes the phrase
                    m--;
                    continue;
                }
                break;
            }
            first = m;
            headFirst = last;
            kind = Mention.Kind.NOMINAL;
        } else if (h.word() && !h.capitalized() && plausibleNoun(h.lower())) {
            // "The budget office said", "1,409 teachers said": an unlisted noun closed by a determiner or a number
            int m = last;
            int found = -1;
            while (m - 1 >= lo && last - m < 5) {
                Token y = doc.token(m - 1);
                if (!y.word()) {
                    break;
                }
                String yl = y.lower();
                if (DETERMINERS.contains(yl) || Character.isDigit(y.text().charAt(0)) || NUMBER_WORDS.contains(yl)) {
                    found = m - 1;
                    break;
                }
                if ((y.is("’s") || y.is("'s")) && m - 2 >= lo && doc.token(m - 2).capitalized()) {
                    // "Clinton’s team says"
                    int o = m - 2;
                    while (o - 1 >= lo && doc.token(o - 1).capitalized() && m - o < 5) {
                        o--;
                    }
                    found = o;
                    break;
                }
                if (yl.equals("that") || yl.equals("which") || yl.equals("and") || yl.equals("but")
                        || lex.speechVerb(yl) != null || COPULAS.contains(yl)) {
                    break;
                }
                m--;
            }
            if (found < 0) {
                return null;
            }
            first = found;
            headFirst = last;
            kind = Mention.Kind.NOMINAL;
        } else {
            return null;
        }
        // "a spokesman for the campaign", "Dr. Joel Marchetti of the Orrin Institute": the head is the left NP
        if (depth == 0 && first - 2 >= lo && doc.token(first - 1).word()
                && CONNECT.contains(doc.token(first - 1).lower())) {
            Mention left = npEndingAt(doc, first - 2, lo, false, 1);
            if (left != null && left.kind() != Mention.Kind.PRONOUN) {
                Token end = doc.token(k);
                return new Mention(left.start(), end.end(), left.firstToken(), k + 1, left.kind(), left.headStart(),
                        left.headEnd());
            }
        }
        Token firstTok = doc.token(first);
        Token endTok = doc.token(k);
        return new Mention(firstTok.start(), endTok.end(), first, k + 1, kind, doc.token(headFirst).start(),
                doc.token(headLast).end());
    }

    private static final Set<String> NUMBER_WORDS = words("thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "twenty", "ten", "five", "six", "seven", "eight", "nine", "half", "dozens", "hundreds",
            "thousands", "millions");

    /** A lower-case word that can head a noun phrase: not a function word, adverb, participle or past form. */
    private boolean plausibleNoun(String w) {
        return w.length() > 2 && !w.endsWith("ly") && !w.endsWith("ing") && !w.endsWith("ed") && !AUX_ADV.contains(w)
                && !DETERMINERS.contains(w) && !PREPS.contains(w) && !COPULAS.contains(w) && lex.speechVerb(w) == null
                && !PRONOUNS.contains(w) && !OBJECT_PRONOUNS.contains(w) && !w.equals("and") && !w.equals("or")
                && !w.equals("than") && !w.equals("not") && !w.equals("also");
    }

    /**
     * True when the words from {@code k} leftwards are noun or adjective modifiers up to a determiner, a name or a
     * possessive (at most three more words), so {@code k} lies inside one noun phrase.
     */
    private boolean closedNounModifiers(Document doc, int k, int lo) {
        for (int x = k - 1; x >= lo && k - x <= 3; x--) {
            Token y = doc.token(x);
            String yl = y.lower();
            if (!y.word()) {
                return false;
            }
            if (DETERMINERS.contains(yl) || y.capitalized() || y.is("’s") || y.is("'s")) {
                return true;
            }
            if (!(plausibleNoun(yl) || adjectiveLike(yl) || MODIFIERS.contains(yl)) || QUESTION_WORDS.contains(yl)) {
                return false;
            }
        }
        return false;
    }

    private static boolean adjectiveLike(String w) {
        return w.length() > 4 && (w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ary")
                || w.endsWith("ior") || w.endsWith("ern") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("an"));
    }

    private boolean looksLikeApposition(Document doc, int a, int b) {
        if (b - a < 1 || b - a > 22) {
            return false;
        }
        Token f = doc.token(a);
        String fl = f.lower();
        if (APPOSITION_STARTS.contains(fl)) {
            return true;
        }
        if (f.word() && Character.isDigit(f.text().charAt(0)) && b - a <= 2) {
            return true;
        }
        if (f.word() && !f.capitalized() && (fl.endsWith("ing") || fl.endsWith("ed")) && fl.length() > 4
                && lex.speechVerb(fl) == null) {
            return true;
        }
        if (f.word() && !f.capitalized() && (lex.roleNoun(fl) != null || MODIFIERS.contains(fl))) {
            return true;
        }
        if (f.capitalized() || (f.word() && Character.isUpperCase(f.text().charAt(0)))) {
            for (int i = a; i < b; i++) {
                Token t = doc.token(i);
                if (t.word() && !t.capitalized() && lex.roleNoun(t.lower()) != null) {
                    return true;
                }
                if (t.is("R") || t.is("D") || t.is("I")) {
                    return true;
                }
            }
            return b - a <= 3 && (doc.token(a).text().startsWith("R-") || doc.token(a).text().startsWith("D-"));
        }
        return false;
    }

    /** A speaker noun phrase starting at {@code i} (inverted subjects, "according to X"); loose allows any words. */
    Mention subjectAfter(Document doc, int i, int end, boolean loose) {
        if (i >= end) {
            return null;
        }
        Token x = doc.token(i);
        if (x.word() && PRONOUNS.contains(x.lower()) && !x.isLower("it") && !x.isLower("who")) {
            return new Mention(x.start(), x.end(), i, i + 1, Mention.Kind.PRONOUN, x.start(), x.end());
        }
        int j = i;
        int headFirst = -1;
        int headLast = -1;
        int nominal = -1;
        while (j < end && j - i < (loose ? 12 : 9)) {
            Token y = doc.token(j);
            String yl = y.lower();
            if (!y.word()) {
                if ((y.is("(") || y.is("-") || y.is("–")) && headLast >= 0 && j - i < 8) {
                    break;
                }
                break;
            }
            boolean initial = j == i && (i == doc.sentenceOf(i).firstToken() || !doc.token(i - 1).word());
            if (y.capitalized() && !(initial && lex.isSentenceStarter(y.text()) && !y.is("The"))) {
                if (y.is("The") || y.is("A") || y.is("An")) {
                    j++;
                    continue;
                }
                if (headFirst < 0 || (headLast >= 0 && headLast != j - 1 && nominal < 0)) {
                    if (headFirst < 0) {
                        headFirst = j;
                    }
                }
                if (headLast < 0 || headLast == j - 1 || headFirst == j) {
                    headLast = j;
                }
                j++;
                continue;
            }
            if (y.is("’s") || y.is("'s")) {
                j++;
                continue;
            }
            if (DETERMINERS.contains(yl) && (j == i || loose)) {
                j++;
                if (j == i + 1 && j + 1 < end && doc.token(j).isLower("of")) {
                    // "one of those advisers"
                    j++;
                }
                continue;
            }
            if (lex.roleNoun(yl) != null) {
                nominal = j;
                j++;
                continue;
            }
            if (!loose && headLast < 0 && nominal < 0 && j - i < 3 && !y.capitalized() && plausibleNoun(yl)
                    && nameWithin(doc, j + 1, end, 3 - (j - i))) {
                // "mused radio host Otto Brenn": lower-case modifiers before the name
                j++;
                continue;
            }
            if (MODIFIERS.contains(yl) || adjectiveLike(yl)) {
                j++;
                continue;
            }
            if (!loose && j > i && DETERMINERS.contains(doc.token(i).lower()) && headLast < 0 && j - i < 4
                    && plausibleNoun(yl)) {
                // "said the harbour master": an unlisted noun after a determiner
                nominal = j;
                j++;
                continue;
            }
            if (CONNECT.contains(yl) && j + 1 < end && (doc.token(j + 1).capitalized()
                    || DETERMINERS.contains(doc.token(j + 1).lower())) && (headLast >= 0 || nominal >= 0)) {
                j++;
                continue;
            }
            if (!loose && headLast >= 0 && j + 1 < end && doc.token(j + 1).capitalized() && j - i < 6
                    && lex.speechVerb(yl) == null && !yl.equals("and") && !yl.equals("that")
                    && plausibleNoun(yl) && !IRREGULAR_PAST.contains(yl)) {
                // "Concord resident Whit Symms": a lower-case word inside the name phrase
                j++;
                headFirst = -1;
                continue;
            }
            if (loose && !yl.equals("that") && !yl.equals("and") && lex.speechVerb(yl) == null && j - i < 8
                    && (headLast >= 0 || nominal >= 0 || j - i < 4)) {
                j++;
                continue;
            }
            break;
        }
        int last = j - 1;
        while (last >= i && !doc.token(last).capitalized() && lex.roleNoun(doc.token(last).lower()) == null
                && last != nominal) {
            last--;
        }
        if (last < i && loose && j - 1 > i && doc.token(j - 1).word() && plausibleNoun(doc.token(j - 1).lower())) {
            // "according to the summary", "according to early returns"
            Token hd = doc.token(j - 1);
            return new Mention(doc.token(i).start(), hd.end(), i, j, Mention.Kind.NOMINAL, hd.start(), hd.end());
        }
        if (last < i) {
            return null;
        }
        Mention.Kind kind;
        int hs;
        int he;
        if (headFirst >= 0 && headFirst <= last && !(nominal > headLast)) {
            // ("The Democratic presidential front-runner": capitalised words before a role noun modify it)
            int hf = headFirst;
            while (hf < headLast && lex.isTitle(doc.token(hf).text())) {
                hf++;
            }
            kind = Mention.Kind.NAME;
            hs = doc.token(hf).start();
            he = doc.token(Math.min(headLast, last)).end();
        } else if (nominal >= 0) {
            kind = Mention.Kind.NOMINAL;
            hs = doc.token(nominal).start();
            he = doc.token(nominal).end();
        } else {
            return null;
        }
        return new Mention(doc.token(i).start(), doc.token(last).end(), i, last + 1, kind, hs, he);
    }

    static boolean isQuoteMark(Token t) {
        if (t.word()) {
            return false;
        }
        String s = t.text();
        return s.equals("“") || s.equals("”") || s.equals("\"") || s.equals("‘") || s.equals("’") || s.equals("«")
                || s.equals("»") || s.equals("„") || s.equals("''");
    }

    private static boolean isCloseMark(Document doc, Token t) {
        if (!isQuoteMark(t)) {
            return false;
        }
        QuotedSpan q = doc.quoteAt(t.start());
        return q != null && q.closeMark() == t.start();
    }

    private static boolean isOpenMark(Document doc, Token t) {
        if (!isQuoteMark(t)) {
            return false;
        }
        QuotedSpan q = doc.quoteAt(t.start());
        return q != null && (q.openMark() == t.start());
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
