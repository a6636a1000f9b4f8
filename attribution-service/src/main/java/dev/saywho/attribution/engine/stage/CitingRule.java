package dev.saywho.attribution.engine.stage;

import java.util.List;

import dev.saywho.attribution.engine.Rule;
import dev.saywho.attribution.engine.RuleCatalog;
import dev.saywho.attribution.engine.model.Document;
import dev.saywho.attribution.engine.model.Frame;
import dev.saywho.attribution.engine.model.Mention;
import dev.saywho.attribution.engine.model.Sentence;
import dev.saywho.attribution.engine.model.Token;

/**
 * The rule {@code citing}: "The ferry will stop in March, citing two port officials." A sentence whose claim carries
 * no speech cue of its own and ends with ", citing X" reports X's claim: X is the source and the clause before the
 * comma is the content. When the clause has a cue ("the Courier reported …, citing …"), that cue's speaker stays the
 * speaker and this rule stays out.
 */
final class CitingRule {

    static final Rule RULE = RuleCatalog.standard().rule("citing");
    /** A clause shorter than this is no claim ("Citing them, …"). */
    private static final int MIN_CLAUSE_TOKENS = 3;

    private final SubjectFinder subjects;

    CitingRule(SubjectFinder subjects) {
        this.subjects = subjects;
    }

    /**
     * Adds the rule's frame for sentence {@code s} (whose frames start at index {@code sentenceFrames}) unless another
     * cue of the sentence reports the clause; the participle reading of "citing" itself (content X) gives way.
     */
    void apply(Document doc, Sentence s, int sentenceFrames, List<Frame> frames) {
        for (int c = s.firstToken() + MIN_CLAUSE_TOKENS; c + 1 < s.endToken(); c++) {
            Token citing = doc.token(c);
            if (!citing.isLower("citing") || !doc.token(c - 1).is(",") || doc.quoted(citing.start())) {
                continue;
            }
            for (int i = sentenceFrames; i < frames.size(); i++) {
                if (frames.get(i).cueStart() != citing.start()) {
                    return;
                }
            }
            Mention source = subjects.subjectAfter(doc, c + 1, s.endToken(), true);
            if (source == null || source.kind() == Mention.Kind.PRONOUN) {
                return;
            }
            Token first = doc.token(s.firstToken());
            Token last = doc.token(c - 2);
            if (doc.quoted(first.start()) || last.end() <= first.start()) {
                return;
            }
            frames.subList(sentenceFrames, frames.size()).clear();
            frames.add(new Frame(
                    RULE,
                    citing.start(),
                    citing.end(),
                    source,
                    List.of(new int[] {first.start(), last.end()}),
                    s.index(),
                    -1,
                    -1));
            return;
        }
    }
}
