package dev.saywho.attribution.engine.coref;

import java.util.List;

/**
 * One anaphor and its candidate antecedents (mention indices, nearest first), in the context of their input: what the
 * feature generators score, with the rule baseline's choice among the candidates computed once.
 */
final class Candidates {

    final CorefContext context;
    final int anaphor;
    final List<Integer> mentions;
    /** The place in {@link #mentions} of the rule baseline's choice, or -1 for none. */
    final int ruleChoice;

    Candidates(CorefContext context, int anaphor, List<Integer> mentions) {
        this.context = context;
        this.anaphor = anaphor;
        this.mentions = List.copyOf(mentions);
        this.ruleChoice = RuleBaseline.choose(context, anaphor, this.mentions);
    }

    int size() {
        return mentions.size();
    }

    /** The mention index of candidate {@code k}. */
    int get(int k) {
        return mentions.get(k);
    }

    /** The anaphor's class as a feature value (the hash of its name, or of {@code unknown} when it is none). */
    long anaphorClass() {
        AnaphorClass c = context.anaphorClass[anaphor];
        return CorefFeature.value(c);
    }
}
