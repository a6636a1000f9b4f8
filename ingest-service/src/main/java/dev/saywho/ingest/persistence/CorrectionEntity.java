package dev.saywho.ingest.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import dev.saywho.common.CorrectionAction;

/**
 * One change made by a person, kept in the audit log with the state before and after (JSON), so that it can be shown
 * and undone. Article, quote and speaker ids are plain columns: the log outlives what it describes.
 */
@Entity
@Table(name = "correction")
public class CorrectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "correction_seq")
    @SequenceGenerator(name = "correction_seq", sequenceName = "correction_seq", allocationSize = 50)
    public Long id;

    @Column(name = "made_at", nullable = false)
    public OffsetDateTime madeAt;

    @Column(name = "made_by", length = ColumnWidths.SUBMITTED_BY)
    public String madeBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ColumnWidths.ACTION)
    public CorrectionAction action;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "quote_id")
    public Long quoteId;

    @Column(name = "speaker_id")
    public Long speakerId;

    @Column(name = "other_speaker_id")
    public Long otherSpeakerId;

    @Column(nullable = false, length = ColumnWidths.SUMMARY)
    public String summary;

    @Column(name = "before_state")
    public String before;

    @Column(name = "after_state")
    public String after;

    @Column(name = "undo_of")
    public Long undoOf;

    @Column(name = "undone_by")
    public Long undoneBy;
}
