package dev.saywho.attribution.engine.model;

import dev.saywho.common.SpeakerKind;

/**
 * A resolved speaker: fullest canonical name in the article, its kind, and (when the article gives them) role and
 * affiliation with where the article gives them (null when it does not).
 */
public record Entity(
        String name,
        SpeakerKind kind,
        String role,
        String affiliation,
        Evidence roleEvidence,
        Evidence affiliationEvidence) {

    public Entity(String name, SpeakerKind kind, String role, String affiliation) {
        this(name, kind, role, affiliation, null, null);
    }

    public Entity withRoleAndAffiliation(
            String newRole, String newAffiliation, Evidence newRoleEvidence, Evidence newAffiliationEvidence) {
        return new Entity(name, kind, newRole, newAffiliation, newRoleEvidence, newAffiliationEvidence);
    }

    public Entity withKind(SpeakerKind newKind) {
        return new Entity(name, newKind, role, affiliation, roleEvidence, affiliationEvidence);
    }
}
