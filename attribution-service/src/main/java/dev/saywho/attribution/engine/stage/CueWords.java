package dev.saywho.attribution.engine.stage;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.QuotedSpan;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/** Word lists and token tests shared by the cue, subject and content finders (one place, so they agree). */
final class CueWords {

    private CueWords() {}

    static final Set<String> PRONOUNS = words("he", "she", "they", "we", "i", "it", "who", "which");

    static final Set<String> AUX_ADV = words(
            "also",
            "has",
            "have",
            "had",
            "later",
            "previously",
            "recently",
            "repeatedly",
            "often",
            "once",
            "then",
            "again",
            "would",
            "will",
            "could",
            "earlier",
            "already",
            "publicly",
            "privately",
            "first",
            "still",
            "even",
            "never",
            "not",
            "just",
            "reportedly",
            "flatly",
            "simply",
            "further",
            "initially",
            "specifically",
            "ultimately",
            "did",
            "does",
            "do",
            "may",
            "might",
            "should",
            "can",
            "quickly",
            "subsequently",
            "frequently",
            "finally",
            "since",
            "now",
            "both",
            "all",
            "too",
            "only",
            "has",
            "had");

    static final Set<String> DETERMINERS = words(
            "the", "a", "an", "this", "another", "one", "some", "several", "many", "two", "three", "four", "most",
            "his", "her", "its", "their", "our", "other", "these", "those", "both", "any", "each", "no", "few", "more",
            "top");

    static final Set<String> MODIFIERS = words(
            "former",
            "senior",
            "top",
            "chief",
            "deputy",
            "press",
            "campaign",
            "state",
            "then",
            "fellow",
            "longtime",
            "presidential",
            "republican",
            "democratic",
            "white",
            "house",
            "administration",
            "government",
            "federal",
            "local",
            "military",
            "police",
            "party",
            "election",
            "foreign",
            "national",
            "security",
            "intelligence",
            "defense",
            "health",
            "trade",
            "finance",
            "executive",
            "communications",
            "political",
            "policy",
            "news",
            "u.s.",
            "american",
            "gop",
            "independent",
            "conservative",
            "liberal",
            "progressive",
            "veteran",
            "prominent",
            "leading",
            "key",
            "unnamed",
            "anonymous",
            "high-ranking",
            "ranking",
            "current",
            "new",
            "longtime",
            "outside",
            "legal",
            "economic",
            "public",
            "private",
            "union",
            "county",
            "city",
            "congressional",
            "senate",
            "staff",
            "research",
            "polling",
            "internal",
            "official",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "assistant",
            "associate",
            "general",
            "special",
            "principal",
            "managing",
            "vice",
            "co-founder",
            "founding",
            "regional",
            "international",
            "global",
            "world",
            "agency");

    static final Set<String> CONNECT = words("of", "for", "at", "from", "with", "to");

    static final Set<String> OBJECT_PRONOUNS = words(
            "him",
            "her",
            "them",
            "me",
            "us",
            "you",
            "reporters",
            "supporters",
            "voters",
            "lawmakers",
            "listeners",
            "viewers",
            "attendees",
            "journalists",
            "members",
            "students",
            "workers",
            "congress",
            "host",
            "anchor",
            "interviewer");

    static final Set<String> OBJECT_VERBS = words(
            "told",
            "tell",
            "tells",
            "telling",
            "asked",
            "asks",
            "ask",
            "asking",
            "warned",
            "warns",
            "warning",
            "reminded",
            "assured",
            "informed",
            "promised");

    static final Set<String> PREPS = words(
            "in",
            "on",
            "at",
            "of",
            "to",
            "during",
            "after",
            "before",
            "from",
            "about",
            "via",
            "with",
            "through",
            "over",
            "while",
            "when",
            "last",
            "this",
            "late",
            "early",
            "at",
            "for",
            "following",
            "outside",
            "inside",
            "under",
            "since");

    static final Set<String> TIME_WORDS = words(
            "yesterday",
            "today",
            "tonight",
            "earlier",
            "later",
            "recently",
            "again",
            "also",
            "afterward",
            "afterwards",
            "privately",
            "publicly",
            "repeatedly",
            "separately",
            "then",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "once",
            "often",
            "previously",
            "bluntly",
            "flatly",
            "simply",
            "candidly",
            "frankly",
            "firmly",
            "angrily",
            "quietly",
            "openly",
            "recently",
            "sarcastically",
            "jokingly",
            "confidently",
            "emphatically",
            "matter-of-factly",
            "directly",
            "explicitly",
            "morning",
            "afternoon",
            "evening",
            "night",
            "overnight");

    static final Set<String> PP_HEADS = words(
            "statement",
            "statements",
            "interview",
            "week",
            "month",
            "year",
            "morning",
            "night",
            "evening",
            "afternoon",
            "day",
            "rally",
            "speech",
            "conference",
            "event",
            "debate",
            "hall",
            "appearance",
            "email",
            "e-mail",
            "letter",
            "post",
            "tweet",
            "tweets",
            "release",
            "twitter",
            "facebook",
            "briefing",
            "call",
            "meeting",
            "hearing",
            "remarks",
            "op-ed",
            "video",
            "ad",
            "radio",
            "television",
            "tv",
            "show",
            "program",
            "podcast",
            "memo",
            "report",
            "filing",
            "court",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "cnn",
            "msnbc",
            "fox",
            "abc",
            "cbs",
            "nbc",
            "time",
            "instagram",
            "documents",
            "book",
            "summit",
            "forum",
            "dinner",
            "breakfast",
            "lunch",
            "session",
            "luncheon",
            "gathering",
            "stop",
            "message",
            "note",
            "point",
            "weekend",
            "weekends",
            "spring",
            "summer",
            "fall",
            "winter",
            "season",
            "hours",
            "minutes",
            "days",
            "weeks",
            "months",
            "years",
            "ago",
            "time");

    static final Set<String> SAY_LIKE = words(
            "say",
            "says",
            "said",
            "saying",
            "tell",
            "tells",
            "told",
            "telling",
            "add",
            "adds",
            "added",
            "adding",
            "write",
            "writes",
            "wrote",
            "writing",
            "argue",
            "argues",
            "argued",
            "arguing",
            "claim",
            "claims",
            "claimed",
            "claiming",
            "insist",
            "insists",
            "insisted",
            "insisting",
            "warn",
            "warns",
            "warned",
            "warning",
            "note",
            "notes",
            "noted",
            "noting",
            "predicted",
            "predicts",
            "suggested",
            "suggests",
            "acknowledged",
            "acknowledges",
            "admitted",
            "admits",
            "tweeted",
            "tweets",
            "reported",
            "reports",
            "explained",
            "explains",
            "contended",
            "maintained",
            "asserted",
            "stressed",
            "emphasized",
            "conceded",
            "complained",
            "countered",
            "charged",
            "declared",
            "stated",
            "recalled",
            "estimated",
            "boasted",
            "confirmed",
            "alleged",
            "promised",
            "vowed",
            "pledged",
            "insisted",
            "show",
            "shows",
            "showed",
            "found",
            "finds",
            "think",
            "thinks",
            "believe",
            "believes",
            "believed",
            "announced",
            "announces",
            "feel",
            "feels",
            "expects",
            "fear",
            "fears",
            "worry",
            "worries",
            "hopes",
            "want",
            "wants",
            "wanted",
            "endorsed",
            "endorses",
            "agreed",
            "agrees",
            "declined",
            "declines",
            "refused",
            "refuses");

    static final Set<String> APPOSITION_STARTS = words(
            "a",
            "an",
            "the",
            "who",
            "now",
            "formerly",
            "also",
            "then",
            "whose",
            "currently",
            "once",
            "himself",
            "herself",
            "until",
            "another",
            "one",
            "both",
            "its",
            "his",
            "her",
            "their",
            "in",
            "at",
            "on",
            "during",
            "after",
            "before",
            "like",
            "unlike",
            "meanwhile",
            "however",
            "though",
            "too",
            "for",
            "speaking",
            "asked",
            "when",
            "while",
            "with",
            "by",
            "from",
            "as",
            "according");

    static final Set<String> SUBORDINATORS = words(
            "as",
            "since",
            "when",
            "after",
            "before",
            "while",
            "though",
            "although",
            "if",
            "because",
            "once",
            "until",
            "whenever",
            "unless");

    static final Set<String> COORDINATED_STOPS = words(
            "said",
            "says",
            "say",
            "added",
            "adds",
            "told",
            "tells",
            "noted",
            "notes",
            "wrote",
            "writes",
            "argued",
            "argues",
            "insisted",
            "warned",
            "called",
            "calls",
            "tweeted",
            "explained",
            "acknowledged",
            "suggested",
            "claimed",
            "declared",
            "stated",
            "predicted",
            "promised",
            "vowed");

    /** After a comma, these open a clause outside the reported content. */
    static final Set<String> CLAUSE_BREAKS = words("although", "though", "whereas", "while", "which", "who");

    static final Set<String> QUESTION_WORDS =
            words("whether", "if", "why", "how", "what", "when", "who", "where", "which");

    static final Set<String> PARTICIPLE_LEADS =
            words("by", "before", "after", "while", "then", "when", "also", "and", "but");

    static final Set<String> INVERTING = words(
            "said",
            "says",
            "added",
            "adds",
            "asked",
            "asks",
            "wrote",
            "writes",
            "continued",
            "replied",
            "explained",
            "recalled",
            "noted",
            "argued",
            "insisted",
            "warned",
            "declared",
            "concluded",
            "countered",
            "responded",
            "tweeted",
            "observed",
            "remarked",
            "stated",
            "quipped",
            "joked",
            "cautioned",
            "predicted",
            "acknowledged",
            "admitted",
            "offered",
            "suggested",
            "reported");

    /**
     * "… “Sunday Morning Futures,” Rep. Darrell Issa said Democratic candidate Hillary Clinton’s …": a capitalised
     * word, a determiner or a subject pronoun right after the verb opens the clause it reports.
     */
    static boolean startsReportedClause(Token t) {
        String w = t.lower();
        return (t.capitalized() && !TIME_WORDS.contains(w))
                || (DETERMINERS.contains(w) && !w.equals("this") && !w.equals("last"))
                || (PRONOUNS.contains(w) && !w.equals("who"));
    }

    /**
     * "Two months later, …", "Eight years ago, …", "Once in my early 20s, …", "Reached by POLITICO, …": a sentence
     * opening with a number, "once" or a participle starts with an introductory phrase, not its subject.
     */
    static boolean introductoryStart(Token t) {
        String w = t.lower();
        return Character.isDigit(t.text().charAt(0))
                || NUMBER_WORDS.contains(w)
                || SMALL_NUMBERS.contains(w)
                || w.equals("once")
                || w.equals("twice")
                || (w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing")) && t.capitalized());
    }

    static final Set<String> SMALL_NUMBERS = words(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "several", "few", "many");

    static final Set<String> POSSESSIVE_DETERMINERS = words(
            "the", "a", "an", "his", "its", "their", "our", "my", "your", "this", "these", "those", "every", "each");

    /** Speech-verb forms that are also nouns ("a radio show", "the report", "her notes"). */
    static final Set<String> NOUN_LIKE_FORMS = words(
            "show",
            "shows",
            "report",
            "reports",
            "note",
            "notes",
            "claim",
            "claims",
            "call",
            "calls",
            "comment",
            "comments",
            "post",
            "posts",
            "tweet",
            "tweets",
            "release",
            "statement",
            "word",
            "promise",
            "warning",
            "answer",
            "reply");

    /** Shouting verbs that are nouns after a determiner and a modifier ("the caustic chant “Lock her up!”"). */
    static final Set<String> SHOUT_NOUNS =
            words("chant", "chants", "shout", "shouts", "cry", "cries", "yell", "yells", "scream", "screams");

    /** Finite forms that report with a clause after them, whatever stands before them. */
    static final Set<String> FINITE_REPORTING = words(
            "said",
            "says",
            "say",
            "told",
            "tells",
            "argued",
            "argues",
            "insisted",
            "insists",
            "contended",
            "contends",
            "maintained",
            "maintains",
            "claimed",
            "claims",
            "warned",
            "warns",
            "added",
            "adds",
            "noted",
            "notes",
            "wrote",
            "writes",
            "acknowledged",
            "acknowledges");

    static boolean isQuoteContent(Document doc, int start) {
        QuotedSpan q = doc.quoteAt(start);
        return q != null && q.contentStart() == start;
    }

    static boolean isQuoteContent(Document doc, Frame f) {
        return isQuoteContent(doc, f.contentStart());
    }

    static final Set<String> INTRO = words(
            "in",
            "on",
            "at",
            "during",
            "after",
            "before",
            "last",
            "earlier",
            "later",
            "since",
            "while",
            "when",
            "then",
            "but",
            "and",
            "however",
            "still",
            "meanwhile",
            "yet",
            "instead",
            "now",
            "today",
            "yesterday",
            "also",
            "speaking",
            "asked",
            "for",
            "with",
            "without",
            "by",
            "as",
            "so",
            // "Hours after the vote,", "Amid the chaos,", "Early Tuesday,", "Hastily,": more openers that are no
            // subject
            "amid",
            "amidst",
            "despite",
            "following",
            "throughout",
            "within",
            "upon",
            "hours",
            "minutes",
            "days",
            "weeks",
            "months",
            "moments",
            "early",
            "late",
            "likewise",
            "hastily",
            "shortly",
            "similarly",
            "separately",
            "additionally",
            "finally",
            "ultimately",
            "eventually",
            "moreover",
            "nevertheless",
            "nonetheless",
            "indeed",
            "ironically",
            "notably",
            "privately",
            "publicly");

    static final Set<String> COPULAS = words(
            "is", "was", "are", "were", "be", "been", "being", "'s", "’s", "has", "have", "had", "will", "would", "can",
            "could", "and", "or", "but", "who", "which", "that");

    static final Set<String> PARTICLES = words("about", "to", "that", "as", "of", "on", "for", "with", "against");

    static boolean titleLike(Document doc, QuotedSpan q) {
        if (q == null) {
            return true;
        }
        return mostlyCapitalised(doc.text(), List.of(new int[] {q.contentStart(), q.contentEnd()}), false, 1);
    }

    /**
     * True when at least {@code minLongWords} words of more than three letters stand in {@code ranges} and at least
     * 80% of them are capitalised (a title or a headline). With {@code apostrophesInWords}, "Don’t" is one word.
     */
    static boolean mostlyCapitalised(String text, List<int[]> ranges, boolean apostrophesInWords, int minLongWords) {
        int longWords = 0;
        int capitalised = 0;
        for (int[] r : ranges) {
            int i = r[0];
            int e = r[1];
            while (i < e) {
                while (i < e && !Character.isLetter(text.charAt(i))) {
                    i++;
                }
                int st = i;
                while (i < e
                        && (Character.isLetter(text.charAt(i))
                                || (apostrophesInWords && (text.charAt(i) == '\'' || text.charAt(i) == '’')))) {
                    i++;
                }
                if (i - st > 3) {
                    longWords++;
                    if (Character.isUpperCase(text.charAt(st))) {
                        capitalised++;
                    }
                }
            }
        }
        return longWords >= minLongWords && capitalised * 10 >= longWords * 8;
    }

    static final Set<String> CLAUSE_COORDINATORS = words("and", "but", "so", "yet");

    static final Set<String> IRREGULAR_PAST = words(
            "made", "took", "gave", "cast", "went", "came", "sent", "put", "set", "left", "held", "kept", "brought",
            "thought", "began", "ran", "won", "lost", "hit", "led", "met", "paid", "sought", "spent", "stood", "struck",
            "threw", "spoke", "drew", "fought", "got", "chose", "knew", "became", "shot", "bought", "broke", "rose",
            "fell", "saw", "heard");

    /** True when token {@code k} is a closing quotation mark in the paragraph of sentence {@code s}. */
    static boolean closeMarkInParagraph(Document doc, int k, Sentence s) {
        if (k < 0 || k >= doc.tokenCount()) {
            return false;
        }
        return isCloseMark(doc, doc.token(k)) && doc.sentenceOf(k).paragraph() == s.paragraph();
    }

    /** "When someone shouted, “Cruz,” Beck joked": a quote right after a comma is quoted whole. */
    static boolean commaBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ',';
    }

    static boolean colonBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0
                && (text.charAt(k) == ':'
                        || text.charAt(k) == '—'
                        || text.charAt(k) == '–'
                        || (text.charAt(k) == '-'
                                && k > 0
                                && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '-')));
    }

    static boolean isBoundary(Document doc, int k) {
        Token t = doc.token(k);
        return t.is(",") || isQuoteMark(t) || t.is(":") || t.is(";") || t.is("(") || t.is("—");
    }

    static boolean hasLetters(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first token at or after {@code offset}, by binary search over [from, to). */
    static int firstTokenAt(Document doc, int from, int offset, int to) {
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

    /** The first token at or after {@code offset}, looking at most 5,000 tokens past {@code from}. */
    static int firstTokenAt(Document doc, int from, int offset) {
        return firstTokenAt(doc, from, offset, Math.min(doc.tokenCount(), from + 5000));
    }

    static boolean isEndPunct(Token t) {
        return !t.word() && (t.is(".") || t.is(",") || t.is("?") || t.is("!") || t.is(";") || t.is("—") || t.is(")"));
    }

    static final Set<String> NUMBER_WORDS = words(
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "twenty",
            "ten",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "half",
            "dozens",
            "hundreds",
            "thousands",
            "millions");

    static boolean adjectiveLike(String w) {
        return w.length() > 4
                && (w.endsWith("al")
                        || w.endsWith("ic")
                        || w.endsWith("ive")
                        || w.endsWith("ary")
                        || w.endsWith("ior")
                        || w.endsWith("ern")
                        || w.endsWith("ese")
                        || w.endsWith("ish")
                        || w.endsWith("an"));
    }

    static boolean isQuoteMark(Token t) {
        if (t.word()) {
            return false;
        }
        String s = t.text();
        return s.equals("“")
                || s.equals("”")
                || s.equals("\"")
                || s.equals("‘")
                || s.equals("’")
                || s.equals("«")
                || s.equals("»")
                || s.equals("„")
                || s.equals("''");
    }

    /**
     * A plural possessive's apostrophe (Farmers’ Union, Tessaly News’ Ilse Varga): a right single mark or typewriter
     * quote glued to a word ending in s, followed by a space, and no mark of any quoted span.
     */
    static boolean possessiveApostrophe(Document doc, int k) {
        Token t = doc.token(k);
        if (!(t.is("’") || t.is("'")) || k == 0 || k + 1 >= doc.tokenCount()) {
            return false;
        }
        Token before = doc.token(k - 1);
        String word = before.text();
        return before.word()
                && before.end() == t.start()
                && (word.endsWith("s") || word.endsWith("S"))
                && doc.token(k + 1).start() > t.end()
                && doc.quoteAt(t.start()) == null;
    }

    static boolean isCloseMark(Document doc, Token t) {
        if (!isQuoteMark(t)) {
            return false;
        }
        QuotedSpan q = doc.quoteAt(t.start());
        return q != null && q.closeMark() == t.start();
    }

    static boolean isOpenMark(Document doc, Token t) {
        if (!isQuoteMark(t)) {
            return false;
        }
        QuotedSpan q = doc.quoteAt(t.start());
        return q != null && (q.openMark() == t.start());
    }

    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
