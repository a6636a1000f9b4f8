package dev.saywho.attribution.engine.stage;

import static dev.saywho.attribution.engine.stage.CueWords.*;

import java.util.ArrayList;
import java.util.List;

import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.RuleFailure;
import dev.saywho.attribution.engine.RulePrecedence;
import dev.saywho.attribution.engine.cue.CueModel;
import dev.saywho.attribution.engine.lexicon.Lexicons;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * Stage 3: finds reporting frames around speech cues: the speaker mention each cue names and the content it reports.
 * This class decides which rule runs where and in which order; each rule is a class of its own, named after it in the
 * {@link RuleCatalog}. Per sentence: the colon rules; at each token, "according to" ({@link AccordingToRule}) or a
 * speech verb ({@link VerbCues}) read as a participle ({@link ParticipleCueRule}), an inverted cue ({@link
 * InvertedCueRule}), a trailing cue ({@link TrailingCueRule}), a leading cue ({@link LeadingCueRule}) or, failing
 * those, a trailing cue with a long subject ({@link TrailingCueLongSubjectRule}); then the sentence-wide rules, the
 * clausal complements of the parse and the learned cue model for cues no rule claimed. {@link SubjectFinder} reads
 * speaker phrases, {@link ContentFinder} reported spans, {@link VerbComplements} what stands between a verb and its
 * content, and {@link CueWords} holds the word lists they share. Every look-around is bounded by the sentence and a
 * fixed token window, so the stage is linear in the document.
 */
public final class CueFinder {

    private static final RuleCatalog RULES = RuleCatalog.standard();

    private final SubjectFinder subjects;
    private final VerbCues verbCues;
    private final VerbComplements complements;
    private final ParticipleCueRule participles;
    private final InvertedCueRule inverted;
    private final TrailingCueRule trailing;
    private final LeadingCueRule leading;
    private final LeadingCueSentenceSubjectRule leadingSentenceSubject;
    private final TrailingCueLongSubjectRule longSubject;
    private final SentenceSubjectRule sentenceSubject;
    private final ClausalComplementRule clausalComplements;
    private final CitingRule citing;
    private final AccordingToRule accordingTo;
    private final InSourceRule inSource;
    private final ColonParagraphRule colonParagraph;
    private final ColonRules colons;
    private final LearnedCueRule learned;

    public CueFinder(Lexicons lex) {
        this(lex, RULES.precedence(RULES.defaultCuePrecedence()));
    }

    /**
     * A finder for the rules {@code precedence} switches on. The rules of their own classes (clausal-complement, the
     * one that parses most, and citing) do not even run when off; the frames of other switched-off rules are dropped
     * when quotes are assembled.
     */
    public CueFinder(Lexicons lex, RulePrecedence precedence) {
        this(lex, precedence, null);
    }

    /** As {@link #CueFinder(Lexicons, RulePrecedence)}, with the learned cue model ({@code null}: rules only). */
    public CueFinder(Lexicons lex, RulePrecedence precedence, CueModel cueModel) {
        this.subjects = new SubjectFinder(lex);
        ContentFinder contents = new ContentFinder(lex, subjects);
        this.verbCues = new VerbCues(lex, subjects);
        this.complements = new VerbComplements(lex, subjects);
        this.participles = new ParticipleCueRule(subjects, contents, complements);
        this.inverted = new InvertedCueRule(lex, subjects, contents);
        this.trailing = new TrailingCueRule(contents);
        this.leading = new LeadingCueRule(contents);
        this.leadingSentenceSubject = new LeadingCueSentenceSubjectRule(subjects, contents, complements);
        this.longSubject = new TrailingCueLongSubjectRule(lex, subjects, contents, complements);
        this.sentenceSubject = new SentenceSubjectRule(subjects, contents);
        this.clausalComplements =
                precedence.enabled(ClausalComplementRule.RULE) ? new ClausalComplementRule(lex) : null;
        this.citing = precedence.enabled(CitingRule.RULE) ? new CitingRule(subjects) : null;
        this.accordingTo = new AccordingToRule(subjects, contents);
        this.inSource = new InSourceRule(lex, contents);
        this.colonParagraph = new ColonParagraphRule(subjects);
        this.colons = new ColonRules(lex, subjects, contents);
        this.learned =
                cueModel != null && precedence.enabled(LearnedCueRule.RULE) ? new LearnedCueRule(cueModel, lex) : null;
    }

    /** All frames of the document, in text order; a rule that throws makes this throw (tests want to know at once). */
    public List<Frame> find(Document doc) {
        List<RuleFailure> failures = new ArrayList<>();
        List<Frame> frames = find(doc, failures);
        if (!failures.isEmpty()) {
            throw failures.get(0).error();
        }
        return frames;
    }

    /**
     * All frames of the document, in text order; a rule that throws is skipped there and reported in {@code failures}.
     */
    public List<Frame> find(Document doc, List<RuleFailure> failures) {
        List<Frame> frames = new ArrayList<>();
        java.util.BitSet claimedCues = new java.util.BitSet(doc.text().length());
        try {
            DashSignatureRule.apply(doc, frames);
        } catch (RuntimeException e) {
            failures.add(new RuleFailure("dash-signature", 0, e));
        }
        for (Sentence s : doc.sentences()) {
            int before = frames.size();
            try {
                colons.apply(doc, s, frames);
            } catch (RuntimeException e) {
                failures.add(new RuleFailure("colon-cues", s.start(), e));
            }
            for (int v = s.firstToken(); v < s.endToken(); v++) {
                try {
                    frameAt(doc, s, v, frames, before);
                } catch (RuntimeException e) {
                    // a malformed neighbourhood never stops the document: skip this cue, and say so
                    failures.add(new RuleFailure("cue-at-token", doc.token(v).start(), e));
                }
            }
            try {
                sentenceSubject.apply(doc, s, frames);
                inSource.apply(doc, s, frames);
                colonParagraph.apply(doc, s, frames);
            } catch (RuntimeException e) {
                failures.add(new RuleFailure("sentence-cues", s.start(), e));
            }
            try {
                if (citing != null) {
                    citing.apply(doc, s, before, frames);
                }
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(CitingRule.RULE.name(), s.start(), e));
            }
            for (int i = before; i < frames.size(); i++) {
                try {
                    frames.set(i, TreeSubjects.repaired(doc, s, frames.get(i)));
                } catch (RuntimeException e) {
                    failures.add(new RuleFailure("tree-subject", s.start(), e));
                }
                claimedCues.set(
                        frames.get(i).cueStart(),
                        Math.max(frames.get(i).cueStart() + 1, frames.get(i).cueEnd()));
            }
            int beforeComplements = frames.size();
            try {
                if (clausalComplements != null) {
                    clausalComplements.apply(doc, s, claimedCues, frames);
                }
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(ClausalComplementRule.RULE.name(), s.start(), e));
            }
            for (int i = beforeComplements; i < frames.size(); i++) {
                claimedCues.set(
                        frames.get(i).cueStart(),
                        Math.max(frames.get(i).cueStart() + 1, frames.get(i).cueEnd()));
            }
            try {
                if (learned != null) {
                    learned.apply(doc, s, claimedCues, frames, before);
                }
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(LearnedCueRule.RULE.name(), s.start(), e));
            }
        }
        return frames;
    }

    /** The verb-cue rules at token {@code v}; then, where none of them found a frame, the long-subject reading. */
    private void frameAt(Document doc, Sentence s, int v, List<Frame> frames, int sentenceFrames) {
        int before = frames.size();
        verbCueRules(doc, s, v, frames, sentenceFrames);
        if (frames.size() == before) {
            longSubject.apply(doc, s, v, frames);
        }
    }

    /** "according to" or a speech verb at token {@code v}: the rule its position calls for. */
    private void verbCueRules(Document doc, Sentence s, int v, List<Frame> frames, int sentenceFrames) {
        Token t = doc.token(v);
        if (!t.word() || doc.quoted(t.start())) {
            return;
        }
        if (t.lower().equals("according")
                && v + 1 < s.endToken()
                && doc.token(v + 1).isLower("to")) {
            accordingTo.apply(doc, s, v, frames);
            return;
        }
        VerbCue cue = verbCues.at(doc, s, v);
        if (cue == null || participles.apply(doc, s, cue, frames, sentenceFrames)) {
            return;
        }
        int[] app = new int[] {-1, -1};
        Mention subject = subjects.subjectBefore(doc, ParticipleCueRule.subjectEnd(doc, s, cue), s.firstToken(), app);
        if (subject == null && leadingSentenceSubject.apply(doc, s, cue, frames)) {
            return;
        }
        if (subject != null && VerbCues.namesInsideNounPhrase(doc, cue, subject)) {
            return;
        }
        if (subject != null && inverted.afterAnAside(doc, s, v, subject)) {
            // "… for the mayor, forcing her to fend off both rivals, said Ilse Varga, a pollster.": the name after the
            // verb is the speaker
            subject = null;
        }
        if (subject == null) {
            inverted.apply(doc, s, cue, frames);
            return;
        }
        int after = complements.after(doc, v + 1, s.endToken(), cue.lower());
        if (trailing.apply(doc, s, cue, subject, app, after, frames) || cue.unlisted()) {
            return;
        }
        leading.apply(doc, s, cue, subject, app, after, frames);
    }
}
