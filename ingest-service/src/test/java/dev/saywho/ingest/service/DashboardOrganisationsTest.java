package dev.saywho.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.common.SpeakerKind;
import dev.saywho.ingest.persistence.StatisticsRepository.LabelCount;
import dev.saywho.ingest.persistence.StatisticsRepository.SpeakerCount;

class DashboardOrganisationsTest {

    @Test
    void anOrganisationSpeakingAndThroughItsPeopleIsCountedOnceWithBoth() {
        List<SpeakerCount> speakers = List.of(
                new SpeakerCount(1, "Ilse Varga", SpeakerKind.PERSON, 40),
                new SpeakerCount(2, "Tessaly Harbour Authority", SpeakerKind.ORGANIZATION, 7),
                new SpeakerCount(3, "Orrin Institute", SpeakerKind.ORGANIZATION, 3));
        List<LabelCount> affiliations =
                List.of(new LabelCount("Port Tessaly", 9), new LabelCount("Tessaly Harbour Authority", 4));

        List<LabelCount> ranked = DashboardService.topOrganisations(speakers, affiliations);

        assertThat(ranked)
                .containsExactly(
                        new LabelCount("Tessaly Harbour Authority", 11),
                        new LabelCount("Port Tessaly", 9),
                        new LabelCount("Orrin Institute", 3));
    }

    @Test
    void atMostTheTopTenAndTiesInNameOrder() {
        List<LabelCount> affiliations = java.util.stream.IntStream.range(0, 15)
                .mapToObj(i -> new LabelCount("Board " + (char) ('A' + i), 5))
                .toList();

        List<LabelCount> ranked = DashboardService.topOrganisations(List.of(), affiliations);

        assertThat(ranked).hasSize(DashboardService.TOP).first().isEqualTo(new LabelCount("Board A", 5));
        assertThat(ranked).last().isEqualTo(new LabelCount("Board J", 5));
    }
}
