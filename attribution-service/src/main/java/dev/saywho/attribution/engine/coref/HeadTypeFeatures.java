package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/**
 * {@code head-type}: the words that tell what goes with what. A description's head lemma with the candidate's entity
 * type and kind ({@code company} learns to go to organisations); a pronoun's class with a described candidate's head
 * lemma ({@code he} and {@code minister}) or a named one's first name ({@code she} and {@code Ilse}); for none, the
 * description's head lemma (some descriptions are rarely anaphoric).
 */
final class HeadTypeFeatures implements CorefFeature {

    @Override
    public String name() {
        return "head-type";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        int candidate = cs.get(k);
        Mention m = c.mention(candidate);
        if (c.anaphorClass[cs.anaphor] == AnaphorClass.NOMINAL) {
            long head = Hashing.of(c.headLemma[cs.anaphor]);
            EntityType t = m.type();
            out.add(0, head, CorefFeature.value(t));
            out.add(1, head, CorefFeature.value(m.kind()));
        } else if (m.kind() == MentionKind.NOMINAL) {
            out.add(2, cs.anaphorClass(), Hashing.of(c.headLemma[candidate]));
        } else if (m.kind() == MentionKind.NAME) {
            out.add(3, cs.anaphorClass(), Hashing.of(c.firstName[candidate]));
        }
    }

    @Override
    public void none(Candidates cs, FeatureSink out) {
        if (cs.context.anaphorClass[cs.anaphor] == AnaphorClass.NOMINAL) {
            out.add(4, Hashing.of(cs.context.headLemma[cs.anaphor]));
        }
    }
}
