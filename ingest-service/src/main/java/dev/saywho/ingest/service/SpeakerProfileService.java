package dev.saywho.ingest.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.SpeakerSummary;
import dev.saywho.ingest.persistence.StatisticsRepository;
import dev.saywho.ingest.persistence.StatisticsRepository.DayTypeCount;
import dev.saywho.ingest.persistence.StatisticsRepository.LabelCount;

/** A speaker as the speaker page shows them: the names, mentions, roles and affiliations seen, with counts. */
@ApplicationScoped
public class SpeakerProfileService {

    /** A speaker's profile; the quotes themselves are paged by {@link QuoteQueryService}. */
    public record SpeakerProfile(
            SpeakerSummary speaker,
            List<LabelCount> names,
            List<LabelCount> mentions,
            List<LabelCount> roles,
            List<LabelCount> affiliations,
            List<DayTypeCount> quotesPerDay) {}

    private final SpeakerService speakers;
    private final StatisticsRepository statistics;

    public SpeakerProfileService(SpeakerService speakers, StatisticsRepository statistics) {
        this.speakers = speakers;
        this.statistics = statistics;
    }

    /** The speaker's profile, read in one transaction; empty if there is no such speaker. */
    @Transactional
    public Optional<SpeakerProfile> profile(long speakerId) {
        return speakers.find(speakerId)
                .map(speaker -> new SpeakerProfile(
                        speaker,
                        statistics.speakerValues(speakerId, "speaker_name"),
                        statistics.speakerValues(speakerId, "mention_text"),
                        statistics.speakerValues(speakerId, "role"),
                        statistics.speakerValues(speakerId, "affiliation"),
                        statistics.speakerQuotesPerDay(speakerId)));
    }
}
