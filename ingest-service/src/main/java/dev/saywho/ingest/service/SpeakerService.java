package dev.saywho.ingest.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.Gender;
import dev.saywho.common.PageOf;
import dev.saywho.common.SortDirection;
import dev.saywho.common.SpeakerKind;
import dev.saywho.common.SpeakerSort;
import dev.saywho.common.SpeakerSummary;
import dev.saywho.ingest.persistence.SpeakerCriteria;
import dev.saywho.ingest.persistence.SpeakerEntity;
import dev.saywho.ingest.persistence.SpeakerNames;
import dev.saywho.ingest.persistence.SpeakerRepository;

/** Speakers across articles with their quote and article counts, roles and affiliations. */
@ApplicationScoped
public class SpeakerService {

    private final SpeakerRepository speakers;
    private final ArticleMapper mapper;

    public SpeakerService(SpeakerRepository speakers, ArticleMapper mapper) {
        this.speakers = speakers;
        this.mapper = mapper;
    }

    /**
     * Which speakers a list shows; null fields do not filter.
     *
     * @param name part of the name (case and accents ignored)
     * @param prefix start of the name (case and accents ignored)
     * @param organization part of an affiliation the speaker was quoted with, or of an organisation speaker's name
     * @param kind exact kind
     */
    public record SpeakerFilter(String name, String prefix, String organization, SpeakerKind kind) {}

    /** A page of the speakers that match {@code filter}, sorted in the database by {@code sort} in {@code direction}. */
    @Transactional
    public PageOf<SpeakerSummary> search(
            SpeakerFilter filter, SpeakerSort sort, SortDirection direction, int page, int size) {
        SpeakerCriteria criteria =
                new SpeakerCriteria(key(filter.name()), key(filter.prefix()), filter.organization(), filter.kind());
        List<SpeakerEntity> found = speakers.search(criteria, sort, direction, page, size);
        return PageOf.of(summaries(found), page, size, speakers.countSearch(criteria));
    }

    /** The name key of a name filter; a filter of nothing but punctuation or spaces is none. */
    private static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = SpeakerNames.key(name);
        return key.isEmpty() ? null : key;
    }

    @Transactional
    public Optional<SpeakerSummary> find(long speakerId) {
        return speakers.findByIdOptional(speakerId)
                .map(speaker -> summaries(List.of(speaker)).get(0));
    }

    private List<SpeakerSummary> summaries(List<SpeakerEntity> found) {
        List<Long> ids = found.stream().map(s -> s.id).toList();
        Map<Long, SpeakerRepository.Counts> counts = speakers.counts(ids);
        Map<Long, SortedSet<String>> roles = speakers.distinctValues(ids, "role");
        Map<Long, SortedSet<String>> affiliations = speakers.distinctValues(ids, "affiliation");
        Map<Long, Map<Gender, Long>> genders = speakers.gendersStated(ids);
        return found.stream()
                .map(s -> mapper.toSummary(
                        s, counts.get(s.id), roles.get(s.id), affiliations.get(s.id), genders.get(s.id)))
                .toList();
    }
}
