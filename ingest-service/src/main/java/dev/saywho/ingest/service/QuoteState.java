package dev.saywho.ingest.service;

import java.time.OffsetDateTime;

import dev.saywho.common.Gender;
import dev.saywho.common.QuoteType;
import dev.saywho.common.ReviewState;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;
import dev.saywho.ingest.persistence.QuoteEntity;
import dev.saywho.ingest.persistence.SpeakerEntity;

/**
 * Everything a person can change about a quote, as the audit log keeps it before and after a change: enough to put it
 * back exactly (an undo), and readable as JSON in the log.
 */
record QuoteState(
        Long speakerId,
        String speakerName,
        String mentionText,
        Integer mentionStart,
        Integer mentionEnd,
        String role,
        String roleEvidence,
        Integer roleStart,
        Integer roleEnd,
        String affiliation,
        String affiliationEvidence,
        Integer affiliationStart,
        Integer affiliationEnd,
        QuoteType type,
        int start,
        int end,
        String text,
        String fragments,
        ReviewState review,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        String engineNote,
        long version,
        Gender gender,
        String genderEvidence,
        SourceKind sourceKind,
        RoleClass roleClass) {

    static QuoteState of(QuoteEntity q) {
        return new QuoteState(
                q.speaker == null ? null : q.speaker.id,
                q.speakerName,
                q.mentionText,
                q.mentionStart,
                q.mentionEnd,
                q.role,
                q.roleEvidence,
                q.roleStart,
                q.roleEnd,
                q.affiliation,
                q.affiliationEvidence,
                q.affiliationStart,
                q.affiliationEnd,
                q.type,
                q.startOffset,
                q.endOffset,
                q.text,
                q.fragments,
                q.reviewState,
                q.reviewedBy,
                q.reviewedAt,
                q.engineNote,
                q.version,
                q.gender,
                q.genderEvidence,
                q.sourceKind,
                q.roleClass);
    }

    /** Puts this state back on the quote (its revision moves on, as with any change). */
    void applyTo(QuoteEntity q, SpeakerEntity speaker) {
        q.speaker = speaker;
        q.speakerName = speakerName;
        q.mentionText = mentionText;
        q.mentionStart = mentionStart;
        q.mentionEnd = mentionEnd;
        q.role = role;
        q.roleEvidence = roleEvidence;
        q.roleStart = roleStart;
        q.roleEnd = roleEnd;
        q.affiliation = affiliation;
        q.affiliationEvidence = affiliationEvidence;
        q.affiliationStart = affiliationStart;
        q.affiliationEnd = affiliationEnd;
        q.type = type;
        q.startOffset = start;
        q.endOffset = end;
        q.text = text;
        q.fragments = fragments;
        q.reviewState = review;
        q.reviewedBy = reviewedBy;
        q.reviewedAt = reviewedAt;
        q.engineNote = engineNote;
        q.gender = gender;
        q.genderEvidence = genderEvidence;
        q.sourceKind = sourceKind;
        q.roleClass = roleClass;
    }
}
