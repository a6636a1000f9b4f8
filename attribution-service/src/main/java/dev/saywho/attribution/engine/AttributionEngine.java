package dev.saywho.attribution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.saywho.attribution.engine.confidence.ConfidenceModel;
import dev.saywho.attribution.engine.content.ContentCandidates;
import dev.saywho.attribution.engine.content.ContentModel;
import dev.saywho.attribution.engine.cue.CueModel;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Attribution;
import dev.saywho.attribution.engine.model.Candidate;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Entity;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.NameRun;
import dev.saywho.attribution.engine.model.Token;
import dev.saywho.attribution.engine.source.SourceCandidates;
import dev.saywho.attribution.engine.source.SourceModel;
import dev.saywho.attribution.engine.stage.AffiliationExtractor;
import dev.saywho.attribution.engine.stage.CueFinder;
import dev.saywho.attribution.engine.stage.EntityFinder;
import dev.saywho.attribution.engine.stage.EntityResolver;
import dev.saywho.attribution.engine.stage.MentionFinder;
import dev.saywho.attribution.engine.stage.QuoteAssembler;
import dev.saywho.attribution.engine.stage.QuoteMarkFinder;
import dev.saywho.attribution.engine.stage.Segmenter;
import dev.saywho.attribution.engine.stage.SourceProfiler;
import dev.saywho.attribution.engine.stage.SpeakerAttributor;
import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.QuoteType;
import dev.saywho.common.SourceProfile;
import dev.saywho.common.Span;
import dev.saywho.common.Speaker;
import dev.saywho.common.SpeakerKind;

/** Thread-safe quote attribution engine; build once (loads models and lexicons), share everywhere. */
public final class AttributionEngine {

    private static final String VERSION = "1.17.0";
    /** Work cap: role and affiliation are looked up for at most this many speakers per text. */
    private static final int MAX_ENRICHED = 200;

    private final Segmenter segmenter;
    private final QuoteMarkFinder quoteMarks;
    private final CueFinder cues;
    private final QuoteAssembler assembler;
    private final MentionFinder mentions;
    private final EntityResolver resolver;
    private final SpeakerAttributor attributor;
    private final AffiliationExtractor affiliations;
    private final Lexicons lexicons;
    /** Who each speaker is (gender as stated, kind of source, role class): read once, shared, stateless. */
    private static final SourceProfiler PROFILER = new SourceProfiler();

    private final SourceProfiler profiler = PROFILER;
    private final CueModel cueModel;
    private final ConfidenceModel confidence;
    private final SourceModel sourceModel;
    private final ContentModel contentModel;

    private AttributionEngine(
            Lexicons lex,
            List<Sieve> order,
            RulePrecedence precedence,
            CueModel cueModel,
            ConfidenceModel confidence,
            SourceModel sourceModel,
            ContentModel contentModel) {
        this.segmenter = new Segmenter(lex);
        this.quoteMarks = new QuoteMarkFinder();
        this.cues = new CueFinder(lex, precedence, cueModel);
        this.cueModel = cueModel;
        this.confidence = confidence;
        this.sourceModel = sourceModel;
        this.contentModel = contentModel;
        this.assembler = new QuoteAssembler(precedence);
        this.mentions = new MentionFinder(lex, EntityFinder.shipped());
        this.resolver = new EntityResolver(lex, dev.saywho.attribution.engine.coref.CorefModel.shipped());
        this.attributor = new SpeakerAttributor(order);
        this.affiliations = new AffiliationExtractor(lex);
        this.lexicons = lex;
    }

    /** Builds an engine; fails fast with {@link IllegalArgumentException} on an unknown sieve or rule name. */
    public static AttributionEngine create(EngineOptions options) {
        return create(options, CueModel.shipped());
    }

    /**
     * Builds an engine with the learned cue model {@code cueModel} and the shipped source and confidence models, or
     * with the rules alone when it is {@code null} (each quote's speaker is then the rules' choice and its confidence
     * its rule's measured share of right quotes); fails fast with {@link IllegalArgumentException} on an unknown sieve
     * or rule name.
     */
    public static AttributionEngine create(EngineOptions options, CueModel cueModel) {
        return create(options, cueModel, cueModel == null ? null : ConfidenceModel.shipped());
    }

    /**
     * Builds an engine with the learned cue model {@code cueModel} (the rules alone when {@code null}), the
     * quote-confidence model {@code confidence} (the rules' measured shares when {@code null}) and, with a cue model,
     * the shipped source model.
     */
    public static AttributionEngine create(EngineOptions options, CueModel cueModel, ConfidenceModel confidence) {
        return create(options, cueModel, confidence, cueModel == null ? null : SourceModel.shipped());
    }

    /**
     * Builds an engine with the learned cue model {@code cueModel}, the quote-confidence model {@code confidence}, the
     * source model {@code sources} and, with a cue model, the shipped content model; each is left out when
     * {@code null}.
     */
    public static AttributionEngine create(
            EngineOptions options, CueModel cueModel, ConfidenceModel confidence, SourceModel sources) {
        return create(options, cueModel, confidence, sources, cueModel == null ? null : ContentModel.shipped());
    }

    /**
     * Builds an engine with the learned cue model {@code cueModel}, the quote-confidence model {@code confidence}, the
     * source model {@code sources} and the content model {@code contents}; each is left out when {@code null} (the
     * rules decide in its place).
     */
    public static AttributionEngine create(
            EngineOptions options,
            CueModel cueModel,
            ConfidenceModel confidence,
            SourceModel sources,
            ContentModel contents) {
        List<Sieve> order = new ArrayList<>();
        List<String> names = options == null ? List.of() : options.sieveOrder();
        for (String name : names) {
            Sieve sieve;
            try {
                sieve = Sieve.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown sieve '" + name + "'; known: " + Sieve.defaultOrder(), e);
            }
            if (order.contains(sieve)) {
                throw new IllegalArgumentException("sieve listed twice: " + sieve);
            }
            order.add(sieve);
        }
        RuleCatalog rules = RuleCatalog.standard();
        List<String> precedence = options == null || options.rulePrecedence().isEmpty()
                ? rules.defaultCuePrecedence()
                : options.rulePrecedence();
        return new AttributionEngine(
                Lexicons.standard(),
                order.isEmpty() ? Sieve.defaultOrder() : order,
                rules.precedence(precedence),
                cueModel,
                confidence,
                sources,
                contents);
    }

    /**
     * Finds and attributes the quotes of {@code text}; every offset is valid for {@code text}. A failure of a stage
     * propagates to the caller: it is a bug, and turning it into "no quotes" would hide it.
     */
    public EngineResult attribute(String text) {
        if (text == null || text.isBlank()) {
            return EngineResult.empty();
        }
        return run(text, null, null);
    }

    /** One quote's source candidates and the index of the one the engine took (-1: it had none to choose from). */
    public record SourceChoice(List<SourceCandidates.Candidate> candidates, int chosen) {}

    /** One frame's candidate content ends and the index of the one the engine took. */
    public record ContentChoice(List<ContentCandidates.Candidate> candidates, int chosen) {}

    /**
     * A result with, for each of its quotes in order, the source candidates the engine weighed and the content ends it
     * weighed ({@code null} for a quote whose content asked for none).
     */
    public record Explained(EngineResult result, List<SourceChoice> sources, List<ContentChoice> contents) {}

    /**
     * {@link #attribute} with the source candidates of each quote: what the source model's fitting reads
     * ({@code tools/eval/source.py}). Computes candidates even without a source model (the rules' choice is then the
     * one taken).
     */
    public Explained explain(String text) {
        if (text == null || text.isBlank()) {
            return new Explained(EngineResult.empty(), List.of(), List.of());
        }
        List<SourceChoice> sources = new ArrayList<>();
        Map<Integer, ContentChoice> contents = new HashMap<>();
        EngineResult result = run(text, sources, contents);
        List<ContentChoice> byQuote = new ArrayList<>(result.quotes().size());
        for (Quote q : result.quotes()) {
            byQuote.add(q.cue() == null ? null : contents.get(q.cue().start()));
        }
        return new Explained(result, sources, byQuote);
    }

    /**
     * The text the stages read: no-break and typographic spaces become plain spaces and Unicode line and paragraph
     * separators become newlines, one character for one, so every offset still points into the caller's text. Web
     * copy is full of them ("said.\u00a0“We…”"), and the stages' whitespace tests are {@link Character#isWhitespace},
     * which does not count them.
     */
    static String plainSpaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = switch (c) {
                case '\u00a0', '\u2007', '\u202f' -> ' ';
                case '\u2028', '\u2029' -> '\n';
                default -> c;
            };
            if (plain != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = plain;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static Quote withConfidence(Quote q, double confidence) {
        return new Quote(
                q.text(),
                q.start(),
                q.end(),
                q.type(),
                q.fragments(),
                q.cue(),
                q.speaker(),
                confidence,
                q.sieve(),
                q.rule());
    }

    /**
     * The rule recorded on a quote: the one that named its speaker; without a speaker, the cue rule that found it, or
     * {@code quotation-marks} for a quote found by its marks alone.
     */
    private static String provenance(Attribution a) {
        if (a.rule() != null) {
            return a.rule().name();
        }
        Frame frame = a.candidate().frame();
        return frame != null ? frame.rule().name() : RuleCatalog.QUOTATION_MARKS;
    }

    /** Nouns for many people that take a singular form: a crowd is no "he". */
    private static final java.util.Set<String> COLLECTIVES = java.util.Set.of(
            "crowd",
            "audience",
            "group",
            "team",
            "panel",
            "family",
            "public",
            "staff",
            "crew",
            "jury",
            "majority",
            "minority",
            "delegation",
            "couple",
            "pair",
            "board",
            "committee",
            "council",
            "chorus",
            "congregation");

    /** True when a description's head names one person: not a plural, not a collective noun. */
    private static boolean onePerson(String description) {
        String head = headNoun(description);
        boolean plural = head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us");
        return !head.isEmpty() && !plural && !COLLECTIVES.contains(head) && !head.endsWith("people");
    }

    /** The last word before a phrase's first preposition, lower-case: "senior official at the ministry" → official. */
    private static String headNoun(String phrase) {
        String head = "";
        for (String w : phrase.strip().toLowerCase(Locale.ROOT).split("\\s+", -1)) {
            if (w.equals("of")
                    || w.equals("for")
                    || w.equals("at")
                    || w.equals("in")
                    || w.equals("with")
                    || w.equals("that")
                    || w.equals("which")
                    || w.equals("who")) {
                // "the company that runs the treatment works": a relative clause follows the head too
                break;
            }
            head = w;
        }
        return head;
    }

    private static Span span(String text, dev.saywho.attribution.engine.model.Evidence evidence) {
        return evidence == null ? null : Span.of(text, evidence.start(), evidence.end());
    }

    /** True when a role's head noun names a kind of organisation ("regional power company", "family brewer"). */
    private boolean organisationNoun(String role) {
        String head = headNoun(role); // "owner of the paper mill" is a person
        return lexicons.roleNoun(head) == Lexicons.NounClass.ORG && !AGENT_NOUNS.contains(head);
    }

    /** Nouns for a firm that also name a person's trade: "the master distiller" is a person. */
    private static final java.util.Set<String> AGENT_NOUNS = java.util.Set.of(
            "distiller",
            "brewer",
            "developer",
            "publisher",
            "broadcaster",
            "producer",
            "maker",
            "supplier",
            "manufacturer",
            "operator",
            "retailer",
            "lender",
            "insurer",
            "miner",
            "builder");

    /**
     * The entity already known that {@code e} is a shorter description of ("the ministry" after "education
     * ministry"), or {@code e}: an unnamed organisation or group described again by its head noun is the same one.
     */
    private static Entity sameDescription(Map<String, Entity> entities, Entity e) {
        if (entities.containsKey(e.name())
                || e.name().isEmpty()
                || !Character.isLowerCase(e.name().charAt(0))) {
            return e;
        }
        Entity found = null;
        for (Entity known : entities.values()) {
            if (known.kind() == e.kind()
                    && known.name().endsWith(" " + e.name())
                    && Character.isLowerCase(known.name().charAt(0))) {
                if (found != null) {
                    return e; // two candidates: the head noun does not say which
                }
                found = known;
            }
        }
        return found == null ? e : found;
    }

    /**
     * The engine's version (bumped whenever behaviour changes) and the learned cue model it runs:
     * {@code 1.10.0+cue/polnear-dev@2026-12-05}, or {@code 1.10.0+rules} with the rules alone; at most 42 characters.
     */
    public String version() {
        return VERSION + "+" + (cueModel == null ? "rules" : cueModel.label());
    }

    /** The learned cue model the engine runs, by its label ({@code cue/<corpus>@<date>}), or {@code none}. */
    public String cueModel() {
        return cueModel == null ? "none" : cueModel.label();
    }

    /**
     * The sentences of {@code doc} the cue model's gate is asked about: those the rules neither parsed nor found a frame
     * in (the rules run on {@code doc}, which keeps the trees they parsed). What the gate is trained on.
     */
    public java.util.BitSet gatedSentences(Document doc) {
        java.util.BitSet withFrames = new java.util.BitSet();
        for (Frame f : cues.find(doc, new ArrayList<>())) {
            if (f.sentence() >= 0) {
                withFrames.set(f.sentence());
            }
        }
        java.util.BitSet gated = new java.util.BitSet();
        for (dev.saywho.attribution.engine.model.Sentence s : doc.sentences()) {
            if (!withFrames.get(s.index()) && !doc.parsed(s)) {
                gated.set(s.index());
            }
        }
        return gated;
    }

    /** The text segmented and its quotation marks found: what the learned components' trainers read. */
    public Document read(String text) {
        return quoteMarks.find(segmenter.segment(plainSpaces(text)));
    }

    /**
     * The attributions with the source model's choice of mention for each quote found through a cue, recording every
     * quote's candidates in {@code record} when it is not {@code null}.
     */
    private List<Attribution> chooseSources(
            Document doc, List<NameRun> runs, List<Attribution> attributions, List<SourceChoice> record) {
        if (sourceModel == null && record == null) {
            return attributions;
        }
        List<Attribution> out = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            List<SourceCandidates.Candidate> candidates = SourceCandidates.of(doc, runs, a);
            int chosen = sourceModel != null
                    ? sourceModel.choose(candidates)
                    : SourceCandidates.indexOfRulesChoice(candidates);
            if (record != null) {
                record.add(new SourceChoice(candidates, chosen));
            }
            boolean changed = chosen >= 0 && !candidates.get(chosen).current();
            out.add(
                    changed
                            ? new Attribution(
                                    a.candidate(), candidates.get(chosen).mention(), a.rule(), a.confidence())
                            : a);
        }
        return out;
    }

    /**
     * The frames with the content model's choice of end for each content of the learned cue model that asks
     * ({@link ContentCandidates}), recording the candidates of every content that asks, by its cue's offset, in
     * {@code record} when it is not {@code null}. The surface rules' ends stay theirs: they cut where a clause is known
     * to end (a concessive, a relative clause, a writer's comment), and cross-validated on PolNeAR the model changed
     * 210 of them for 9 more matches, where it changed 149 of the learned frames' subtree edges for 16.
     */
    private List<Frame> chooseContents(Document doc, List<Frame> frames, Map<Integer, ContentChoice> record) {
        if (contentModel == null && record == null) {
            return frames;
        }
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            boolean learned = f.rule().name().equals(RuleCatalog.LEARNED_CUE);
            List<ContentCandidates.Candidate> candidates =
                    learned || record != null ? ContentCandidates.of(doc, lexicons, f) : List.of();
            int chosen = -1;
            if (!candidates.isEmpty()) {
                chosen = contentModel != null && learned
                        ? contentModel.choose(candidates)
                        : ContentCandidates.indexOfRulesEnd(candidates);
                if (record != null) {
                    record.put(f.cueStart(), new ContentChoice(candidates, chosen));
                }
            }
            boolean changed = chosen >= 0 && !candidates.get(chosen).current();
            out.add(
                    changed
                            ? f.withContent(List.of(new int[] {
                                f.contentStart(), candidates.get(chosen).end()
                            }))
                            : f);
        }
        return out;
    }

    private EngineResult run(String text, List<SourceChoice> record, Map<Integer, ContentChoice> contentRecord) {
        Document doc = read(text);
        List<RuleFailure> failures = new ArrayList<>();
        List<Frame> frames = chooseContents(doc, cues.find(doc, failures), contentRecord);
        List<Candidate> candidates = assembler.assemble(doc, frames);
        List<NameRun> runs = mentions.find(doc);
        List<Attribution> attributions = chooseSources(doc, runs, attributor.attribute(doc, candidates), record);

        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, java.util.Set<Span>> mentionsByName = new HashMap<>();
        Map<String, List<Mention>> rawMentions = new HashMap<>();
        List<Quote> quotes = new ArrayList<>(attributions.size());
        List<Entity> resolved = new ArrayList<>(attributions.size());
        // unnamed sources by where they are described ("A spokesman for the ministry said …"), for the pronouns
        // that take them up again ("… we know roughly when," he said)
        java.util.TreeMap<Integer, Entity> described = new java.util.TreeMap<>();
        // every mention but a pronoun resolves on its own, once; pronouns wait for the described sources
        Entity[] direct = new Entity[attributions.size()];
        for (int i = 0; i < attributions.size(); i++) {
            Mention m = attributions.get(i).mention();
            if (m == null || m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            Entity e = resolver.resolve(doc, runs, m);
            direct[i] = e;
            // one described person ("a spokesman", "one grower") is taken up by he or she; a crowd or any
            // plurality is not one person the pronoun can stand for
            if (m.kind() == Mention.Kind.NOMINAL
                    && e.kind() == SpeakerKind.ANONYMOUS
                    && onePerson(e.name())
                    && !EntityResolver.namesSomeone(e.name())) {
                described.put(m.start(), e);
            }
        }
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            Entity e = null;
            if (a.mention() != null) {
                e = direct[i] != null
                        ? direct[i]
                        : resolver.describedSourceOrResolve(doc, runs, a.mention(), described);
                e = sameDescription(entities, e);
                Entity known = entities.get(e.name());
                if (known == null) {
                    entities.put(e.name(), e);
                } else if (known.role() == null && e.role() != null && known.kind() == e.kind()) {
                    // "The fisherman added": a description taken up by a named person gives them its role
                    known = known.withRoleAndAffiliation(
                            e.role(), known.affiliation(), e.roleEvidence(), known.affiliationEvidence());
                    entities.put(e.name(), known);
                    e = known;
                } else {
                    e = known;
                }
                rawMentions.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(a.mention());
            }
            resolved.add(e);
        }
        // "Brill said his children …", "Lenn Valley Water said it …": the pronoun opening what a named speaker
        // reported, a fallback for the gender and evidence of an organisation; then those of the narrative that stand
        // for one speaker alone, a fallback for the gender
        Map<String, List<Span>> fallbackPronouns = new HashMap<>();
        for (int i = 0; i < attributions.size(); i++) {
            Span pronoun = reportedSelfPronoun(doc, attributions.get(i));
            if (pronoun == null) {
                pronoun = attachedClausePronoun(doc, attributions.get(i));
            }
            if (pronoun != null) {
                fallbackPronouns
                        .computeIfAbsent(resolved.get(i).name(), k -> new ArrayList<>())
                        .add(pronoun);
            }
        }
        narrativePronouns(doc, runs, attributions, entities, fallbackPronouns);
        int enriched = 0;
        for (Map.Entry<String, Entity> en : entities.entrySet()) {
            Entity e = en.getValue();
            if ((e.kind() == SpeakerKind.PERSON || e.kind() == SpeakerKind.ORGANIZATION) && enriched++ < MAX_ENRICHED) {
                AffiliationExtractor.RoleAffiliation ra = affiliations.extract(
                        doc,
                        runs,
                        e.name(),
                        rawMentions.getOrDefault(e.name(), List.of()),
                        e.kind() == SpeakerKind.PERSON);
                // an organisation speaks for itself: what follows its name ("Quillon Systems, of the Valdmark
                // region") is no employer; a description keeps the role and organisation it gave ("a spokesman for
                // the ministry") unless the article says more about the name
                SpeakerKind kind = e.kind();
                if (kind == SpeakerKind.PERSON
                        && ((ra.role() != null && organisationNoun(ra.role()))
                                || writtenAsOrganisation(text, e.name(), fallbackPronouns.get(e.name())))) {
                    // "Vestkyst Energi, the regional power company, said": the apposition says what it is
                    kind = SpeakerKind.ORGANIZATION;
                    e = e.withKind(kind);
                }
                boolean organisation = e.kind() == SpeakerKind.ORGANIZATION;
                boolean ownRole = ra.role() != null;
                boolean ownAffiliation = ra.affiliation() != null;
                en.setValue(e.withRoleAndAffiliation(
                        organisation ? null : ownRole ? ra.role() : e.role(),
                        organisation ? null : ownAffiliation ? ra.affiliation() : e.affiliation(),
                        organisation ? null : ownRole ? ra.roleEvidence() : e.roleEvidence(),
                        organisation ? null : ownAffiliation ? ra.affiliationEvidence() : e.affiliationEvidence()));
            }
        }
        // who each speaker is, from every mention the attributions to them rest on
        Map<String, List<Span>> attributedMentions = new HashMap<>();
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            if (a.mention() != null) {
                attributedMentions
                        .computeIfAbsent(resolved.get(i).name(), k -> new ArrayList<>())
                        .add(Span.of(text, a.mention().start(), a.mention().end()));
            }
        }
        Map<String, SourceProfile> profiles = new HashMap<>();
        for (Entity e : entities.values()) {
            profiles.put(
                    e.name(),
                    profiler.profile(
                            text,
                            e,
                            attributedMentions.getOrDefault(e.name(), List.of()),
                            span(text, e.roleEvidence()),
                            fallbackPronouns.getOrDefault(e.name(), List.of())));
        }
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            Candidate c = a.candidate();
            List<Span> fragments = new ArrayList<>();
            for (int[] p : c.pieces()) {
                fragments.add(Span.of(text, p[0], p[1]));
            }
            Span cue = c.frame() == null
                    ? null
                    : Span.of(text, c.frame().cueStart(), c.frame().cueEnd());
            QuoteSpeaker speaker = null;
            if (a.mention() != null) {
                Entity e = entities.get(resolved.get(i).name());
                Span mention = Span.of(text, a.mention().start(), a.mention().end());
                speaker = new QuoteSpeaker(
                        e.name(),
                        e.kind(),
                        mention,
                        e.role(),
                        e.affiliation(),
                        span(text, e.roleEvidence()),
                        span(text, e.affiliationEvidence()),
                        profiles.get(e.name()));
                mentionsByName
                        .computeIfAbsent(e.name(), k -> new java.util.LinkedHashSet<>())
                        .add(mention);
            }
            Quote quote = new Quote(
                    text.substring(c.start(), c.end()),
                    c.start(),
                    c.end(),
                    c.type(),
                    fragments,
                    cue,
                    speaker,
                    a.confidence(),
                    a.sieve() == null ? null : a.sieve().name(),
                    provenance(a));
            quotes.add(confidence == null ? quote : withConfidence(quote, confidence.probability(quote)));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (Entity e : entities.values()) {
            List<Span> ms = new ArrayList<>(mentionsByName.getOrDefault(e.name(), java.util.Set.of()));
            ms.sort(java.util.Comparator.comparingInt(Span::start));
            speakers.add(new Speaker(
                    e.name(),
                    e.kind(),
                    e.role(),
                    e.affiliation(),
                    ms,
                    span(text, e.roleEvidence()),
                    span(text, e.affiliationEvidence()),
                    profiles.get(e.name())));
        }
        return new EngineResult(quotes, speakers, failures);
    }

    /**
     * Adds to {@code pronouns} (by speaker name) each he, she, his and possessive her of the narrative that stands for
     * one person speaker alone ({@link EntityResolver#soleNarrativeReferent}): like a reported pronoun, a fallback for
     * the gender when nothing else states it. Pronouns the attributions rest on are theirs already; an object "him" or
     * "her" is left out, since it is seldom the person the sentence is about ("Pillai, who trained under her").
     */
    private void narrativePronouns(
            Document doc,
            List<NameRun> runs,
            List<Attribution> attributions,
            Map<String, Entity> entities,
            Map<String, List<Span>> pronouns) {
        java.util.Set<Integer> attributed = new java.util.HashSet<>();
        for (Attribution a : attributions) {
            if (a.mention() != null) {
                attributed.add(a.mention().start());
            }
        }
        for (int t = 0; t < doc.tokenCount(); t++) {
            Token token = doc.token(t);
            char gender = switch (token.lower()) {
                case "he", "his" -> 'M';
                case "she" -> 'F';
                case "her" -> possessiveBefore(doc, t + 1) ? 'F' : 0;
                default -> 0;
            };
            if (gender == 0 || doc.quoted(token.start()) || attributed.contains(token.start())) {
                continue;
            }
            Entity referent = resolver.soleNarrativeReferent(doc, runs, t, gender);
            Entity speaker = referent == null ? null : entities.get(referent.name());
            if (speaker != null && speaker.kind() == SpeakerKind.PERSON) {
                pronouns.computeIfAbsent(speaker.name(), k -> new ArrayList<>())
                        .add(Span.of(doc.text(), token.start(), token.end()));
            }
        }
    }

    /** Cue verbs that may stand between a speaker mention and the clause attached after it. */
    private static final java.util.Set<String> ATTACHING_CUES =
            java.util.Set.of("says", "said", "adds", "added", "admits", "admitted", "laughs", "laughed");

    /** How many words of an attached clause may come before its pronoun ("and climbs back into her truck"). */
    private static final int ATTACHED_CLAUSE_WORDS = 5;

    /**
     * The his or her (or he or she) of a clause attached to a quote's speaker mention, whose subject the speaker is
     * ("“…,” the vet says, and climbs back into her truck", "says Haugland, warming her hands"): an -ing participle or
     * "and" with a verb right after the comma that follows the mention (and its cue), the pronoun within a few words;
     * or null.
     */
    private static Span attachedClausePronoun(Document doc, Attribution a) {
        Mention m = a.mention();
        if (m == null || m.kind() == Mention.Kind.PRONOUN) {
            return null;
        }
        int end = doc.sentenceOf(Math.max(0, m.endToken() - 1)).endToken();
        int t = m.endToken();
        if (t < end && ATTACHING_CUES.contains(doc.token(t).lower())) {
            t++;
        }
        if (t + 2 >= end || !doc.token(t).is(",")) {
            return null;
        }
        t++;
        Token first = doc.token(t);
        boolean participle =
                first.word() && !first.capitalized() && first.lower().endsWith("ing");
        boolean coordinated = first.isLower("and")
                && doc.token(t + 1).word()
                && !doc.token(t + 1).capitalized()
                && doc.token(t + 1).lower().endsWith("s");
        if (!participle && !coordinated) {
            return null;
        }
        for (int k = t + 1; k < end && k <= t + ATTACHED_CLAUSE_WORDS; k++) {
            Token token = doc.token(k);
            if (token.capitalized() || !token.word() || doc.quoted(token.start())) {
                return null; // another name, a quotation or a new clause: the pronoun may mean someone else
            }
            if (token.isLower("his") || (token.isLower("her") && possessiveBefore(doc, k + 1))) {
                return Span.of(doc.text(), token.start(), token.end());
            }
        }
        return null;
    }

    /** The words that may stand between a speaker's name and a reported pronoun: the cue and its complementiser. */
    private static final int MAX_GAP_TOKENS = 4;

    /** The longest parenthetical after the name that the gap may skip (", who founded the group Clean Lenn,"). */
    private static final int MAX_PARENTHETICAL_TOKENS = 16;

    /**
     * The he, she, his or her that opens the content of an indirect or mixed quote whose named speaker comes right
     * before it ("Brill said his children …", "Rusk, who founded the group, said she had …"), or null. Between the
     * name and the content only a parenthetical set off by commas and a few lower-case words (the cue, "that") may
     * stand: another name in the main clause ("Strachan told Orley that he …") may be whom the pronoun means.
     */
    private static Span reportedSelfPronoun(Document doc, Attribution a) {
        Mention m = a.mention();
        Candidate c = a.candidate();
        if (m == null || m.kind() == Mention.Kind.PRONOUN || c.type() == QuoteType.DIRECT || m.end() > c.start()) {
            return null;
        }
        int t = m.endToken();
        if (t < doc.tokenCount() && doc.token(t).is(",")) {
            t = afterParenthetical(doc, t, c.start());
        }
        int gap = 0;
        for (; t < doc.tokenCount() && doc.token(t).start() < c.start(); t++) {
            Token token = doc.token(t);
            if (++gap > MAX_GAP_TOKENS || !(token.is(",") || (token.word() && !token.capitalized()))) {
                return null;
            }
        }
        for (; t < doc.tokenCount() && doc.token(t).start() < c.end(); t++) {
            Token token = doc.token(t);
            if (token.isLower("that")) {
                continue;
            }
            if (!REPORTED_PRONOUNS.contains(token.lower())) {
                return null;
            }
            if (token.isLower("her") && !possessiveBefore(doc, t + 1)) {
                return null; // "called her 'the first lady'": her the object, someone else
            }
            return Span.of(doc.text(), token.start(), token.end());
        }
        return null;
    }

    /** Whether token {@code t} can follow a possessive "her": a lower-case word that is no determiner. */
    private static boolean possessiveBefore(Document doc, int t) {
        if (t >= doc.tokenCount()) {
            return false;
        }
        Token next = doc.token(t);
        return next.word()
                && !next.capitalized()
                && !(next.isLower("the") || next.isLower("a") || next.isLower("an") || next.isLower("that"));
    }

    /**
     * The token after a parenthetical that opens with the comma at {@code comma} and closes with the next comma
     * before {@code limit}; the token after the comma itself when none closes it ("Ternholm, said her …"). A
     * parenthetical holding a quotation or a pronoun of those reported ends the search: it may speak of someone else.
     */
    private static int afterParenthetical(Document doc, int comma, int limit) {
        for (int t = comma + 1;
                t < doc.tokenCount()
                        && t - comma <= MAX_PARENTHETICAL_TOKENS
                        && doc.token(t).start() < limit;
                t++) {
            Token token = doc.token(t);
            if (token.is(",")) {
                return t + 1;
            }
            if (REPORTED_PRONOUNS.contains(token.lower()) || (!token.word() && !token.is("'s") && !token.is("’s"))) {
                break;
            }
        }
        return comma + 1;
    }

    private static final Set<String> REPORTED_PRONOUNS = Set.of("he", "she", "his", "her", "it", "its");

    /**
     * Whether a name the recogniser typed a person is written as an organisation: it opens with no known given name
     * and the article says "which" after it ("Hethersett Ales, which has backed the festival"), puts a kind of
     * organisation before or after it ("the charity Patients' Voice", "Lenn Valley Water, the company that …") or
     * reports it with "its" ("Glenmoor Dairies said its drivers …"; "it" alone may be what a person spoke of; only a
     * reported pronoun among {@code fallbackPronouns} can be "its").
     */
    private boolean writtenAsOrganisation(String text, String name, List<Span> fallbackPronouns) {
        String[] words = name.split(" ", -1);
        if (words.length < 2 || lexicons.gender(words[0]) != 0) {
            return false;
        }
        if (ADDRESSED.matcher(text).results().anyMatch(r -> r.group(1).equals(words[words.length - 1]))) {
            return false; // "Ms Castellanos", "Mr Adeyinka": someone addressed so is a person
        }
        if (fallbackPronouns != null
                && fallbackPronouns.stream().anyMatch(p -> p.text().equalsIgnoreCase("its"))
                && fallbackPronouns.stream()
                        .noneMatch(p -> PERSONAL.contains(p.text().toLowerCase(Locale.ROOT)))) {
            return true; // an "its" outweighs no he or she of the same speaker's
        }
        Matcher m = Pattern.compile("(?:\\b[Tt]he\\s+(\\p{Ll}+)\\s+)?" + Pattern.quote(name)
                        + "(?:(,\\s+which\\b)|,\\s+the\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\b(?!['’]))?")
                .matcher(text);
        while (m.find()) {
            if (m.group(2) != null || organisationKind(m.group(1)) || organisationKind(m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /** A courtesy title and the surname after it (and any given name between). */
    private static final Pattern ADDRESSED = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lady|Lord)\\.?\\s+(?:\\p{Lu}\\S*\\s+)?(\\p{Lu}[\\p{L}'’-]+)");

    private static final java.util.Set<String> PERSONAL = java.util.Set.of("he", "she", "his", "her", "him");

    private boolean organisationKind(String noun) {
        return noun != null && lexicons.roleNoun(noun) == Lexicons.NounClass.ORG;
    }
}
