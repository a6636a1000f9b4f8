package dev.saywho.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.saywho.common.Quote;
import dev.saywho.common.ReviewState;
import dev.saywho.ingest.persistence.ColumnWidths;
import dev.saywho.ingest.persistence.QuoteEntity;

/**
 * What a new attribution says about a quote a person decided on, in words for the article page: null when the engine
 * agrees (or, for a quote a person added, when it still finds nothing there, which is no news).
 */
final class EngineDisagreement {

    private EngineDisagreement() {}

    /**
     * @param found the engine's quotes for the whole article
     * @param speakerIds the stored speaker id of each of {@code found} that has a speaker, by index
     */
    static String note(QuoteEntity decided, List<Quote> found, Map<Integer, Long> speakerIds, String engineVersion) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < found.size(); i++) {
            int shared = ArticleStore.overlap(decided.startOffset, decided.endOffset, found.get(i));
            if (shared > bestOverlap) {
                best = i;
                bestOverlap = shared;
            }
        }
        String engine = "Engine " + engineVersion;
        if (best < 0) {
            return decided.reviewState == ReviewState.ADDED ? null : engine + " finds no quotation here.";
        }
        Quote quote = found.get(best);
        List<String> differences = new ArrayList<>();
        Long speakerId = speakerIds.get(best);
        Long decidedSpeaker = decided.speaker == null ? null : decided.speaker.id;
        if (!Objects.equals(speakerId, decidedSpeaker)) {
            differences.add(
                    quote.speaker() == null || speakerId == null
                            ? "no speaker"
                            : "speaker " + quote.speaker().name());
        }
        if (quote.type() != decided.type) {
            differences.add("kind " + quote.type());
        }
        if (quote.start() != decided.startOffset || quote.end() != decided.endOffset) {
            differences.add("boundaries " + quote.start() + "–" + quote.end());
        }
        if (quote.speaker() != null && speakerId != null && Objects.equals(speakerId, decidedSpeaker)) {
            if (!Objects.equals(quote.speaker().role(), decided.role)) {
                differences.add("role "
                        + (quote.speaker().role() == null
                                ? "none"
                                : quote.speaker().role()));
            }
            if (!Objects.equals(quote.speaker().affiliation(), decided.affiliation)) {
                differences.add("affiliation "
                        + (quote.speaker().affiliation() == null
                                ? "none"
                                : quote.speaker().affiliation()));
            }
        }
        return differences.isEmpty()
                ? null
                : ColumnWidths.cut(engine + " finds " + String.join("; ", differences) + ".", ColumnWidths.LABEL);
    }
}
