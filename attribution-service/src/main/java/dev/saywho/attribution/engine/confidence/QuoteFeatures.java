package dev.saywho.attribution.engine.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.saywho.common.Quote;
import dev.saywho.common.Span;

/**
 * The named features of a found quote that its confidence is computed from. They read only the quote as the engine
 * returns it, so the engine and the training tool see the same names; word-valued features are the
 * quote's cue word, never its content. Change what a name means and {@link #VERSION} changes, which makes every
 * fitted model refuse to load.
 */
public final class QuoteFeatures {

    /** The version of the feature names and their meaning, recorded in a model file. */
    public static final String VERSION = "quote-features-1";

    static final String BIAS = "bias";
    /** The longest cue text kept as a feature value, in characters. */
    static final int MAX_CUE_CHARS = 24;

    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their", "who", "this",
            "that", "these", "those");

    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "this", "that", "its", "his", "her", "their");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private QuoteFeatures() {}

    /** The features of {@code quote}; the first is always {@value #BIAS}. */
    public static List<String> of(Quote quote) {
        List<String> f = new ArrayList<>(16);
        String rule = quote.rule() == null ? "none" : quote.rule();
        String type = quote.type() == null ? "none" : quote.type().name().toLowerCase(Locale.ROOT);
        String form = speakerForm(quote);
        f.add(BIAS);
        f.add("rule=" + rule);
        f.add("type=" + type);
        f.add("speaker=" + form);
        f.add("rule=" + rule + "&speaker=" + form);
        f.add("rule=" + rule + "&type=" + type);
        f.add("length=" + lengthBucket(quote.end() - quote.start()));
        f.add("fragments=" + Math.min(3, Math.max(1, quote.fragments().size())));
        f.add("cue=" + cueWord(quote.cue()));
        if (quote.speaker() != null) {
            f.add("kind=" + quote.speaker().kind());
            f.add("distance=" + distance(quote, quote.speaker().mention()));
            f.add("name-words=" + Math.min(3, words(quote.speaker().name())));
            f.add("role=" + (quote.speaker().role() != null));
            f.add("affiliation=" + (quote.speaker().affiliation() != null));
        }
        return f;
    }

    /**
     * How the speaker is mentioned: {@code none}, {@code pronoun}, {@code name} (a capitalised word after any leading
     * determiner: "Mara Velt", "the Port Authority") or {@code description} ("a harbour official", "The dockers").
     */
    static String speakerForm(Quote quote) {
        if (quote.speaker() == null
                || quote.speaker().mention() == null
                || quote.speaker().mention().text() == null) {
            return "none";
        }
        String[] words = SPACES.split(quote.speaker().mention().text().strip(), -1);
        if (words.length == 1 && PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return "pronoun";
        }
        int first = 0;
        while (first < words.length - 1 && DETERMINERS.contains(words[first].toLowerCase(Locale.ROOT))) {
            first++;
        }
        for (int i = first; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                return "name";
            }
        }
        return "description";
    }

    static String lengthBucket(int chars) {
        return chars < 40 ? "<40" : chars < 100 ? "<100" : chars < 200 ? "<200" : chars < 400 ? "<400" : ">=400";
    }

    /** Where the speaker's mention is from the quote, in characters: inside it, or before or after it, bucketed. */
    static String distance(Quote quote, Span mention) {
        if (mention == null) {
            return "none";
        }
        if (mention.start() >= quote.start() && mention.end() <= quote.end()) {
            return "inside";
        }
        boolean before = mention.end() <= quote.start();
        int gap = before ? quote.start() - mention.end() : Math.max(0, mention.start() - quote.end());
        String bucket = gap <= 5 ? "0-5" : gap <= 30 ? "6-30" : gap <= 100 ? "31-100" : gap <= 300 ? "101-300" : ">300";
        return (before ? "before:" : "after:") + bucket;
    }

    /** The cue's first word, lower-cased and bounded ({@code none} without a cue). */
    static String cueWord(Span cue) {
        if (cue == null || cue.text() == null) {
            return "none";
        }
        String s = cue.text().strip().toLowerCase(Locale.ROOT);
        int space = 0;
        while (space < s.length() && !Character.isWhitespace(s.charAt(space))) {
            space++;
        }
        s = s.substring(0, space);
        return s.isEmpty() ? "none" : s.length() > MAX_CUE_CHARS ? s.substring(0, MAX_CUE_CHARS) : s;
    }

    private static int words(String name) {
        return name == null || name.isBlank() ? 0 : SPACES.split(name.strip(), -1).length;
    }
}
