package dev.saywho.ingest.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.saywho.common.Gender;
import dev.saywho.common.QuoteType;
import dev.saywho.common.ReviewState;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SourceKind;

/** A stored quotation, with the speaker details its article gives. Offsets refer to the article's normalized text. */
@Entity
@Table(name = "quote")
public class QuoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    /** Order of the quote in its article. */
    public int position;

    @Column(nullable = false)
    public String text;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ColumnWidths.ENUM)
    public QuoteType type;

    /** Fragments of an interrupted quote as a JSON array of spans. */
    @Column(nullable = false)
    public String fragments;

    @Column(name = "cue_text", length = ColumnWidths.LABEL)
    public String cueText;

    @Column(name = "cue_start")
    public Integer cueStart;

    @Column(name = "cue_end")
    public Integer cueEnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public SpeakerEntity speaker;

    @Column(name = "speaker_name", length = ColumnWidths.LABEL)
    public String speakerName;

    @Column(name = "mention_text", length = ColumnWidths.LABEL)
    public String mentionText;

    @Column(name = "mention_start")
    public Integer mentionStart;

    @Column(name = "mention_end")
    public Integer mentionEnd;

    /** Where the article gives the role: its words and offsets into the article text, null when it gives none. */
    @Column(name = "role_evidence", length = ColumnWidths.LABEL)
    public String roleEvidence;

    @Column(name = "role_start")
    public Integer roleStart;

    @Column(name = "role_end")
    public Integer roleEnd;

    /** Where the article gives the affiliation: its words and offsets, null when it gives none. */
    @Column(name = "affiliation_evidence", length = ColumnWidths.LABEL)
    public String affiliationEvidence;

    @Column(name = "affiliation_start")
    public Integer affiliationStart;

    @Column(name = "affiliation_end")
    public Integer affiliationEnd;

    @Column(length = ColumnWidths.LABEL)
    public String role;

    @Column(length = ColumnWidths.LABEL)
    public String affiliation;

    public double confidence;

    @Column(length = ColumnWidths.SIEVE)
    public String sieve;

    /** The engine's rule that found the quote and decided its speaker (null before engine 1.3.0). */
    @Column(length = ColumnWidths.RULE)
    public String rule;

    @Column(name = "engine_version", nullable = false, length = ColumnWidths.ENGINE_VERSION)
    public String engineVersion;

    /** Revision for optimistic locking: a correction names the revision it was made on (If-Match). */
    @Version
    public long version;

    /** What a person decided about the quote; null when nobody has reviewed it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", length = ColumnWidths.ENUM)
    public ReviewState reviewState;

    @Column(name = "reviewed_by", length = ColumnWidths.SUBMITTED_BY)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    /** Where the latest attribution disagrees with a person's decision on this quote; null when it agrees. */
    @Column(name = "engine_note", length = ColumnWidths.LABEL)
    public String engineNote;

    /** The speaker's gender as the article states it (engine 1.11.0 on; null before, and for quotes without one). */
    @Enumerated(EnumType.STRING)
    @Column(length = ColumnWidths.ENUM)
    public Gender gender;

    /** The words that state the gender: a JSON list of {kind, span, gender}; null when there are none. */
    @Column(name = "gender_evidence")
    public String genderEvidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", length = ColumnWidths.ENUM)
    public SourceKind sourceKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_class", length = ColumnWidths.ENUM)
    public RoleClass roleClass;
}
