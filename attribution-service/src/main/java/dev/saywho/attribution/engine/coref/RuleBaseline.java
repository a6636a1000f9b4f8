package dev.saywho.attribution.engine.coref;

import java.util.List;

import dev.saywho.attribution.engine.coref.CorefLexicon.GrammaticalNumber;
import dev.saywho.attribution.engine.entities.EntityType;

/**
 * The rule the learned linker is measured against (and reads as a feature): the most recent earlier mention that
 * agrees with the anaphor. He and she take a singular person, or a singular mention of their gender; it takes a
 * singular mention that is no person and of no gender; they a plural one or an organisation; a description the most
 * recent mention that shares its head word ({@code the authority} after {@code Tessaly Harbour Authority}); no
 * agreeing candidate means no antecedent.
 */
public final class RuleBaseline {

    private RuleBaseline() {}

    /** The rule's antecedent of mention {@code anaphor} among {@code candidates} (mention indices), or -1 for none. */
    public static int antecedent(CorefInput input, int anaphor, List<Integer> candidates) {
        int k = choose(new CorefContext(input, CorefLexicon.standard()), anaphor, candidates);
        return k < 0 ? -1 : candidates.get(k);
    }

    /** The place in {@code candidates} (nearest first) of the rule's choice, or -1 for none. */
    static int choose(CorefContext c, int anaphor, List<Integer> candidates) {
        AnaphorClass cls = c.anaphorClass[anaphor];
        if (cls == null) {
            return -1;
        }
        for (int k = 0; k < candidates.size(); k++) {
            if (agrees(c, cls, anaphor, candidates.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean agrees(CorefContext c, AnaphorClass cls, int anaphor, int candidate) {
        EntityType type = c.type(candidate);
        GrammaticalNumber number = c.number[candidate];
        int gender = c.genderAgreement(anaphor, candidate);
        return switch (cls) {
            case HE_SHE ->
                number != GrammaticalNumber.PLURAL
                        && gender != CorefContext.DISAGREE
                        && (type == EntityType.PERSON || (type == null && gender == CorefContext.AGREE));
            case IT ->
                number != GrammaticalNumber.PLURAL
                        && gender != CorefContext.DISAGREE
                        && type != EntityType.PERSON
                        && (c.mention(candidate).kind() != MentionKind.PRONOUN || c.neuter[candidate]);
            case THEY -> number == GrammaticalNumber.PLURAL || type == EntityType.ORGANIZATION;
            case NOMINAL -> HeadMatchFeatures.match(c, anaphor, candidate) != HeadMatchFeatures.NONE;
        };
    }
}
