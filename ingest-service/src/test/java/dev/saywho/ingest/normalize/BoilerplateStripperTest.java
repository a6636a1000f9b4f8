package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateStripperTest {

    private static final String LEDE = "Mayor Ilse Varga of Port Tessaly reopened the harbour on Sunday.";

    private final BoilerplateStripper stripper = new BoilerplateStripper();
    private final List<RemovedText> removed = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "(Bloomberg) —",
                "(Bloomberg) --",
                "WASHINGTON (Reuters) -",
                "SEOUL, Aug 14 (AP) —",
                "LONDON, March 3 (Reuters) –",
                "PORT TESSALY (Tessaly Wire) —",
                "NEW VARDO, Sept. 9, 2024 (AFP) -",
                "ORVIN, Kestrel Valley, Monday (dpa) —",
                "SAN JOSÉ, 14 August (Reuters) ―",
                "BEIJING/HONG KONG (Reuters) -",
                "Port Tessaly (AFP) -",
                "New Vardo, Kestrel Valley, March 3 (AP) —",
            })
    void stripsLeadingAgencyTag(String tag) {
        assertThat(stripper.strip(tag + " " + LEDE, removed)).isEqualTo(LEDE);
        assertThat(removed).containsExactly(new RemovedText(RemovalKind.AGENCY_TAG, tag));
    }

    @Test
    void stripsAgencyTagWithoutSpaceAfterTheDash() {
        assertThat(stripper.strip("(Bloomberg) —" + LEDE, removed)).isEqualTo(LEDE);
        assertThat(removed).containsExactly(new RemovedText(RemovalKind.AGENCY_TAG, "(Bloomberg) —"));
    }

    @Test
    void stripsDatelineWithoutAgency() {
        assertThat(stripper.strip("PORT TESSALY, March 3 — " + LEDE, removed)).isEqualTo(LEDE);
        assertThat(removed).containsExactly(new RemovedText(RemovalKind.DATELINE, "PORT TESSALY, March 3 —"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "NATO — the alliance — met in Port Tessaly on Monday.",
                "Varga (left) — who built the first pier — cut the ribbon.",
                "Ilse Varga (Tessaly Party) - the mayor since 2019 - spoke first.",
                "WASHINGTON — Mayor Ilse Varga arrived in the capital.",
                "Port Tessaly (pop. 40,000) — a fishing town — reopened its harbour.",
                "(The figures exclude the harbour, which was closed) and the mayor said so.",
                "Copyright law in Port Tessaly is older than the harbour, Varga said.",
                "Reading: the mayor's favourite pastime, she told the Herald.",
                "Reporting by the Tessaly Herald revealed that the harbour was unsafe.",
                "With assistance from the navy, the town rebuilt the piers in three weeks.",
                "Editing by hand is slow, the printer Aldo Feyn said.",
                "Subscribers to the Herald were told first.",
                "“Read: it is all in the report,” Varga said.",
                "He said the cost was ©-free, which nobody believed.",
                "By Tuesday, the harbour was open again.",
                "By Ilse Varga's count, the storm destroyed nine piers.",
                "Advertisement revenue at the Herald fell by a third.",
            })
    void leavesNormalSentencesAlone(String sentence) {
        assertThat(stripper.strip(sentence, removed)).isEqualTo(sentence);
        assertThat(removed).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "COPYRIGHT | ©2023 Bloomberg L.P.",
                "COPYRIGHT | © 2024 Tessaly Herald",
                "COPYRIGHT | Copyright 2024 The Associated Press. All rights reserved.",
                "COPYRIGHT | Copyright © 2021-2024 Vardo Courier",
                "COPYRIGHT | (c) 2024 Tessaly Wire",
                "COPYRIGHT | All rights reserved.",
                "PROMOTION | More stories like this are available on herald.example",
                "PROMOTION | Read: Port Tessaly Counts the Cost of the Storm",
                "PROMOTION | Read more: Harbour Reopening Draws Crowds",
                "PROMOTION | READ MORE: Harbour Reopening Draws Crowds",
                "PROMOTION | Sign up for the Tessaly Herald morning newsletter.",
                "PROMOTION | Follow us on Twitter and Facebook.",
                "PROMOTION | Subscribe to the Vardo Courier for unlimited access.",
                "PROMOTION | Click here to see the photo gallery.",
                "PROMOTION | Advertisement",
                "PROMOTION | Story continues below advertisement",
                "CREDIT    | –With assistance from Tomas Brel.",
                "CREDIT    | --With assistance from Tomas Brel and Ona Petrak.",
                "CREDIT    | With assistance from Ona Petrak in Vardo.",
                "CREDIT    | Reporting by Ilse Varga; Editing by Mara Quint",
                "CREDIT    | (Reporting by Aldo Feyn in Port Tessaly; Additional reporting by Ona Petrak; "
                        + "Writing by Tomas Brel; Editing by Mara Quint)",
                "CREDIT    | Additional reporting by Petra Lindqvar.",
                "CREDIT    | Writing by Tomas Brel; editing by Mara Quint",
                "CREDIT    | To contact the reporter on this story: Ilse Varga in Port Tessaly at "
                        + "ivarga@herald.example",
                "CREDIT    | Associated Press writer Ona Petrak in Vardo contributed to this report.",
                "CREDIT    | By Ilse Varga",
                "CREDIT    | Contributing: Ilse Varga, Tomas Brel",
                "CREDIT    | By Ilse Varga and Tomas Brel",
                "CREDIT    | By Ona Petrak, Tessaly Wire",
            })
    void removesWholeBoilerplateParagraph(RemovalKind kind, String paragraph) {
        assertThat(stripper.strip(paragraph, removed)).isNull();
        assertThat(removed).containsExactly(new RemovedText(kind, paragraph));
    }

    @Test
    void recordsTagAndParagraphWhenBothGo() {
        assertThat(stripper.strip("(Bloomberg) — Read: Port Tessaly Counts the Cost", removed))
                .isNull();
        assertThat(removed)
                .containsExactly(
                        new RemovedText(RemovalKind.AGENCY_TAG, "(Bloomberg) —"),
                        new RemovedText(RemovalKind.PROMOTION, "Read: Port Tessaly Counts the Cost"));
    }

    @Test
    void longParagraphStartingLikeAPromotionIsArticleText() {
        String paragraph = "Click here, the mayor said, was all the old website ever told residents. "
                + "The new one lists every ferry, every pier, every closure and every opening hour in Port Tessaly, "
                + "and Varga said it cost the town far less than the consultants had estimated last spring, "
                + "which council members from all parties welcomed at Tuesday's meeting in the town hall.";
        assertThat(stripper.strip(paragraph, removed)).isEqualTo(paragraph);
    }
}
