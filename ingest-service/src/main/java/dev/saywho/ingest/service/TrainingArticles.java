package dev.saywho.ingest.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.StoredQuote;
import dev.saywho.common.StoredSpeakerRef;

/**
 * One article in the training corpus format (shared/eval/README.md): offsets in Unicode code points, quote kinds in
 * lower case, the source as the article words it with its character ranges, and the speech cue's.
 */
final class TrainingArticles {

    private TrainingArticles() {}

    static Map<String, Object> article(
            long id, String text, String title, String source, String date, String url, List<StoredQuote> quotes) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", title);
        meta.put("publisher", source);
        meta.put("date", date);
        meta.put("url", url);
        meta.put("speakerCanonicalMethod", "saywho speaker (corrected by people where reviewed)");
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredQuote quote : quotes) {
            out.add(quote(text, quote));
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", "saywho:article-" + id);
        article.put("source", "saywho");
        article.put("text", text);
        article.put("meta", meta);
        article.put("quotes", out);
        return article;
    }

    private static Map<String, Object> quote(String text, StoredQuote quote) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("start", cp(text, quote.start()));
        q.put("end", cp(text, quote.end()));
        q.put("text", quote.text());
        List<int[]> fragments = new ArrayList<>();
        for (Span f : quote.fragments().isEmpty()
                ? List.of(new Span(quote.text(), quote.start(), quote.end()))
                : quote.fragments()) {
            fragments.add(new int[] {cp(text, f.start()), cp(text, f.end())});
        }
        q.put("fragments", fragments);
        q.put("type", quote.type().name().toLowerCase(Locale.ROOT));
        StoredSpeakerRef speaker = quote.speaker();
        Span source = speaker == null ? null : sourceSpan(text, quote, speaker);
        q.put("speaker", source != null ? source.text() : speaker == null ? null : speaker.name());
        q.put("speakerStart", source == null ? null : cp(text, source.start()));
        q.put("speakerEnd", source == null ? null : cp(text, source.end()));
        q.put("speakerKind", speaker == null ? null : kind(speaker.kind(), source));
        q.put("speakerCanonical", speaker == null ? null : speaker.name());
        q.put("cue", quote.cue() == null ? "" : quote.cue().text());
        q.put(
                "cueFragments",
                quote.cue() == null
                        ? List.of()
                        : List.of(new int[] {
                            cp(text, quote.cue().start()), cp(text, quote.cue().end())
                        }));
        q.put(
                "speakerFragments",
                source == null ? List.of() : List.of(new int[] {cp(text, source.start()), cp(text, source.end())}));
        q.put("review", quote.review() == null ? null : quote.review().name());
        return q;
    }

    /**
     * Where the article names the speaker: the engine's mention, else the occurrence of the speaker's name (or its last
     * word, a surname) nearest the quote and outside it; null when the text does not name them.
     */
    static Span sourceSpan(String text, StoredQuote quote, StoredSpeakerRef speaker) {
        if (speaker.mention() != null && speaker.mention().end() <= text.length()) {
            return speaker.mention();
        }
        String name = speaker.name();
        Span found = nearest(text, name, quote);
        if (found == null && name.contains(" ")) {
            found = nearest(text, name.substring(name.lastIndexOf(' ') + 1), quote);
        }
        return found;
    }

    private static Span nearest(String text, String words, StoredQuote quote) {
        if (words.isBlank()) {
            return null;
        }
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if (at < quote.end() && end > quote.start()) {
                continue;
            }
            int distance = end <= quote.start() ? quote.start() - end : at - quote.end();
            if (distance < bestDistance) {
                best = new Span(words, at, end);
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String kind(SpeakerKind kind, Span source) {
        if (source != null && isPronoun(source.text())) {
            return "pronoun";
        }
        return switch (kind) {
            case PERSON, ORGANIZATION, GROUP -> "named";
            case ANONYMOUS, UNKNOWN -> "nominal";
        };
    }

    private static boolean isPronoun(String words) {
        return List.of("he", "she", "they", "it", "we", "i", "you", "who")
                .contains(words.strip().toLowerCase(Locale.ROOT));
    }

    /** The code point index of a UTF-16 offset. */
    static int cp(String text, int utf16) {
        return text.codePointCount(0, Math.min(utf16, text.length()));
    }
}
