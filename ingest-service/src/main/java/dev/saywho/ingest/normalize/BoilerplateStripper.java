package dev.saywho.ingest.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes wire and agency boilerplate from a paragraph: a leading agency or dateline tag, and whole copyright,
 * promotion and credit paragraphs. A paragraph is only touched when it matches; normal sentences are never dropped.
 *
 * <p>Patterns are applied to a bounded prefix of the paragraph or to short paragraphs only, so their cost does not
 * depend on the input size.
 */
final class BoilerplateStripper {

    /** Leading tags are short; looking further would only cost time. */
    private static final int TAG_REGION = 200;
    /** Copyright and promotion lines are one-liners; a longer paragraph is article text. */
    private static final int MAX_LINE_LENGTH = 300;
    /** Credit paragraphs can list several reporters and editors. */
    private static final int MAX_CREDIT_LENGTH = 500;

    private static final String PLACE_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’./\\-]+";
    private static final String PLACE = PLACE_WORD + "(?: " + PLACE_WORD + "){0,3}";
    private static final String TITLE_CASE_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]+";
    /** A place in title case ({@code Paris (AFP) -}) only counts before a known agency: "Varga (left) —" is prose. */
    private static final String TITLE_CASE_PLACE = TITLE_CASE_WORD + "(?: " + TITLE_CASE_WORD + "){0,3}";

    private static final String KNOWN_AGENCY = "\\((?:AFP|AP|Reuters|Bloomberg|dpa|DPA|Xinhua|Yonhap|Kyodo|EFE|ANSA"
            + "|UPI|AAP|PA|PTI|IANS|TASS|Interfax|Anadolu|Bernama|Antara)\\)";
    private static final String REGION = ", \\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?: \\p{L}[\\p{L}\\p{M}'’.\\-]*){0,2}";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final String DATE = "(?:" + WEEKDAY + ",? )?(?:" + MONTH + " \\d{1,2}(?:, \\d{4})?" + "|\\d{1,2} "
            + MONTH + "(?: \\d{4})?)|" + WEEKDAY;
    private static final String AGENCY = "\\(\\p{L}[\\p{L}&.'’\\- ]{0,39}\\)";
    private static final String DASH = " ?(?:--|[-‐‑‒–—―]) ?";

    /** {@code WASHINGTON (Reuters) -}, {@code SEOUL, Aug 14 (AP) —}, {@code (Bloomberg) —}. */
    private static final Pattern AGENCY_TAG =
            Pattern.compile("(?:(?:" + PLACE + "(?:" + REGION + ")?(?:, (?:" + DATE + "))? )?" + AGENCY
                    + "|" + TITLE_CASE_PLACE + "(?:" + REGION + ")?(?:, (?:" + DATE + "))? " + KNOWN_AGENCY + ")"
                    + DASH);
    /** {@code PORT TESSALY, March 3 —}: a dateline without agency needs the date, or any capitalized word would do. */
    private static final Pattern DATELINE = Pattern.compile(PLACE + "(?:" + REGION + ")?, (?:" + DATE + ")" + DASH);

    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|Ⓒ|\\(c\\) ?\\d{4}|copyright ?(?:©|\\(c\\))? ?\\d{4}|copyright ?(?:©|\\(c\\))|all rights reserved)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROMOTION = Pattern.compile(
            "(?:more stories like this are available on"
                    + "|(?:read|read more|read also|also read|related|see also|watch|listen) ?:"
                    + "|sign up (?:for|to)\\b|follow us (?:on|at)\\b|subscribe (?:to|now|here)\\b|click here\\b"
                    + "|like us on facebook\\b|(?:story continues below )?advertisement$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_LEAD = Pattern.compile(
            "\\(?(?:[-–—]+ ?)?(?:(?:with assistance from|(?:additional |further )?reporting by|writing by|editing by"
                    + "|edited by|compiled by|reported by|written by)\\b|contributing ?:)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** {@code By Ilse Varga and Tomas Brel}: capitalized names only, so "By Tuesday, the pier..." stays. */
    private static final Pattern BYLINE = Pattern.compile("By (?:\\p{Lu}[\\p{L}\\p{M}.'’\\-]*(?:,? (?:and )?|$)){1,8}");

    private static final Pattern CONTACT_CREDIT = Pattern.compile(
            "to contact the (?:reporters?|editors?|authors?) (?:on|of|for|responsible for) this story\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Lower-case words a list of names may contain; any other lower-case word makes it a sentence. */
    private static final Set<String> CREDIT_WORDS = Set.of(
            "and",
            "by",
            "in",
            "from",
            "with",
            "of",
            "at",
            "for",
            "the",
            "de",
            "da",
            "di",
            "do",
            "dos",
            "du",
            "del",
            "della",
            "van",
            "von",
            "der",
            "den",
            "la",
            "le",
            "al",
            "el",
            "bin",
            "ibn",
            "editing",
            "edited",
            "reporting",
            "writing",
            "additional",
            "further",
            "assistance",
            "compiled",
            "reported",
            "written",
            "graphics",
            "photos",
            "video",
            "research");

    /**
     * Strips boilerplate from one paragraph, recording what was removed in {@code removed}.
     *
     * @return the remaining paragraph, or null when nothing is left
     */
    String strip(String paragraph, List<RemovedText> removed) {
        String rest = stripLeadingTag(paragraph, AGENCY_TAG, RemovalKind.AGENCY_TAG, removed);
        rest = stripLeadingTag(rest, DATELINE, RemovalKind.DATELINE, removed);
        if (rest.isEmpty()) {
            return null;
        }
        RemovalKind kind = classify(rest);
        if (kind != null) {
            removed.add(new RemovedText(kind, rest));
            return null;
        }
        return rest;
    }

    private static String stripLeadingTag(String paragraph, Pattern tag, RemovalKind kind, List<RemovedText> removed) {
        Matcher m = tag.matcher(paragraph).region(0, Math.min(paragraph.length(), TAG_REGION));
        if (!m.lookingAt()) {
            return paragraph;
        }
        removed.add(new RemovedText(kind, paragraph.substring(0, m.end()).strip()));
        return paragraph.substring(m.end()).strip();
    }

    private static RemovalKind classify(String paragraph) {
        int length = paragraph.length();
        if (length <= MAX_LINE_LENGTH && COPYRIGHT.matcher(paragraph).lookingAt()) {
            return RemovalKind.COPYRIGHT;
        }
        if (length <= MAX_LINE_LENGTH && PROMOTION.matcher(paragraph).lookingAt()) {
            return RemovalKind.PROMOTION;
        }
        if (length <= MAX_CREDIT_LENGTH && isCredit(paragraph)) {
            return RemovalKind.CREDIT;
        }
        return null;
    }

    private static boolean isCredit(String paragraph) {
        if (CONTACT_CREDIT.matcher(paragraph).lookingAt()
                || BYLINE.matcher(paragraph).matches()) {
            return true;
        }
        String ending = "contributed to this report.";
        if (paragraph.regionMatches(true, paragraph.length() - ending.length(), ending, 0, ending.length())) {
            return true;
        }
        Matcher lead = CREDIT_LEAD.matcher(paragraph);
        return lead.lookingAt() && onlyNames(paragraph.substring(lead.end()));
    }

    private static boolean onlyNames(String s) {
        for (String word : s.split("[\\s;,.()/]+", -1)) {
            if (!word.isEmpty()
                    && Character.isLowerCase(word.codePointAt(0))
                    && !CREDIT_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
