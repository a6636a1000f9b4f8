package dev.saywho.attribution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.QuoteType;
import dev.saywho.common.Span;
import dev.saywho.common.SpeakerKind;

/** Thread-safe quote attribution engine; build once (loads models and lexicons), share everywhere. */
public final class AttributionEngine {

    private static final String VERSION = "0.1.0";
    private static final List<String> SIEVES = List.of("TRAILING_CUE", "LEADING_CUE");
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:said|says)\\s+((?:[A-Z][\\w.'-]{0,30}\\s?){1,4})|^\\s*((?:[A-Z][\\w.'-]{0,30}\\s?){1,4})\\s(?:said|says)\\b");

    private AttributionEngine() {
    }

    /** Builds an engine; fails fast with {@link IllegalArgumentException} on an unknown sieve name. */
    public static AttributionEngine create(EngineOptions options) {
        for (String s : options.sieveOrder()) {
            if (!SIEVES.contains(s)) {
                throw new IllegalArgumentException("unknown sieve: " + s);
            }
        }
        return new AttributionEngine();
    }

    /** Finds and attributes the quotes of {@code text}; never throws. */
    public EngineResult attribute(String text) {
        if (text == null || text.isEmpty()) {
            return EngineResult.empty();
        }
        try {
            List<Quote> quotes = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\u201C' || c == '"') {
                    char close = c == '"' ? '"' : '\u201D';
                    int j = text.indexOf(close, i + 1);
                    int nl = text.indexOf('\n', i + 1);
                    if (j < 0 || (nl >= 0 && nl < j)) {
                        i++;
                        continue;
                    }
                    String tail = text.substring(j + 1, Math.min(text.length(), j + 80));
                    Matcher m = AFTER.matcher(tail);
                    QuoteSpeaker speaker = null;
                    if (m.find()) {
                        int g = m.group(1) != null ? 1 : 2;
                        int s = j + 1 + m.start(g);
                        int e = j + 1 + m.end(g);
                        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                            e--;
                        }
                        speaker = new QuoteSpeaker(text.substring(s, e), SpeakerKind.UNKNOWN, Span.of(text, s, e), null, null);
                    }
                    Span content = Span.of(text, i + 1, j);
                    quotes.add(new Quote(content.text(), content.start(), content.end(), QuoteType.DIRECT, List.of(content),
                            null, speaker, speaker == null ? 0.0 : 0.6, speaker == null ? null : "TRAILING_CUE"));
                    i = j + 1;
                } else {
                    i++;
                }
            }
            return new EngineResult(quotes, List.of());
        } catch (RuntimeException e) {
            return EngineResult.empty();
        }
    }

    /** The engine rules version. */
    public String version() {
        return VERSION;
    }
}
