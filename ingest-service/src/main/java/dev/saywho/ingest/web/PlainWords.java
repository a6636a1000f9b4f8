package dev.saywho.ingest.web;

import java.util.Locale;
import java.util.Map;

import dev.saywho.common.QuoteType;
import dev.saywho.common.ReviewState;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.StoredQuote;

/**
 * The engine's codes (sieve names, quote types, speaker kinds, removal kinds) in words a journalist reads without a
 * manual. An unknown code (a rule added to the engine later) is still shown, in lower case, never dropped.
 */
public final class PlainWords {

    private static final Map<String, String> RULES = Map.of(
            "TRAILING_CUE", "The speaker is named right after the quotation (“…,” Varga said).",
            "INVERTED_CUE", "The speaker follows the verb right after the quotation (“…,” said the mayor).",
            "LEADING_CUE", "The speaker is named before the words, which follow a verb of saying (Varga said that …).",
            "ACCORDING_TO", "The words are introduced with “according to” and the speaker.",
            "COLON_CUE", "The speaker is named before a colon that opens the quotation (Varga: “…”).",
            "PARTICIPLE_CUE",
                    "A follow-on phrase such as “adding that …” continues the speaker of the sentence before.",
            "SENTENCE_SUBJECT",
                    "A quoted phrase inside a sentence: the subject of that sentence is taken as the speaker.",
            "ADJACENT_QUOTE",
                    "No verb of saying: taken from a quotation next to it, in the same paragraph, whose speaker is "
                            + "named.",
            "CONVERSATION_CONTINUATION",
                    "A paragraph that is only a quotation: taken to continue the speaker of the paragraph before.",
            "PARAGRAPH_SINGLE_SPEAKER",
                    "No verb of saying: the only person quoted in this paragraph is taken as the speaker.");

    /** The engine's fine rules (engine 1.3.0 and later), where they say more than their sieve. */
    private static final Map<String, String> FINE_RULES = Map.ofEntries(
            Map.entry("dash-signature", "The quotation is signed with a dash and a name (“…” — Ada Lind)."),
            Map.entry(
                    "trailing-cue-long-subject",
                    "The speaker is described at length right after the quotation, " + "before the verb of saying."),
            Map.entry(
                    "leading-cue-sentence-subject",
                    "A verb of saying introduces the quoted words; the subject of "
                            + "the sentence is taken as the speaker."),
            Map.entry("in-source", "A poll, report or statement named at the start of the sentence is the source."),
            Map.entry("citing", "The source is given with “citing” (…, citing two officials)."),
            Map.entry(
                    "colon-headline",
                    "A name and a colon open a headline or a transcript turn; what follows is what "
                            + "they said (Varga: Ferry will run until June)."),
            Map.entry("colon-name", "The speaker is named just before a colon that opens the quotation."),
            Map.entry(
                    "colon-addressee",
                    "A message to someone, then a colon: the subject of the sentence is the speaker."),
            Map.entry(
                    "colon-verb", "A verb and a colon open the quotation; the subject of the sentence is the speaker."),
            Map.entry(
                    "colon-paragraph", "A sentence ending in a colon introduces the quotation in the next paragraph."),
            Map.entry(
                    "clausal-complement",
                    "The grammar of the sentence links the speaker to what they said, think or "
                            + "want (officials expect the bank to act)."),
            Map.entry("quotation-marks", "Found by its quotation marks alone; nothing in the text says who spoke."));

    private static final Map<String, String> REMOVALS = Map.of(
            "AGENCY_TAG", "agency tag",
            "DATELINE", "dateline",
            "COPYRIGHT", "copyright notice",
            "PROMOTION", "promotion",
            "CREDIT", "photo or reporting credit",
            "DUPLICATE_PARAGRAPH", "repeated paragraph",
            "HTML_BOILERPLATE", "page furniture (menus, footers)");

    private PlainWords() {}

    /** How the speaker was decided, from the engine's coarse rule (sieve) name; null when none was recorded. */
    public static String rule(String code) {
        if (code == null || code.isBlank()) {
            return "No rule was recorded for this quotation.";
        }
        String known = RULES.get(code);
        return known != null ? known : "Decided by the engine’s rule “" + spaced(code) + "”.";
    }

    /**
     * How the quotation was found and its speaker decided: the engine's fine rule when it says more than the sieve
     * (quotes stored since engine 1.3.0), else the sieve's words.
     */
    public static String rule(String rule, String sieve) {
        String fine = rule == null ? null : FINE_RULES.get(rule);
        if (fine != null) {
            return fine;
        }
        if (sieve == null && rule != null && !rule.isBlank()) {
            return "Decided by the engine’s rule “" + spaced(rule) + "”.";
        }
        return rule(sieve);
    }

    public static String type(QuoteType type) {
        if (type == null) {
            return "quotation";
        }
        return switch (type) {
            case DIRECT -> "direct quotation (the speaker’s own words)";
            case INDIRECT -> "reported speech (paraphrased)";
            case MIXED -> "reported speech with quoted words";
        };
    }

    /** The short label of a quote type, for legends and form options. */
    public static String typeLabel(QuoteType type) {
        return switch (type) {
            case DIRECT -> "Direct";
            case INDIRECT -> "Reported";
            case MIXED -> "Mixed";
        };
    }

    public static String kind(SpeakerKind kind) {
        if (kind == null) {
            return "speaker";
        }
        return switch (kind) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case GROUP -> "group of people";
            case ANONYMOUS -> "unnamed source";
            case UNKNOWN -> "speaker";
        };
    }

    /** What a person decided about a quotation, in words; null when nobody has reviewed it. */
    public static String review(ReviewState review) {
        if (review == null) {
            return null;
        }
        return switch (review) {
            case REVIEWED -> "Reviewed: accepted as found";
            case CORRECTED -> "Corrected by a person";
            case ADDED -> "Added by a person";
        };
    }

    /** A kind of source in words. */
    public static String sourceKind(SourceKind kind) {
        return switch (kind) {
            case PERSON -> "People";
            case ORGANISATION -> "Organisations";
            case ANONYMOUS -> "Anonymous sources";
            case DOCUMENT -> "Documents";
            case UNKNOWN -> "Unresolved";
        };
    }

    /** A role class in words. */
    public static String roleClass(RoleClass role) {
        return switch (role) {
            case OFFICIAL -> "Officials";
            case EXPERT -> "Experts";
            case BUSINESS -> "Business";
            case SPOKESPERSON -> "Spokespeople";
            case ADVOCATE -> "Advocates";
            case CITIZEN -> "Citizens";
            case OTHER -> "Others";
        };
    }

    public static String removal(String kind) {
        String known = kind == null ? null : REMOVALS.get(kind);
        return known != null ? known : kind == null ? "removed text" : spaced(kind);
    }

    /**
     * The words of a quotation as a reader quotes them: an interrupted quotation's pieces joined by an ellipsis, not
     * its envelope with the cue in between.
     */
    public static String quoted(StoredQuote quote) {
        if (quote.fragments().size() < 2) {
            return quote.text();
        }
        return String.join(" … ", quote.fragments().stream().map(Span::text).toList());
    }

    /** A confidence between 0 and 1 in words and per cent: "high (95%)". */
    public static String confidence(double confidence) {
        String level = confidence >= 0.85 ? "high" : confidence >= 0.6 ? "medium" : "low";
        return level + " (" + Math.round(confidence * 100) + "%)";
    }

    private static String spaced(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
