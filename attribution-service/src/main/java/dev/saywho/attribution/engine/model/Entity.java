package dev.saywho.attribution.engine.model;

import dev.saywho.common.SpeakerKind;

/**
 * A resolved speaker: fullest canonical name in the article, its kind, and (when the article gives them) role and
 * affiliation.
 */
public record Entity(String name, SpeakerKind kind, String role, String affiliation) {

    public Entity withRoleAndAffiliation(String newRole, String newAffiliation) {
        return new Entity(name, kind, newRole, newAffiliation);
    }
}
