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
import jakarta.persistence.Version;

import dev.saywho.common.SpeakerKind;

/** A speaker across articles, identified by normalized name key and kind. */
@Entity
@Table(name = "speaker")
public class SpeakerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_seq")
    @SequenceGenerator(name = "speaker_seq", sequenceName = "speaker_seq", allocationSize = 50)
    public Long id;

    @Column(name = "name_key", nullable = false, length = ColumnWidths.LABEL)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ColumnWidths.ENUM)
    public SpeakerKind kind;

    @Column(nullable = false, length = ColumnWidths.LABEL)
    public String name;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    /** The speaker this one was merged into: this row stays as its alias. Null for a speaker in its own right. */
    @Column(name = "merged_into")
    public Long mergedInto;
}
