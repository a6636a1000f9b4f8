package dev.saywho.attribution.engine.stage;

import java.util.List;
import java.util.Set;

import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Token;

/**
 * The word lists and token tests that several of the cue, subject and content finders share (one place, so they
 * agree). A list or test that only one rule reads lives in that rule; the tests on quotation marks are {@link
 * QuoteMarks}.
 */
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

    static final Set<String> QUESTION_WORDS =
            words("whether", "if", "why", "how", "what", "when", "who", "where", "which");

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

    static final Set<String> COPULAS = words(
            "is", "was", "are", "were", "be", "been", "being", "'s", "’s", "has", "have", "had", "will", "would", "can",
            "could", "and", "or", "but", "who", "which", "that");

    static final Set<String> PARTICLES = words("about", "to", "that", "as", "of", "on", "for", "with", "against");

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

    static final Set<String> IRREGULAR_PAST = words(
            "made", "took", "gave", "cast", "went", "came", "sent", "put", "set", "left", "held", "kept", "brought",
            "thought", "began", "ran", "won", "lost", "hit", "led", "met", "paid", "sought", "spent", "stood", "struck",
            "threw", "spoke", "drew", "fought", "got", "chose", "knew", "became", "shot", "bought", "broke", "rose",
            "fell", "saw", "heard");

    /** "When someone shouted, “Cruz,” Beck joked": a quote right after a comma is quoted whole. */
    static boolean commaBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ',';
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

    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
