package dev.saywho.ingest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.saywho.common.ArticleView;
import dev.saywho.common.AttributionStatus;
import dev.saywho.common.Gender;
import dev.saywho.common.GenderEvidence;
import dev.saywho.common.RemovedBoilerplate;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SourceProfile;
import dev.saywho.common.Span;
import dev.saywho.common.StoredQuote;
import dev.saywho.common.StoredSpeakerRef;

/**
 * An article laid out for reading: its paragraphs cut into plain text and quotation pieces, each quotation with a card
 * that says in plain words who said it and how that was decided, and the speakers with their quotations. Speaker
 * colours are numbered 1 to {@link #PALETTE_SIZE} in order of first appearance (0: no speaker found).
 */
public record ArticleReading(
        ArticleView article,
        List<Paragraph> paragraphs,
        List<SpeakerEntry> speakers,
        List<QuoteCard> quotes,
        List<Removal> removed) {

    /** Distinct speaker colours before they repeat (the legend's names tell repeated colours apart). */
    public static final int PALETTE_SIZE = 8;

    /** What a reader needs to know about one quotation. */
    public record QuoteCard(
            long id,
            int number,
            String text,
            Long speakerId,
            String speakerName,
            String speakerKind,
            String role,
            String affiliation,
            String cue,
            String type,
            String typeCode,
            String confidence,
            String rule,
            String ruleCode,
            int colour,
            String roleFrom,
            String affiliationFrom,
            String speakerKindCode,
            String review,
            String engineNote,
            long version,
            int start,
            int end,
            String genderStated) {

        public String anchor() {
            return "q-" + id;
        }

        public boolean attributed() {
            return speakerName != null;
        }

        public String who() {
            return speakerName != null ? speakerName : "No speaker found";
        }
    }

    /**
     * Plain text ({@code quote} null) or one piece of a quotation (an interrupted quotation, or one running over
     * paragraphs, has several), numbered from 0 per quotation in text order.
     */
    public record Segment(String text, QuoteCard quote, int piece, int start) {

        public boolean isQuote() {
            return quote != null;
        }

        public boolean plain() {
            return quote == null;
        }

        /** Element id of the piece: the first piece carries the quotation's anchor, so links land on its start. */
        public String id() {
            return piece == 0 ? quote.anchor() : quote.anchor() + "-" + piece;
        }

        public String cardId() {
            return "card-" + quote.id() + "-" + piece;
        }
    }

    public record Paragraph(List<Segment> segments) {}

    /** Whether paragraph {@code index} holds the last piece of quotation {@code quoteId}: its editor goes after it. */
    public boolean endsIn(Long quoteId, int index) {
        if (quoteId == null) {
            return false;
        }
        int last = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).segments().stream()
                    .anyMatch(s -> s.isQuote() && s.quote().id() == quoteId)) {
                last = i;
            }
        }
        return last == index;
    }

    /**
     * The gender the article states and where, in words ("a woman: “she” (paragraph 3), “Mrs” (paragraph 1)"); null
     * when it states none.
     */
    static String genderStated(String text, SourceProfile profile) {
        if (profile == null || profile.genderEvidence().isEmpty()) {
            return null;
        }
        String who = switch (profile.gender()) {
            case FEMALE -> "a woman";
            case MALE -> "a man";
            case UNKNOWN -> "not stated: the article contradicts itself";
        };
        List<String> places = new ArrayList<>();
        for (GenderEvidence e : profile.genderEvidence()) {
            places.add("“" + e.span().text() + "” (paragraph "
                    + paragraphOf(text, e.span().start()) + ")");
        }
        return who + ": " + String.join(", ", places);
    }

    /** The paragraph, from 1, of an offset: paragraphs are separated by blank lines. */
    static int paragraphOf(String text, int offset) {
        int paragraph = 1;
        for (int at = text.indexOf("\n\n"); at >= 0 && at < offset; at = text.indexOf("\n\n", at + 2)) {
            paragraph++;
        }
        return paragraph;
    }

    /**
     * Who the article quotes, in one line: "5 people quoted: 2 women, 1 man, 2 not stated; 1 anonymous source, 1
     * organisation, 1 document"; null when it quotes nobody or nothing is known (quotes stored before engine 1.11).
     */
    public String sourceSummary() {
        Map<Long, SourceProfile> bySpeaker = new LinkedHashMap<>();
        for (StoredQuote q : article.quotes()) {
            if (q.speaker() != null && q.speaker().profile() != null) {
                bySpeaker.putIfAbsent(q.speaker().id(), q.speaker().profile());
            }
        }
        if (bySpeaker.isEmpty()) {
            return null;
        }
        long people = 0;
        long women = 0;
        long men = 0;
        Map<SourceKind, Long> others = new java.util.EnumMap<>(SourceKind.class);
        for (SourceProfile p : bySpeaker.values()) {
            if (p.sourceKind() == SourceKind.PERSON) {
                people++;
                women += p.gender() == Gender.FEMALE ? 1 : 0;
                men += p.gender() == Gender.MALE ? 1 : 0;
            } else {
                others.merge(p.sourceKind(), 1L, Long::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        if (people > 0) {
            List<String> genders = new ArrayList<>();
            if (women > 0) {
                genders.add(women + (women == 1 ? " woman" : " women"));
            }
            if (men > 0) {
                genders.add(men + (men == 1 ? " man" : " men"));
            }
            if (people - women - men > 0) {
                genders.add((people - women - men) + " not stated");
            }
            parts.add(people + (people == 1 ? " person quoted: " : " people quoted: ") + String.join(", ", genders));
        }
        List<String> rest = new ArrayList<>();
        others.forEach((kind, n) -> rest.add(n + " "
                + switch (kind) {
                    case ANONYMOUS -> n == 1 ? "anonymous source" : "anonymous sources";
                    case ORGANISATION -> n == 1 ? "organisation" : "organisations";
                    case DOCUMENT -> n == 1 ? "document" : "documents";
                    default -> n == 1 ? "unresolved source" : "unresolved sources";
                }));
        if (!rest.isEmpty()) {
            parts.add(String.join(", ", rest));
        }
        return String.join("; ", parts);
    }

    /** Length of the article's text, the bound of a quotation's offsets. */
    public int textLength() {
        return article.text().length();
    }

    /** The quotation with this id, if the article has it. */
    public QuoteCard quote(Long quoteId) {
        return quoteId == null
                ? null
                : quotes.stream().filter(q -> q.id() == quoteId).findFirst().orElse(null);
    }

    /** A speaker of the article (or the quotations with none) and their quotations in text order. */
    public record SpeakerEntry(
            Long id, String name, String kind, String role, String affiliation, int colour, List<QuoteCard> quotes) {}

    public record Removal(String kind, String text) {}

    public boolean pending() {
        return article.status() == AttributionStatus.PENDING;
    }

    public boolean failed() {
        return article.status() == AttributionStatus.FAILED;
    }

    /** Lays out {@code article}; quote offsets outside the text or overlapping an earlier quote are clipped. */
    public static ArticleReading of(ArticleView article) {
        String text = article.text();
        Map<Object, Integer> colours = new LinkedHashMap<>();
        Map<Object, List<QuoteCard>> bySpeaker = new LinkedHashMap<>();
        List<QuoteCard> cards = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        int number = 0;
        for (StoredQuote quote : article.quotes()) {
            StoredSpeakerRef speaker = quote.speaker();
            Object key = speaker == null ? Unattributed.KEY : speaker.id();
            int colour = speaker == null ? 0 : colours.computeIfAbsent(key, k -> colours.size() % PALETTE_SIZE + 1);
            QuoteCard card = new QuoteCard(
                    quote.id(),
                    ++number,
                    PlainWords.quoted(quote),
                    speaker == null ? null : speaker.id(),
                    speaker == null ? null : speaker.name(),
                    speaker == null ? null : PlainWords.kind(speaker.kind()),
                    speaker == null ? null : speaker.role(),
                    speaker == null ? null : speaker.affiliation(),
                    quote.cue() == null ? null : quote.cue().text(),
                    PlainWords.type(quote.type()),
                    quote.type() == null ? null : quote.type().name(),
                    PlainWords.confidence(quote.confidence()),
                    PlainWords.rule(quote.rule(), quote.sieve()),
                    quote.rule() != null ? quote.rule() : quote.sieve(),
                    colour,
                    speaker == null ? null : evidenceWords(speaker.roleEvidence(), speaker.role()),
                    speaker == null ? null : evidenceWords(speaker.affiliationEvidence(), speaker.affiliation()),
                    speaker == null ? null : speaker.kind().name(),
                    PlainWords.review(quote.review()),
                    quote.engineNote(),
                    quote.version(),
                    quote.start(),
                    quote.end(),
                    speaker == null ? null : genderStated(text, speaker.profile()));
            cards.add(card);
            bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(card);
            List<Span> spans = quote.fragments().isEmpty()
                    ? List.of(new Span(quote.text(), quote.start(), quote.end()))
                    : quote.fragments();
            for (int i = 0; i < spans.size(); i++) {
                pieces.add(new Piece(
                        Math.max(0, spans.get(i).start()),
                        Math.min(text.length(), spans.get(i).end()),
                        card,
                        i));
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::piece));
        List<SpeakerEntry> speakers = new ArrayList<>();
        bySpeaker.forEach((key, quoted) -> {
            QuoteCard first = quoted.get(0);
            speakers.add(new SpeakerEntry(
                    first.speakerId(),
                    first.who(),
                    first.speakerKind(),
                    first.role(),
                    first.affiliation(),
                    first.colour(),
                    quoted));
        });
        // The quotations with no speaker come last in the legend.
        speakers.sort(Comparator.comparing(s -> s.id() == null));
        List<Removal> removed = new ArrayList<>();
        for (RemovedBoilerplate r : article.removed()) {
            removed.add(new Removal(PlainWords.removal(r.kind()), r.text()));
        }
        return new ArticleReading(article, paragraphs(text, withoutOverlaps(pieces)), speakers, cards, removed);
    }

    /**
     * The article's words a role or an affiliation was read from, when they say more than the value itself ("The
     * museum's director" for "director", "the company" for "Fernhill Cider Works"); null otherwise.
     */
    static String evidenceWords(Span evidence, String value) {
        if (evidence == null || evidence.text() == null || evidence.text().isBlank()) {
            return null;
        }
        return evidence.text().equals(value) ? null : evidence.text();
    }

    private enum Unattributed {
        KEY
    }

    private record Piece(int start, int end, QuoteCard card, int piece) {}

    private static List<Piece> withoutOverlaps(List<Piece> sorted) {
        List<Piece> result = new ArrayList<>();
        int covered = 0;
        for (Piece p : sorted) {
            int start = Math.max(p.start(), covered);
            if (start < p.end()) {
                result.add(new Piece(start, p.end(), p.card(), p.piece()));
                covered = p.end();
            }
        }
        return result;
    }

    /** Paragraphs are separated by blank lines; a quotation running over several paragraphs is cut at each. */
    private static List<Paragraph> paragraphs(String text, List<Piece> pieces) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<Long, Integer> emitted = new HashMap<>();
        int k = 0;
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int separator = text.indexOf("\n\n", paragraphStart);
            int paragraphEnd = separator < 0 ? text.length() : separator;
            List<Segment> segments = new ArrayList<>();
            int position = paragraphStart;
            while (k < pieces.size() && pieces.get(k).start() < paragraphEnd) {
                Piece p = pieces.get(k);
                int from = Math.max(p.start(), position);
                int to = Math.min(p.end(), paragraphEnd);
                if (from > position) {
                    segments.add(new Segment(text.substring(position, from), null, 0, position));
                }
                if (to > from) {
                    // Numbered per quotation in text order, so ids stay unique when a piece runs over paragraphs.
                    segments.add(new Segment(
                            text.substring(from, to),
                            p.card(),
                            emitted.merge(p.card().id(), 1, Integer::sum) - 1,
                            from));
                    position = to;
                }
                if (p.end() <= paragraphEnd) {
                    k++;
                } else {
                    break;
                }
            }
            if (position < paragraphEnd) {
                segments.add(new Segment(text.substring(position, paragraphEnd), null, 0, position));
            }
            if (!segments.isEmpty()
                    && !segments.stream().allMatch(s -> !s.isQuote() && s.text().isBlank())) {
                paragraphs.add(new Paragraph(segments));
            }
            paragraphStart = separator < 0 ? text.length() : separator + 2;
        }
        return paragraphs;
    }
}
