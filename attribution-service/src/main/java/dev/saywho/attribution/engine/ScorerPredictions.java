package dev.saywho.attribution.engine;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.saywho.attribution.engine.confidence.QuoteFeatures;
import dev.saywho.attribution.engine.content.ContentCandidates;
import dev.saywho.attribution.engine.source.SourceCandidates;
import dev.saywho.common.Quote;
import dev.saywho.common.Span;

/**
 * The engine's quotes as a PRED line of {@code shared/eval/score.py} (the format of {@code tools/eval/predict.py}):
 * offsets in Unicode code points, each quote with its fragments, type, speaker and speaker span, and, for error
 * analysis and calibration, the rule that decided it, its confidence and the features its confidence is computed from
 * ({@code tools/eval/confidence.py} fits the confidence model on them).
 */
public final class ScorerPredictions {

    private ScorerPredictions() {}

    /** One PRED line: {@code {"id", "quotes": [{"start", "end", "text", "speaker", ...}]}}. */
    public static ObjectNode line(ObjectMapper mapper, String id, String text, List<Quote> quotes) {
        return line(mapper, id, text, quotes, null, null);
    }

    /**
     * One PRED line with, when {@code sources} is not {@code null} (one per quote), each quote's source candidates:
     * {@code "sources": {"chosen": k, "candidates": [{"start", "end", "features"}]}}, a candidate without offsets being
     * "no source" ({@code tools/eval/source.py} fits the source model on them), and when {@code contents} is not
     * {@code null} (one per quote, {@code null} where the content asked for none) each quote's candidate content ends:
     * {@code "contents": {"chosen": k, "start": s, "candidates": [{"end", "features"}]}} ({@code tools/eval/content.py}
     * fits the content model on them).
     */
    public static ObjectNode line(
            ObjectMapper mapper,
            String id,
            String text,
            List<Quote> quotes,
            List<AttributionEngine.SourceChoice> sources,
            List<AttributionEngine.ContentChoice> contents) {
        if (sources != null && sources.size() != quotes.size()) {
            throw new IllegalArgumentException(
                    "one source choice per quote: " + sources.size() + " for " + quotes.size());
        }
        if (contents != null && contents.size() != quotes.size()) {
            throw new IllegalArgumentException(
                    "one content choice per quote: " + contents.size() + " for " + quotes.size());
        }
        CodePointOffsets offsets = new CodePointOffsets(text);
        ObjectNode line = mapper.createObjectNode();
        line.put("id", id);
        ArrayNode array = line.putArray("quotes");
        for (Quote quote : quotes) {
            ObjectNode q = array.addObject();
            q.put("start", offsets.of(quote.start()));
            q.put("end", offsets.of(quote.end()));
            q.put("text", quote.text());
            Span mention = quote.speaker() == null ? null : quote.speaker().mention();
            q.put("speaker", quote.speaker() == null ? null : quote.speaker().name());
            q.put("speakerStart", mention == null ? null : offsets.of(mention.start()));
            q.put("speakerEnd", mention == null ? null : offsets.of(mention.end()));
            ArrayNode fragments = q.putArray("fragments");
            for (Span fragment : quote.fragments()) {
                fragments.addArray().add(offsets.of(fragment.start())).add(offsets.of(fragment.end()));
            }
            if (quote.fragments().isEmpty()) {
                fragments.addArray().add(offsets.of(quote.start())).add(offsets.of(quote.end()));
            }
            q.put(
                    "cueStart",
                    quote.cue() == null ? null : offsets.of(quote.cue().start()));
            q.put("cueEnd", quote.cue() == null ? null : offsets.of(quote.cue().end()));
            q.put("type", quote.type() == null ? null : quote.type().name().toLowerCase(Locale.ROOT));
            q.put("rule", quote.rule());
            q.put("confidence", quote.confidence());
            ArrayNode features = q.putArray("features");
            QuoteFeatures.of(quote).forEach(features::add);
            if (sources != null) {
                AttributionEngine.SourceChoice choice = sources.get(array.size() - 1);
                ObjectNode node = q.putObject("sources");
                node.put("chosen", choice.chosen());
                ArrayNode candidates = node.putArray("candidates");
                for (SourceCandidates.Candidate c : choice.candidates()) {
                    ObjectNode cn = candidates.addObject();
                    cn.put(
                            "start",
                            c.mention() == null ? null : offsets.of(c.mention().start()));
                    cn.put(
                            "end",
                            c.mention() == null ? null : offsets.of(c.mention().end()));
                    c.features().forEach(cn.putArray("features")::add);
                }
            }
            AttributionEngine.ContentChoice content = contents == null ? null : contents.get(array.size() - 1);
            if (content != null) {
                ObjectNode node = q.putObject("contents");
                node.put("chosen", content.chosen());
                node.put("start", offsets.of(quote.start()));
                ArrayNode candidates = node.putArray("candidates");
                for (ContentCandidates.Candidate c : content.candidates()) {
                    ObjectNode cn = candidates.addObject();
                    cn.put("end", offsets.of(c.end()));
                    c.features().forEach(cn.putArray("features")::add);
                }
            }
        }
        return line;
    }
}
