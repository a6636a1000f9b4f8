package dev.saywho.ingest.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.saywho.common.PageOf;
import dev.saywho.common.SpeakerSummary;
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

    /** A page of speakers whose name contains {@code name} and who were quoted for {@code organization}. */
    @Transactional
    public PageOf<SpeakerSummary> search(String name, String organization, int page, int size) {
        String nameKey = name == null ? null : SpeakerNames.key(name);
        List<SpeakerEntity> found = speakers.search(nameKey, organization, page, size);
        return PageOf.of(summaries(found), page, size, speakers.countSearch(nameKey, organization));
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
        return found.stream()
                .map(s -> mapper.toSummary(s, counts.get(s.id), roles.get(s.id), affiliations.get(s.id)))
                .toList();
    }
}
