package dev.saywho.attribution.corpus;

import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.saywho.attribution.engine.EngineResult;
import dev.saywho.common.Quote;
import dev.saywho.common.Span;

/** Writes engine results as PRED lines of shared/eval/score.py (same format as tools/eval/predict.py). */
public final class ScorerFormat {

    private ScorerFormat() {}

    /** One PRED line: {@code {"id", "quotes": [{"start", "end", "text", "speaker", ...}]}} in code-point offsets. */
    public static ObjectNode prediction(ObjectMapper mapper, String id, String text, EngineResult result) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        ObjectNode line = mapper.createObjectNode();
        line.put("id", id);
        ArrayNode quotes = line.putArray("quotes");
        for (Quote quote : result.quotes()) {
            ObjectNode q = quotes.addObject();
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
            q.put("type", quote.type() == null ? null : quote.type().name().toLowerCase(Locale.ROOT));
        }
        return line;
    }
}
