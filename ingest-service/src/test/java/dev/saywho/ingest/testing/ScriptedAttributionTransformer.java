package dev.saywho.ingest.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.saywho.common.AttributionResponse;
import dev.saywho.common.Gender;
import dev.saywho.common.GenderEvidence;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.QuoteType;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;
import dev.saywho.common.SourceProfile;
import dev.saywho.common.Span;
import dev.saywho.common.Speaker;
import dev.saywho.common.SpeakerKind;

/**
 * WireMock extension playing the attribution service: builds an AttributionResponse for the posted text from the
 * scripted quotes of the stub, computing every offset from that text.
 */
public class ScriptedAttributionTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "scripted-attribution";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            String text = request.get("text").asText();
            String id = request.hasNonNull("id") ? request.get("id").asText() : null;
            List<Map<String, Object>> scripted = (List<Map<String, Object>>)
                    serveEvent.getTransformerParameters().get("quotes");
            String engineVersion =
                    (String) serveEvent.getTransformerParameters().get("engineVersion");
            List<Quote> quotes = new ArrayList<>();
            List<Speaker> speakers = new ArrayList<>();
            for (Map<String, Object> script : scripted) {
                Quote quote = locate(text, script);
                if (quote != null) {
                    quotes.add(quote);
                    if (quote.speaker() != null) {
                        QuoteSpeaker s = quote.speaker();
                        speakers.add(new Speaker(s.name(), s.kind(), s.role(), s.affiliation(), List.of(s.mention())));
                    }
                }
            }
            String body = JSON.writeValueAsString(new AttributionResponse(id, engineVersion, quotes, speakers));
            return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                    .but()
                    .withBody(body)
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("scripted attribution failed", e);
        }
    }

    /** The span of {@code words} in {@code text}; "@N" gives a span at offset N whatever the text. */
    private static Span evidence(String text, String words) {
        if (words == null) {
            return null;
        }
        if (words.startsWith("@")) {
            int at = Integer.parseInt(words.substring(1));
            return new Span("x", at, at + 1);
        }
        int at = text.indexOf(words);
        return at < 0 ? null : Span.of(text, at, at + words.length());
    }

    /** "PERSON;FEMALE;she;OFFICIAL" as the engine's profile, the gender's words located in the text. */
    private static SourceProfile profile(String text, String script) {
        if (script == null) {
            return null;
        }
        String[] parts = script.split(";", -1);
        List<GenderEvidence> evidence = new ArrayList<>();
        if (!parts[2].isEmpty()) {
            int at = text.indexOf(parts[2]);
            if (at >= 0) {
                evidence.add(new GenderEvidence(
                        GenderEvidence.Kind.PRONOUN,
                        Span.of(text, at, at + parts[2].length()),
                        Gender.valueOf(parts[1])));
            }
        }
        return new SourceProfile(
                Gender.valueOf(parts[1]),
                evidence,
                SourceKind.valueOf(parts[0]),
                parts[3].isEmpty() ? null : RoleClass.valueOf(parts[3]));
    }

    private static Quote locate(String text, Map<String, Object> script) {
        String quoteText = (String) script.get("quote");
        int start = text.indexOf(quoteText);
        if (start < 0) {
            return null;
        }
        int end = start + quoteText.length();
        Span content = Span.of(text, start, end);
        Span cue = null;
        if (script.get("cue") != null) {
            int cueStart = text.indexOf((String) script.get("cue"), end);
            cue = cueStart < 0 ? null : Span.of(text, cueStart, cueStart + ((String) script.get("cue")).length());
        }
        QuoteSpeaker speaker = null;
        if (script.get("speaker") != null) {
            String name = (String) script.get("speaker");
            int mentionStart = text.indexOf(name);
            Span mention = mentionStart < 0 ? null : Span.of(text, mentionStart, mentionStart + name.length());
            speaker = new QuoteSpeaker(
                    name,
                    SpeakerKind.valueOf((String) script.get("kind")),
                    mention,
                    (String) script.get("role"),
                    (String) script.get("affiliation"),
                    evidence(text, (String) script.get("roleFrom")),
                    evidence(text, (String) script.get("affiliationFrom")),
                    profile(text, (String) script.get("profile")));
        }
        double confidence = ((Number) script.get("confidence")).doubleValue();
        return new Quote(
                quoteText,
                start,
                end,
                QuoteType.valueOf((String) script.get("type")),
                List.of(content),
                cue,
                speaker,
                confidence,
                speaker == null ? null : "TRAILING_CUE",
                speaker == null ? "quotation-marks" : "trailing-cue");
    }
}
