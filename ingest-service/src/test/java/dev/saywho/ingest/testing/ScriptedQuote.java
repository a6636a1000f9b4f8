package dev.saywho.ingest.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * What a stubbed attribution service should report for one quote: the quote text, cue and speaker mention are located
 * in the text actually posted, so offsets are always right for the normalized article.
 */
public record ScriptedQuote(
        String quote,
        String type,
        String cue,
        String speaker,
        String kind,
        String role,
        String affiliation,
        double confidence,
        String roleFrom,
        String affiliationFrom,
        String profile) {

    public ScriptedQuote(
            String quote,
            String type,
            String cue,
            String speaker,
            String kind,
            String role,
            String affiliation,
            double confidence,
            String roleFrom,
            String affiliationFrom) {
        this(quote, type, cue, speaker, kind, role, affiliation, confidence, roleFrom, affiliationFrom, null);
    }

    /**
     * The speaker's source profile as the engine reports it: kind of source, gender, the words that state it (located
     * in the posted text; null for none) and role class (null for none). Call it last: the other builders drop it.
     */
    public ScriptedQuote profile(String sourceKind, String gender, String genderFrom, String roleClass) {
        return new ScriptedQuote(
                quote,
                type,
                cue,
                speaker,
                kind,
                role,
                affiliation,
                confidence,
                roleFrom,
                affiliationFrom,
                sourceKind + ";" + gender + ";" + (genderFrom == null ? "" : genderFrom) + ";"
                        + (roleClass == null ? "" : roleClass));
    }

    public ScriptedQuote(
            String quote,
            String type,
            String cue,
            String speaker,
            String kind,
            String role,
            String affiliation,
            double confidence) {
        this(quote, type, cue, speaker, kind, role, affiliation, confidence, null, null);
    }

    /**
     * Where the engine says it read the role: words located in the posted text, or "@N" for a span at offset N
     * that lies outside any text (an answer ingest must not store).
     */
    public ScriptedQuote roleFrom(String words) {
        return new ScriptedQuote(
                quote, type, cue, speaker, kind, role, affiliation, confidence, words, affiliationFrom);
    }

    /** Where the engine says it read the affiliation, as {@link #roleFrom}. */
    public ScriptedQuote affiliationFrom(String words) {
        return new ScriptedQuote(quote, type, cue, speaker, kind, role, affiliation, confidence, roleFrom, words);
    }

    public static ScriptedQuote direct(String quote, String speaker) {
        return new ScriptedQuote(quote, "DIRECT", "said", speaker, "PERSON", null, null, 0.9);
    }

    public ScriptedQuote role(String newRole) {
        return new ScriptedQuote(quote, type, cue, speaker, kind, newRole, affiliation, confidence);
    }

    public ScriptedQuote affiliation(String newAffiliation) {
        return new ScriptedQuote(quote, type, cue, speaker, kind, role, newAffiliation, confidence);
    }

    public ScriptedQuote type(String newType) {
        return new ScriptedQuote(quote, newType, cue, speaker, kind, role, affiliation, confidence);
    }

    public ScriptedQuote kind(String newKind) {
        return new ScriptedQuote(quote, type, cue, speaker, newKind, role, affiliation, confidence);
    }

    public ScriptedQuote cue(String newCue) {
        return new ScriptedQuote(quote, type, newCue, speaker, kind, role, affiliation, confidence);
    }

    /** Without a speaker: the text does not say who said it. */
    public static ScriptedQuote unattributed(String quote) {
        return new ScriptedQuote(quote, "DIRECT", null, null, null, null, null, 0.0);
    }

    Map<String, Object> toParameters() {
        Map<String, Object> map = new HashMap<>();
        map.put("quote", quote);
        map.put("profile", profile);
        map.put("type", type);
        map.put("cue", cue);
        map.put("speaker", speaker);
        map.put("kind", kind);
        map.put("role", role);
        map.put("affiliation", affiliation);
        map.put("confidence", confidence);
        map.put("roleFrom", roleFrom);
        map.put("affiliationFrom", affiliationFrom);
        return map;
    }
}
