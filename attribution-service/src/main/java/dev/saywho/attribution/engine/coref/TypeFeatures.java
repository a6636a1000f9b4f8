package dev.saywho.attribution.engine.coref;

import dev.saywho.attribution.engine.entities.EntityType;
import dev.saywho.attribution.engine.learn.FeatureSink;
import dev.saywho.attribution.engine.learn.Hashing;

/** {@code type}: the candidate's entity type (or unknown), by anaphor class and by the anaphor's word (its vs their). */
final class TypeFeatures implements CorefFeature {

    @Override
    public String name() {
        return "type";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public void pair(Candidates cs, int k, FeatureSink out) {
        CorefContext c = cs.context;
        EntityType t = c.type(cs.get(k));
        long type = CorefFeature.value(t);
        out.add(0, cs.anaphorClass(), type);
        if (c.mention(cs.anaphor).kind() == MentionKind.PRONOUN) {
            out.add(1, Hashing.of(c.headLower[cs.anaphor]), type);
        }
    }
}
