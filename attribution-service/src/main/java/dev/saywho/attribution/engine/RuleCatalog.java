package dev.saywho.attribution.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's rules, read once from {@code /rules/rules.tsv}: their names, sieves, confidences and plain-language
 * descriptions, and the default precedence of the cue rules (their order in the file). A malformed, duplicated or
 * unknown entry fails the load: a rule that silently vanished would change every result without a trace.
 */
public final class RuleCatalog {

    static final String RESOURCE = "/rules/rules.tsv";
    /** The rule name of a quotation found by its marks alone. */
    public static final String QUOTATION_MARKS = "quotation-marks";
    /** The rule of the frames the learned cue model finds. */
    public static final String LEARNED_CUE = "learned-cue";

    private final Map<String, Rule> rules;

    RuleCatalog(Map<String, Rule> rules) {
        this.rules = rules;
    }

    private static final class Holder {
        static final RuleCatalog STANDARD = parse(read(), RESOURCE);
    }

    /** The rules bundled with the engine. */
    public static RuleCatalog standard() {
        return Holder.STANDARD;
    }

    /** The rule called {@code name}; an unknown name is a programming error. */
    public Rule rule(String name) {
        Rule rule = rules.get(name);
        if (rule == null) {
            throw new IllegalStateException("no rule '" + name + "' in " + RESOURCE);
        }
        return rule;
    }

    /** Every rule, in catalog order. */
    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    /** The cue rules in their default precedence. */
    public List<String> defaultCuePrecedence() {
        List<String> out = new ArrayList<>();
        for (Rule r : rules.values()) {
            if (r.cue()) {
                out.add(r.name());
            }
        }
        return out;
    }

    /**
     * The precedence of cue rules given by {@code names} (the first wins); rules left out are switched off. An unknown
     * name, a speaker rule or a name listed twice is refused with {@link IllegalArgumentException}.
     */
    public RulePrecedence precedence(List<String> names) {
        Map<String, Integer> rank = new HashMap<>();
        for (String raw : names) {
            String name = raw == null ? "" : raw.strip();
            Rule rule = rules.get(name);
            if (rule == null || !rule.cue()) {
                throw new IllegalArgumentException("unknown cue rule '" + raw + "'; known: " + defaultCuePrecedence());
            }
            if (rank.putIfAbsent(name, rank.size()) != null) {
                throw new IllegalArgumentException("cue rule listed twice: " + name);
            }
        }
        return new RulePrecedence(rank);
    }

    static RuleCatalog parse(List<String> lines, String source) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (n + 1) + ": ";
            String[] cols = line.split("\t", -1);
            if (cols.length != 4 || cols[0].isBlank() || cols[3].isBlank()) {
                throw new IllegalStateException(
                        where + "expected NAME, SIEVE, CONFIDENCE and a description, tab-separated");
            }
            Sieve sieve;
            try {
                sieve = cols[1].equals("-") ? null : Sieve.valueOf(cols[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "unknown sieve " + cols[1], e);
            }
            double confidence;
            try {
                confidence = Double.parseDouble(cols[2]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where + "confidence is not a number: " + cols[2], e);
            }
            if (confidence < 0 || confidence > 1 || (sieve == null) != (confidence == 0)) {
                throw new IllegalStateException(where + "confidence must be in (0, 1], or 0 for a rule without sieve");
            }
            if (rules.put(cols[0], new Rule(cols[0], sieve, confidence, cols[3])) != null) {
                throw new IllegalStateException(where + "rule listed twice: " + cols[0]);
            }
        }
        if (!rules.containsKey(QUOTATION_MARKS)) {
            throw new IllegalStateException(source + ": the rule " + QUOTATION_MARKS + " is missing");
        }
        return new RuleCatalog(java.util.Collections.unmodifiableMap(rules));
    }

    private static List<String> read() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
