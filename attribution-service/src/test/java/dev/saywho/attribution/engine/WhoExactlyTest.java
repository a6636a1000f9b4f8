package dev.saywho.attribution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.saywho.common.Quote;
import dev.saywho.common.QuoteSpeaker;
import dev.saywho.common.RoleClass;
import dev.saywho.common.SpeakerKind;

/**
 * Issue 20's classes of wording, one sentence pattern each, written for this test (fictional people, organisations
 * and places): the speaker's whole name, kind, role and affiliation come out as the article gives them.
 */
class WhoExactlyTest {

    private static final AttributionEngine ENGINE = AttributionEngine.create(null);

    /** The speaker of the quote whose text contains {@code words}. */
    private static QuoteSpeaker speakerOf(String text, String words) {
        List<Quote> quotes = ENGINE.attribute(text).quotes();
        for (Quote q : quotes) {
            if (q.text().contains(words)) {
                assertThat(q.speaker()).as("speaker of '%s'", words).isNotNull();
                return q.speaker();
            }
        }
        throw new AssertionError("no quote contains '" + words + "': " + quotes);
    }

    private static void assertSpeaker(QuoteSpeaker s, String name, SpeakerKind kind, String role, String affiliation) {
        assertThat(List.of(
                        s.name(), String.valueOf(s.kind()), String.valueOf(s.role()), String.valueOf(s.affiliation())))
                .containsExactly(name, kind.name(), String.valueOf(role), String.valueOf(affiliation));
    }

    @Test
    void anAmpersandAndAConnectorStayInsideAnOrganisationsName() {
        String text = """
                Orrel & Sons Joinery said on Monday that it would move its workshop to Dunmere.

                The Isle of Penhallow Harbour Council said the new slipway would open in May.

                The Brackwater Chamber of Commerce said its members had not been consulted.""";
        assertSpeaker(
                speakerOf(text, "move its workshop"), "Orrel & Sons Joinery", SpeakerKind.ORGANIZATION, null, null);
        assertSpeaker(
                speakerOf(text, "new slipway"),
                "Isle of Penhallow Harbour Council",
                SpeakerKind.ORGANIZATION,
                null,
                null);
        assertSpeaker(
                speakerOf(text, "not been consulted"),
                "Brackwater Chamber of Commerce",
                SpeakerKind.ORGANIZATION,
                null,
                null);
    }

    @Test
    void aDescriptionOrAPronounPointsBackAtTheNamedOrganisation() {
        String text = """
                Fernhill Cider Works has agreed to sell its orchards to a developer.

                The cider maker said the sale would close in June.

                It said no jobs would be lost.""";
        assertSpeaker(speakerOf(text, "close in June"), "Fernhill Cider Works", SpeakerKind.ORGANIZATION, null, null);
        assertSpeaker(speakerOf(text, "no jobs"), "Fernhill Cider Works", SpeakerKind.ORGANIZATION, null, null);
    }

    @Test
    void aPossessiveRoleNamesTheOrganisationTheArticleIntroduced() {
        String text = """
                The Dunmere Lifeboat Trust opened its new station on Saturday.

                The trust's operations manager, Wilma Achterkamp, said the boat had been launched twice already.

                "We are ready for winter," Achterkamp said.""";
        assertSpeaker(
                speakerOf(text, "launched twice"),
                "Wilma Achterkamp",
                SpeakerKind.PERSON,
                "operations manager",
                "Dunmere Lifeboat Trust");
        assertSpeaker(
                speakerOf(text, "ready for winter"),
                "Wilma Achterkamp",
                SpeakerKind.PERSON,
                "operations manager",
                "Dunmere Lifeboat Trust");
    }

    @Test
    void aRoleAfterTheCueNamesThePersonNotTheOrganisation() {
        String text =
                "Sales of the new sonar fell by a third, said Brimmel Instruments' head of marketing, Oona Tveit.";
        assertSpeaker(
                speakerOf(text, "sonar fell"),
                "Oona Tveit",
                SpeakerKind.PERSON,
                "head of marketing",
                "Brimmel Instruments");
    }

    @Test
    void aRelativeClauseGivesTheRoleAndTheOrganisation() {
        String text = "Ansel Morrow, who chairs the Dunmere Allotments Committee, said the waiting list had doubled.";
        assertSpeaker(
                speakerOf(text, "waiting list"),
                "Ansel Morrow",
                SpeakerKind.PERSON,
                "chair",
                "Dunmere Allotments Committee");
    }

    @Test
    void anUnnamedSourceKeepsItsDescriptionAndItsOrganisation() {
        String text = """
                A spokeswoman for the Dunmere Water Board said the pipes would be replaced next year.

                One lock keeper, who asked not to be named, said the canal had been closed twice this summer.""";
        assertSpeaker(
                speakerOf(text, "pipes would be replaced"),
                "spokeswoman",
                SpeakerKind.ANONYMOUS,
                "spokeswoman",
                "Dunmere Water Board");
        assertThat(speakerOf(text, "canal had been closed").name()).isEqualTo("lock keeper");
    }

    @Test
    void anApppositionWithAPossessiveSplitsRoleAndOrganisation() {
        String text = """
                Fernhill Cider Works opened a shop on Friday.

                Ida Pellew, the company's finance director, said the shop had cost less than planned.""";
        assertSpeaker(
                speakerOf(text, "cost less"),
                "Ida Pellew",
                SpeakerKind.PERSON,
                "finance director",
                "Fernhill Cider Works");
    }

    @Test
    void aDatelineIsInNoSpanAndNamesNobody() {
        String text = """
                Dunmere Ferries Hit by Strike

                DUNMERE (Coastline Wire) — The Harbour Pilots' Guild said on Monday its members would stop work, \
                and said the strike would last a week.""";
        List<Quote> quotes = ENGINE.attribute(text).quotes();
        assertThat(quotes).isNotEmpty();
        for (Quote q : quotes) {
            assertThat(q.text()).doesNotContain("DUNMERE").doesNotContain("Coastline Wire");
            assertThat(q.speaker().name()).isNotEqualTo("DUNMERE");
        }
    }

    @Test
    void aPronounTakesUpTheUnnamedSourceDescribedBeforeIt() {
        String text = """
                A spokeswoman for the Dunmere Water Board said the pipes would be replaced next year.

                "We know which streets come first," she said.""";
        assertSpeaker(
                speakerOf(text, "which streets"),
                "spokeswoman",
                SpeakerKind.ANONYMOUS,
                "spokeswoman",
                "Dunmere Water Board");
    }

    @Test
    void anUnnamedGroupLosesItsNumberAndKeepsWhatDescribesIt() {
        String text = """
                Three nurses at a clinic in Dunmere said the night shift had been cut.

                A person familiar with the plans said the cut would be reversed.""";
        assertThat(speakerOf(text, "night shift").name()).isEqualTo("nurses");
        assertThat(speakerOf(text, "night shift").kind()).isEqualTo(SpeakerKind.ANONYMOUS);
        assertThat(speakerOf(text, "be reversed").name()).isEqualTo("person familiar with the plans");
    }

    @Test
    void anAppositionThatNamesAKindOfCompanyMakesTheSpeakerAnOrganisation() {
        String text = "Halmby Kraft, the regional power company, said 4,000 homes were without electricity.";
        assertSpeaker(speakerOf(text, "without electricity"), "Halmby Kraft", SpeakerKind.ORGANIZATION, null, null);
    }

    @Test
    void aCopulaGivesTheRole() {
        String text = """
                Maren Holloway was chair of the Dunmere Rowing Club when the boathouse burned.

                "We rebuilt it in a year," Holloway said.""";
        assertSpeaker(
                speakerOf(text, "rebuilt it"), "Maren Holloway", SpeakerKind.PERSON, "chair", "Dunmere Rowing Club");
    }

    @Test
    void theContractSaysWhereTheRoleAndTheAffiliationWereRead() {
        String text = """
                Fernhill Cider Works opened a shop on Friday.

                Ida Pellew, the company's finance director, said the shop had cost less than planned.""";
        QuoteSpeaker s = speakerOf(text, "cost less");
        assertThat(s.roleEvidence().text()).isEqualTo("finance director");
        assertThat(text.substring(s.roleEvidence().start(), s.roleEvidence().end()))
                .isEqualTo("finance director");
        assertThat(s.affiliation()).isEqualTo("Fernhill Cider Works");
        assertThat(s.affiliationEvidence().text()).isEqualTo("the company");
        assertThat(text.substring(
                        s.affiliationEvidence().start(), s.affiliationEvidence().end()))
                .isEqualTo("the company");
    }

    @Test
    void anUnnamedSourceDescribedByAClauseOrAPlaceIsTheSourceNotItsLastNoun() {
        String text = """
                A senior engineer who worked on the locks said the gates had rusted through.

                Several boatmen interviewed on Monday said the canal had silted up.

                One keeper near Dunmere, who asked not to be named, said the pumps had failed twice.""";
        assertThat(speakerOf(text, "rusted through").name()).isEqualTo("senior engineer");
        assertThat(speakerOf(text, "silted up").name()).isEqualTo("boatmen");
        assertThat(speakerOf(text, "pumps had failed").name()).isEqualTo("keeper");
        assertThat(speakerOf(text, "pumps had failed").kind()).isEqualTo(SpeakerKind.ANONYMOUS);
        assertThat(speakerOf(text, "pumps had failed").affiliation())
                .as("a place is no employer")
                .isNull();
    }

    @Test
    void theOrganisationTheArticleIsAboutIsTheOneADescriptionMeans() {
        String text = """
                Tolland Marine Works will build two ferries. Tolland Marine Works won the order last week.

                An analyst at Brisk Capital Partners said the order was large.

                The company said the first ferry would sail in 2028.""";
        assertSpeaker(speakerOf(text, "first ferry"), "Tolland Marine Works", SpeakerKind.ORGANIZATION, null, null);
    }

    @Test
    void moreWaysOfGivingARole() {
        String text = """
                The mayor's chief of staff, Oda Brink, said the budget was late.

                Piet Lorne, who sits on the cooperative's board, said the harvest was poor.

                The Dunmere Growers' Cooperative met on Monday.

                The printing company, Askel Print & Packaging, said it had found the leak.

                The Friends of the Dunmere Marshes said the birds had returned.""";
        assertSpeaker(speakerOf(text, "budget was late"), "Oda Brink", SpeakerKind.PERSON, "chief of staff", null);
        assertThat(speakerOf(text, "found the leak").name()).isEqualTo("Askel Print & Packaging");
        assertThat(speakerOf(text, "birds had returned").name()).isEqualTo("Friends of the Dunmere Marshes");
    }

    @Test
    void aTranscriptsLabelInCapitalsIsThePersonItNames() {
        String text = """
                Ottar Brindle-Hawes is the harbour's pilot master.

                Q: What went wrong?

                BRINDLE-HAWES: The buoy had drifted in the night.""";
        assertThat(speakerOf(text, "buoy had drifted").name()).isEqualTo("Ottar Brindle-Hawes");
        assertThat(speakerOf(text, "buoy had drifted").kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aLocalTitleIsNoPartOfTheName() {
        String text = "Councillor Maude Fenwright said the library would stay open.";
        assertThat(speakerOf(text, "library").name()).isEqualTo("Maude Fenwright");
    }

    @Test
    void aRoleBeforeACapitalisedOrganisationAndTheNameItDescribes() {
        String text = """
                The treasurer of the Dunmere Rowing Club, Ines Calloway, said the club had money for a new boat.""";
        assertSpeaker(
                speakerOf(text, "new boat"), "Ines Calloway", SpeakerKind.PERSON, "treasurer", "Dunmere Rowing Club");
    }

    @Test
    void aTradeThatAlsoNamesFirmsStaysAPersonsRole() {
        String text = "Fergal Tann, the company's master distiller, said the casks were ready.";
        assertSpeaker(speakerOf(text, "casks"), "Fergal Tann", SpeakerKind.PERSON, "master distiller", null);
    }

    @Test
    void anOrganisationWithAndOrAnAmpersandInItsNameSpeaksAfterTheQuote() {
        String text = """
                The blaze burned for six hours, the Dunmere Fire and Rescue Service said.

                The beacon will be switched off in May, the Coastal Light & Buoy Board said on Monday.""";
        assertSpeaker(
                speakerOf(text, "six hours"), "Dunmere Fire and Rescue Service", SpeakerKind.ORGANIZATION, null, null);
        assertSpeaker(
                speakerOf(text, "switched off"), "Coastal Light & Buoy Board", SpeakerKind.ORGANIZATION, null, null);
    }

    @Test
    void aPlaceAfterAPrepositionIsNobodyAPronounCouldMean() {
        String text = """
                One baker in Quellbridge said she had stopped selling rye bread.

                "Flour costs twice what it did," she said.

                Tobias Mernagh, who keeps bees at Hollin Cross, said the spring had been kind.

                "The heather came early," he said.""";
        assertThat(speakerOf(text, "Flour costs").name()).isEqualTo("baker");
        assertThat(speakerOf(text, "heather came").name()).isEqualTo("Tobias Mernagh");
    }

    @Test
    void aRelativeClauseVerbNamesTheLeaderOfAPartyTheHeadOfAUnitAndAFarmer() {
        String text = """
                Imogen Sallow, who leads the Green Harbour Alliance on Quellbridge Council, said the vote was rushed.

                Petr Vanko, who leads the college's Soil Biology Group, said the samples were clean.

                Aled Pryce, who farms 200 sheep at Hollin Cross, said the grass was late.""";
        assertSpeaker(
                speakerOf(text, "vote was rushed"),
                "Imogen Sallow",
                SpeakerKind.PERSON,
                "leader",
                "Green Harbour Alliance");
        assertThat(speakerOf(text, "samples were clean").role()).isEqualTo("head");
        assertSpeaker(speakerOf(text, "grass was late"), "Aled Pryce", SpeakerKind.PERSON, "farmer", null);
    }

    @Test
    void anUnnamedSourceHasARoleOnlyWhenItsDescriptionGivesATrade() {
        String text = """
                One neighbour said the alarm had rung all night.

                A lock keeper on the canal said the water was higher than in any spring he remembered.""";
        assertSpeaker(speakerOf(text, "alarm had rung"), "neighbour", SpeakerKind.ANONYMOUS, null, null);
        assertSpeaker(speakerOf(text, "water was higher"), "lock keeper", SpeakerKind.ANONYMOUS, "lock keeper", null);
    }

    @Test
    void aRoleKeepsItsFieldAndACountryOrAPlaceInANameIsNoEmployer() {
        String text = """
                The Beekeepers' Guild of Quellmark said hives had been lost across the island.

                Ansgar Tolle became Quellmark's chief plant health officer in April, weeks before the first losses.

                "We found the mite in six apiaries," Tolle said.

                Ines Marrow, a lecturer in insect ecology at the University of Hollin, said the winter had been mild.""";
        assertSpeaker(
                speakerOf(text, "six apiaries"),
                "Ansgar Tolle",
                SpeakerKind.PERSON,
                "chief plant health officer",
                null);
        assertSpeaker(
                speakerOf(text, "winter had been mild"),
                "Ines Marrow",
                SpeakerKind.PERSON,
                "lecturer in insect ecology",
                "University of Hollin");
    }

    @Test
    void moreRolesBeforeTheNameAndInItsRelativeClause() {
        String text = """
                Hollin Valley Creamery has cut its milk order by a fifth.

                The creamery's head of buying, Lotte Brandvik, said the cut was temporary.

                Her driver, Emil Soto, said the van had made its last run on Friday.

                A freelance food chemist, Dana Orlov, said the cheese was safe.

                Mira Koss, who heads the creamery's export sales, said orders from abroad were steady.

                Rafe Dunn, who trained as a cook in the 1990s and now manages the Hollin Arms Hotel, said he would \
                buy elsewhere.

                Tomas Leer, an analyst at the Quellbridge brokerage Marlow & Finch, said the shares had fallen.""";
        assertSpeaker(
                speakerOf(text, "temporary"),
                "Lotte Brandvik",
                SpeakerKind.PERSON,
                "head of buying",
                "Hollin Valley Creamery");
        assertSpeaker(speakerOf(text, "last run"), "Emil Soto", SpeakerKind.PERSON, "driver", null);
        assertSpeaker(speakerOf(text, "was safe"), "Dana Orlov", SpeakerKind.PERSON, "freelance food chemist", null);
        assertSpeaker(
                speakerOf(text, "orders from abroad"),
                "Mira Koss",
                SpeakerKind.PERSON,
                "head of export sales",
                "Hollin Valley Creamery");
        assertSpeaker(
                speakerOf(text, "buy elsewhere"), "Rafe Dunn", SpeakerKind.PERSON, "manager", "Hollin Arms Hotel");
        assertSpeaker(
                speakerOf(text, "shares had fallen"), "Tomas Leer", SpeakerKind.PERSON, "analyst", "Marlow & Finch");
    }

    @Test
    void aBusinessDescribedByItsTradeAGroupOpeningTheSentenceAndANameWithAnAcronym() {
        String text = """
                Hollin Sound Ferries will drop its winter timetable in January.

                The operator said bookings had fallen by a third.

                Inspectors at the harbour said the ramp was unsafe.

                The Office for Quellmark Waterways (OQW) said it would review the ramp.""";
        assertSpeaker(
                speakerOf(text, "bookings had fallen"), "Hollin Sound Ferries", SpeakerKind.ORGANIZATION, null, null);
        assertThat(speakerOf(text, "ramp was unsafe").kind()).isEqualTo(SpeakerKind.ANONYMOUS);
        assertThat(speakerOf(text, "ramp was unsafe").name()).isEqualToIgnoringCase("inspectors");
        assertSpeaker(
                speakerOf(text, "review the ramp"),
                "Office for Quellmark Waterways",
                SpeakerKind.ORGANIZATION,
                null,
                null);
    }

    @Test
    void aDocumentsIssuerIsTheSourceOfWhatItSays() {
        String text = """
                The Hollin Mountain Rescue Team was called out at dawn.

                Two walkers were found near the summit, according to a statement from the team.""";
        assertSpeaker(
                speakerOf(text, "Two walkers"), "Hollin Mountain Rescue Team", SpeakerKind.ORGANIZATION, null, null);
    }

    @Test
    void anOrganisationIntroducedByItsKindIsTheOneNamedNext() {
        String text = """
                HOLLIN — Pear orchards across the valley lost half their blossom to a late frost, a fruit growers' \
                association warned on Tuesday.

                The Hollin Fruit Growers' Association, which speaks for 210 farms, asked for emergency loans.""";
        assertSpeaker(
                speakerOf(text, "lost half their blossom"),
                "Hollin Fruit Growers' Association",
                SpeakerKind.ORGANIZATION,
                null,
                null);
    }

    @Test
    void aHeadlineSaysWhoInTitleCaseAndTheBodyNamesIt() {
        String text = """
                Winter Sailings to Quell Island Will Be Halved, Ferry Operator Says

                HOLLIN — Hollin Sound Ferries will halve its winter sailings to Quell Island, the company said on \
                Monday.

                Night Buses Will Stop in March, Council Confirms

                The Hollin transport council said on Friday that the night buses would stop.""";
        assertSpeaker(speakerOf(text, "Winter Sailings"), "Hollin Sound Ferries", SpeakerKind.ORGANIZATION, null, null);
        assertSpeaker(speakerOf(text, "Night Buses"), "transport council", SpeakerKind.ORGANIZATION, null, null);
    }

    @Test
    void theLearnedLinkerTakesUpAPronounTheRulesCouldOnlyGuess() {
        // the rules take the nearest name that may be a woman's, and Ormond's gender is unknown to them; the learned
        // linker, asked only then, picks the name whose gender agrees
        String text = """
                Margaret Hollis spoke after Ormond Quaile had left the hall.

                "We will appeal," she said.""";
        assertThat(speakerOf(text, "We will appeal").name()).isEqualTo("Margaret Hollis");
    }

    @Test
    void agesDurationsStateOfficesTitlesAndKindsOfFirmAroundAName() {
        String text = """
                Quellmark Haulage will close its depot in Hollin, the firm said.

                Tamsin Rook, 58, a lorry driver for almost thirty years, said the news came without warning.

                "Nobody told us anything," said the operator's depot manager, Ewan Pask.

                Quellmark's transport minister, Ida Varn, said she would meet the unions.

                "The roads will not be safer for it," said Orla Venn, Chief Inspector of Hollin Police.

                According to Ivo Marten, an analyst at the brokerage Pell Varga Securities, the firm had lost money \
                for three years.

                According to Marten, the depot had been losing money since 2019.

                Jonas Aberdeen became chief dispatcher of the depot in 2015.

                "We ran it like a watch," Aberdeen said.""";
        assertSpeaker(speakerOf(text, "without warning"), "Tamsin Rook", SpeakerKind.PERSON, "lorry driver", null);
        assertSpeaker(
                speakerOf(text, "Nobody told us"),
                "Ewan Pask",
                SpeakerKind.PERSON,
                "depot manager",
                "Quellmark Haulage");
        assertSpeaker(speakerOf(text, "meet the unions"), "Ida Varn", SpeakerKind.PERSON, "transport minister", null);
        assertSpeaker(
                speakerOf(text, "roads will not"), "Orla Venn", SpeakerKind.PERSON, "Chief Inspector", "Hollin Police");
        assertSpeaker(
                speakerOf(text, "since 2019"), "Ivo Marten", SpeakerKind.PERSON, "analyst", "Pell Varga Securities");
        assertThat(speakerOf(text, "like a watch").role()).isEqualTo("chief dispatcher");
    }

    @Test
    void anAddressOrAWordOpeningASentenceIsNobodyAPronounCouldMean() {
        // the rules know neither Ilar's nor Orsk's gender, so the nearest name before the pronoun is all they have
        String text = """
                Ilar Venntrop runs the bakery on the harbour. Standing behind the counter at dawn, he said the rent \
                had doubled.

                Orsk Hallmand sells fish. Trade on Quayside Avenue fell by a third, he said.""";
        assertThat(speakerOf(text, "rent had doubled").name()).isEqualTo("Ilar Venntrop");
        assertThat(speakerOf(text, "fell by a third").name()).isEqualTo("Orsk Hallmand");
    }

    @Test
    void theForceAnAcronymWithItsArticleAndAGroupOpeningTheSentence() {
        String text = """
                Sergeant Lise Amundsen of the Hollin Valley Constabulary said two men had been arrested.

                The force said the men would appear in court on Monday.

                The Hollin Anglers' Association (HAA) closed the river to fishing.

                The HAA said the ban would last a month.

                Local anglers said they had not been told.""";
        assertSpeaker(
                speakerOf(text, "appear in court"), "Hollin Valley Constabulary", SpeakerKind.ORGANIZATION, null, null);
        assertSpeaker(
                speakerOf(text, "last a month"), "Hollin Anglers' Association", SpeakerKind.ORGANIZATION, null, null);
        assertSpeaker(speakerOf(text, "not been told"), "local anglers", SpeakerKind.ANONYMOUS, null, null);
    }

    @Test
    void aTrailingItMeansTheOrganisationItsSentenceOpensWithAndTheCompanyIsTheOneTheStoryIsAbout() {
        String text = """
                Hollin Dairies Sees Profit Fall

                Hollin Dairies said on Tuesday that its half-year profit had fallen by a fifth.

                Marta Quell, an analyst at Brenmoor Capital Partners, said the fall was smaller than feared. Brenmoor \
                Capital Partners holds no shares.

                The Milk Carriers Union said its drivers would strike in May.

                The company will pay an unchanged dividend, it said.""";
        assertSpeaker(speakerOf(text, "unchanged dividend"), "Hollin Dairies", SpeakerKind.ORGANIZATION, null, null);
    }

    @Test
    void anOrganisationsNounBeforeTheRoleIsTheAffiliation() {
        String text = """
                The Quell District Council voted on Monday to close two car parks.

                A council spokeswoman said the charges would be reviewed.""";
        assertSpeaker(
                speakerOf(text, "charges would be reviewed"),
                "council spokeswoman",
                SpeakerKind.ANONYMOUS,
                "spokeswoman",
                "Quell District Council");
    }

    @Test
    void anUnnamedSourceOpeningItsClauseIsTheSourceNotANameOrPronounInItsDescription() {
        String text = """
                Outside court, a spokeswoman for the Hollin Revenue Office said the case was closed.

                One nurse with nine years' service, who asked not to be named because she feared for her job, said \
                the ward had been short of staff all winter.""";
        assertSpeaker(
                speakerOf(text, "case was closed"),
                "spokeswoman",
                SpeakerKind.ANONYMOUS,
                "spokeswoman",
                "Hollin Revenue Office");
        assertThat(speakerOf(text, "short of staff").name()).isEqualTo("nurse");
    }

    @Test
    void aTitleBeforeAFullNameIsNoPartOfTheSpeakersName() {
        String text = """
                Harbour Minister Wren Alder defended the ferry timetable at a briefing on Tuesday. "We have kept \
                every crossing," Alder said.

                "The quay will close for a week," said Dr Ottilie Brand, the port's medical officer. Brand added that \
                the clinic would stay open.""";
        assertThat(ENGINE.attribute(text).speakers())
                .extracting(dev.saywho.common.Speaker::name)
                .contains("Wren Alder", "Ottilie Brand")
                .doesNotContain("Minister Wren", "Harbour Minister Wren Alder", "Dr Ottilie Brand");
    }

    @Test
    void aNameWrittenAsAnOrganisationIsOne() {
        String text = """
                Hethermoor Ales, which has backed the fair for a decade, said it could no longer afford to.

                The charity Tidewell Voices said the closure would hurt carers.

                Corrow Valley Water said its engineers had found the leak.""";
        assertThat(speakerOf(text, "no longer afford").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speakerOf(text, "hurt carers").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(speakerOf(text, "found the leak").kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    @Test
    void aDefiniteTradeTakesUpThePersonJustNamedUnlessAnUnnamedOneCameBetween() {
        String text = """
                Wren Alder was on the quay when the storm broke. "The boats were gone in minutes," Alder said. The \
                fisherman added that nobody had warned the harbour.

                Ottilie Brand runs the ward. A senior nurse who asked not to be named said two colleagues had \
                resigned. "They were exhausted," the nurse said.""";
        QuoteSpeaker fisherman = speakerOf(text, "nobody had warned");
        assertThat(fisherman.name()).isEqualTo("Wren Alder");
        assertThat(fisherman.role()).isEqualTo("fisherman");
        assertThat(speakerOf(text, "They were exhausted").kind()).isEqualTo(SpeakerKind.ANONYMOUS);
    }

    @Test
    void anInterviewsSubjectComesBackByTradeAfterOtherVoices() {
        String text = """
                Wren Alder has made wine on the slopes above Kellmouth for ten years. Now she talks about frost.

                "We lost a third of the buds in one night," Alder says.

                At the cellar door, Tam Oska was loading a crate into a car. "I come for the rose," Oska said.

                Q: What would help most?

                A: "A proper halt on the line," the winemaker says.""";
        assertThat(speakerOf(text, "proper halt").name()).isEqualTo("Wren Alder");
    }

    @Test
    void aTradeTakesUpThePersonNamedInItsParagraph() {
        String text = """
                Her son, Tobin Alder, plays cello in the festival band. "She hears every wrong note. Every single \
                one," the cellist says.""";
        QuoteSpeaker cellist = speakerOf(text, "every wrong note");
        assertThat(cellist.name()).isEqualTo("Tobin Alder");
        assertThat(cellist.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aParticipleAfterTheSpeakerIsNoRole() {
        QuoteSpeaker s =
                speakerOf("\"Prices are holding,\" says Sigrun Falk, warming her hands over a brazier.", "holding");
        assertThat(s.name()).isEqualTo("Sigrun Falk");
        assertThat(s.role()).isNull();
    }

    @Test
    void whoLeadsABodyNamedByItsCommonNounIsItsLeader() {
        QuoteSpeaker s = speakerOf(
                "Hamish Greve, who leads the regional council, said the council would not sign the contract.",
                "would not sign");
        assertThat(s.role()).isEqualTo("leader of the regional council");
        assertThat(s.profile().roleClass()).isEqualTo(dev.saywho.common.RoleClass.OFFICIAL);
    }

    @Test
    void daysOfTheWeekInThePluralAreNoPeople() {
        String text = """
                Ewan Tull retired last spring and still drops in most Fridays. "The young ones are quicker than I \
                was," he says.""";
        assertThat(speakerOf(text, "young ones").name()).isEqualTo("Ewan Tull");
    }

    @Test
    void aNameGivenAnAgeIsAPersonWhateverPrepositionCameBefore() {
        String text = """
                Callum Bairne has driven ambulances out of Kellmouth since 2008. He remembers bringing in Ailsa \
                Frew, 71, after a fall. "She was calmer than me," he says.

                Frew has no complaints. "Nine hours on a trolley by the lifts," Frew said.""";
        assertThat(speakerOf(text, "Nine hours").kind()).isEqualTo(SpeakerKind.PERSON);
        // the object named after "He remembers" is not whom the pronoun chain's "he says" means
        assertThat(speakerOf(text, "calmer than me").name()).isEqualTo("Callum Bairne");
    }

    @Test
    void twoVerbsOfARoleGovernOneObject() {
        QuoteSpeaker s = speakerOf(
                "Marit Solvang, who owns and skippers the trawler Gannet, lands thirty boxes. \"Fuel eats half of it,\""
                        + " says Solvang.",
                "Fuel eats");
        assertThat(s.role()).isEqualTo("owner of the trawler Gannet");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
    }

    @Test
    void whoseBusinessMakesTheOwner() {
        QuoteSpeaker baker = speakerOf(
                "Idris Kell, whose bakery stands at the market gates, said trade was slow. \"Nobody buys bread in a"
                        + " heatwave,\" Kell said.",
                "Nobody buys");
        assertThat(baker.role()).isEqualTo("bakery owner");
        assertThat(baker.profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
        QuoteSpeaker heir = speakerOf(
                "Orla Penmarr, whose family has farmed the valley for a century, said the river was rising.",
                "river was rising");
        assertThat(heir.role()).isNull();
    }

    @Test
    void whoWritesAGenreIsAWriterAndWhoWroteABillIsNot() {
        QuoteSpeaker columnist = speakerOf(
                "Pavel Orme, who writes the gardening column for the Dunmore Gazette, thinks the frost is over. \"Plant"
                        + " now,\" he says.",
                "Plant now");
        assertThat(columnist.role()).isEqualTo("writer");
        assertThat(columnist.affiliation()).isEqualTo("Dunmore Gazette");
        assertThat(columnist.profile().roleClass()).isEqualTo(RoleClass.OTHER);
        QuoteSpeaker author =
                speakerOf("Senna Vale, who wrote the ferry bill, said the fares would fall.", "fares would fall");
        assertThat(author.role()).isNull();
    }

    @Test
    void theNextSentencesSubjectTakesUpTheOnePersonJustNamed() {
        String text = """
                Inside, Jonas Bray bids on every lot. The 52-year-old runs the fish merchant his father founded.                 "If the boats stop, we stop," Bray says.""";
        QuoteSpeaker merchant = speakerOf(text, "boats stop");
        assertThat(merchant.role()).startsWith("manager of the fish merchant");
        assertThat(merchant.profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
        // two people in the sentence before: whom "he" means is not for this rule to say
        String two = """
                Jonas Bray bids against Elis Marr on every lot. He runs the fish merchant his father founded.                 "If the boats stop, we stop," Bray says.""";
        assertThat(speakerOf(two, "boats stop").role()).isNull();
    }

    @Test
    void anAsOpeningGivesTheRoleOfItsSubject() {
        String text = """
                Nia Hollis has caught the early train from Wenmarsh for twenty years. As chairwoman of the Dunmore                 Rail Passengers' Association, she now counts the cancellations.

                "It is grim," Hollis says.""";
        QuoteSpeaker s = speakerOf(text, "It is grim");
        assertThat(s.role()).isEqualTo("chairwoman");
        assertThat(s.affiliation()).isEqualTo("Dunmore Rail Passengers' Association");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.ADVOCATE);
        String clause = """
                Nia Hollis has caught the early train for twenty years. As the minister said, she now counts the                 cancellations.

                "It is grim," Hollis says.""";
        assertThat(speakerOf(clause, "It is grim").role()).isNull();
    }

    @Test
    void aTitledPersonOfAnInstitutionIsNoOrganisation() {
        QuoteSpeaker s = speakerOf(
                "Economist Dr Ilse Marrow of Dunmore University said rates would fall. \"Expect two cuts,\" Marrow"
                        + " said.",
                "Expect two cuts");
        assertThat(s.name()).isEqualTo("Ilse Marrow");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(s.role()).isEqualTo("Economist"); // the honorific is no part of the role
        assertThat(s.affiliation()).isEqualTo("Dunmore University");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.EXPERT);
    }

    @Test
    void aTwoWordLowerCaseRoleBeforeTheName() {
        QuoteSpeaker s = speakerOf(
                "By half past six, harbour master Ruairi Fionn is on the quay. \"Busy morning,\" says Fionn.",
                "Busy morning");
        assertThat(s.role()).isEqualTo("harbour master");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void aWorkingLifeEndedInRetirementIsAPrivateOne() {
        QuoteSpeaker retired = speakerOf(
                "Wyn Tarrant spent twenty years as a pattern maker at the works before retiring, and still drops in."
                        + " \"They are quicker than me,\" he says.",
                "quicker than me");
        assertThat(retired.role()).isEqualTo("retired pattern maker");
        assertThat(retired.profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
        QuoteSpeaker crofter = speakerOf(
                "Vanna Orrin spent twenty years as a schoolteacher before she took over the croft. \"It is mud,\""
                        + " Orrin says.",
                "It is mud");
        assertThat(crofter.role()).isNull(); // a past trade is not the one she is quoted in
    }

    @Test
    void anAgeByCopulaThenTheVerbOfARole() {
        QuoteSpeaker s = speakerOf(
                "That aunt, Morna Tay, is 88 and lives down the road. \"She sang before she walked,\" says Tay.",
                "sang before");
        assertThat(s.role()).isEqualTo("resident");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
    }

    @Test
    void aPossessedRoleNounOpeningTheParagraphIsTheNamedSpeakers() {
        String text = """
                Idris Kell counts the loaves before dawn.

                Energy is the worry. The town council said it was reviewing rates.

                The bakery's owner is blunt about it. "We'll either get cheaper power or we'll get smaller," Kell                 says.""";
        QuoteSpeaker s = speakerOf(text, "cheaper power");
        assertThat(s.role()).isEqualTo("owner");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
    }

    @Test
    void aMemberOfThePublicMetAtAnEverydayPlace() {
        QuoteSpeaker visitor = speakerOf(
                "At the cellar door, Tam Oska was loading a crate into a car. \"I come for the rose,\" Oska said.",
                "come for the rose");
        assertThat(visitor.role()).isNull();
        assertThat(visitor.profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
        QuoteSpeaker atARally = speakerOf(
                "At the rally, Tam Oska told the crowd the port would reopen. \"We are back,\" Oska said.",
                "We are back");
        assertThat(atARally.profile().roleClass()).isNull(); // an event says nothing of a private life
    }

    @Test
    void foundingOrTakingOverABusinessMakesItsFounderOrOwner() {
        QuoteSpeaker founder = speakerOf(
                "Tobias Wren opened the bakery on Mill Lane in 2016. \"Bread is patience,\" Wren says.", "patience");
        assertThat(founder.role()).isEqualTo("founder of the bakery");
        assertThat(founder.profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
        QuoteSpeaker heir = speakerOf(
                "Ada Morrow, who took over her father's farm in 2009, said the rain had come late.", "rain had come");
        assertThat(heir.role()).isEqualTo("owner of her father's farm");
        // what else is opened or started makes no one its founder
        assertThat(speakerOf("Lena Fisk opened the door and looked out. \"It is snowing,\" Fisk said.", "snowing")
                        .role())
                .isNull();
        assertThat(speakerOf("Bram Holt started the race at noon. \"Everyone finished,\" Holt said.", "finished")
                        .role())
                .isNull();
    }

    @Test
    void aPersonsPossessiveBusinessIsTheirs() {
        QuoteSpeaker s = speakerOf(
                "Okoye's bakery has stood on the corner since 1961. \"We bake at four,\" said Chidi Okoye.", "bake at");
        assertThat(s.role()).isEqualTo("bakery owner");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
        // a possessive hotel or company need not be the person's trade: no role from it
        QuoteSpeaker guest =
                speakerOf("Okoye's hotel was full on Friday. \"We slept in the car,\" said Chidi Okoye.", "slept in");
        assertThat(guest.role()).isNull();
    }

    @Test
    void aWorkOfArtTheArticleGivesThePersonMakesAnArtist() {
        String text = """
                Mira Solano grew up between two coasts. Her second album, Tide Roads, is out this month. "I sing in \
                both languages," Solano says.""";
        assertThat(speakerOf(text, "both languages").profile().roleClass()).isEqualTo(RoleClass.OTHER);
        QuoteSpeaker painter = speakerOf(
                "\"The light is best at dawn,\" said Ivo Brandt, whose paintings hang in the county gallery.",
                "light is best");
        assertThat(painter.profile().roleClass()).isEqualTo(RoleClass.OTHER);
        // a book is not enough: politicians write them too
        QuoteSpeaker author = speakerOf(
                "Ola Finch grew up in Dunmore. Her new book is out in May. \"We will pass it,\" Finch said.",
                "pass it");
        assertThat(author.profile().roleClass()).isNull();
    }

    @Test
    void aRoleTheNextSentenceGivesIsTheGendersEvidenceToo() {
        String text = """
                Nia Hollis has caught the early train from Wenmarsh for twenty years. As chairwoman of the Dunmore \
                Rail Passengers' Association, she now counts the cancellations.

                "It is grim," Hollis says.""";
        QuoteSpeaker s = speakerOf(text, "It is grim");
        assertThat(s.roleEvidence()).isNotNull();
        assertThat(s.roleEvidence().text()).isEqualTo("chairwoman");
        assertThat(s.profile().genderEvidence())
                .anyMatch(e -> e.kind() == dev.saywho.common.GenderEvidence.Kind.ROLE
                        && e.span().text().equals("chairwoman"));
    }

    @Test
    void aDescriptionOpeningTheNextSentenceTakesUpThePersonJustNamed() {
        String text = """
                For thirty years Orla Venn has driven the lanes of the Tarrow valley with a calving jack in the \
                boot. Now the valley's only large-animal vet is looking for someone to take over.

                Q: Why is it so hard?

                A: "Young vets want weekends."

                Ivo Rusk, who farms at Coldwater, said the practice was stretched. "We wait hours," he said.

                Q: Will you miss it?

                A: "Ask me in a year," the vet says, and climbs back into her truck.""";
        QuoteSpeaker vet = speakerOf(text, "Ask me in a year");
        assertThat(vet.name()).isEqualTo("Orla Venn");
        assertThat(vet.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(vet.profile().roleClass()).isEqualTo(RoleClass.EXPERT);
        // the clause attached to the attribution is the speaker's: "and climbs back into her truck"
        assertThat(vet.profile().gender()).isEqualTo(dev.saywho.common.Gender.FEMALE);
        // two people in the sentence before: the description takes up neither
        String two = """
                Orla Venn and Ivo Rusk drove up the valley at dawn. The vet was looking for a calf. "It is late," \
                the vet said.""";
        assertThat(speakerOf(two, "It is late").kind()).isNotEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aScienceNamesItsPractitionerAndTheArticlesSubjectIsTheOneNamedFirst() {
        String text = """
                The Tarn rises below Carn Mor. Every week, Professor Ilse Brandvold walks up to measure the ice.

                "Ten years ago this was a glacier," she says.

                Tomas Ekker, a doctoral student on the project, said the readings had risen. "The trout noticed," \
                Ekker said.

                The council's flood officer, Nina Holt, said floods were likely.

                Back at the pole, the professor reads the figure twice. "It's just relentless," the glaciologist \
                says.""";
        QuoteSpeaker s = speakerOf(text, "just relentless");
        assertThat(s.name()).isEqualTo("Ilse Brandvold");
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.EXPERT);
        assertThat(speakerOf(text, "trout noticed").profile().roleClass()).isEqualTo(RoleClass.EXPERT);
    }

    @Test
    void aCourtesyTitleKeepsAPersonAndAOneOffCapitalisedModifierIsNoOne() {
        String text = """
                Mayor Ifeyinwa Castellane marks a year in office. The former nurse won on a promise to reopen the \
                town's Victorian baths.

                Q: Are the baths open?

                A: "Not yet," she says.

                Her opponent last May, Councillor Bram Oyelade, said the mayor had promised a pool. "A pool and a \
                consultation," he said.

                A: "Let me get the pool filled first," Ms Castellane says.""";
        QuoteSpeaker mayor = speakerOf(text, "pool filled");
        assertThat(mayor.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(mayor.profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
        assertThat(speakerOf(text, "Not yet").name()).isEqualTo("Ifeyinwa Castellane");
        QuoteSpeaker opponent = speakerOf(text, "consultation");
        assertThat(opponent.role()).isEqualTo("Councillor");
        assertThat(opponent.profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void anUnnamedSpokespersonNamedByTheBodysOwnWordIsAPerson() {
        String text = """
                The Tarrow Valley Health Board said it was recruiting. A board spokeswoman said interviews would \
                take place within weeks.""";
        QuoteSpeaker s = speakerOf(text, "interviews would");
        assertThat(s.profile().sourceKind()).isEqualTo(dev.saywho.common.SourceKind.PERSON);
        assertThat(s.profile().roleClass()).isEqualTo(RoleClass.SPOKESPERSON);
        assertThat(s.profile().gender()).isEqualTo(dev.saywho.common.Gender.FEMALE);
    }

    @Test
    void kinAndNeighboursInAppositionAreCitizens() {
        assertThat(speakerOf(
                                "Her father, Kenji Sato, who drives her to every game, said the decision was hers.",
                                "decision was hers")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.CITIZEN);
        assertThat(speakerOf("Ravi Pell, her nephew, said the family had talked about it.", "family had talked")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.CITIZEN);
        assertThat(speakerOf("Dana Okoro, whose twins are in Year 4, said the change was handled well.", "handled")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.CITIZEN);
        // "His father, Duncan Vell Sr.": the son of the same name is no one's kin here
        String senior = """
                Rep. Duncan Vell said the fence would rise. His father, Duncan Vell Sr., once held the seat.""";
        assertThat(speakerOf(senior, "fence would rise").profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void chairingOrCuratingSomethingUnnamedGivesTheRoleAndItsEmployer() {
        QuoteSpeaker chair = speakerOf(
                "Sir Desmond Okafor, who chairs the charity raising money for the spire, said donations had slowed.",
                "donations had slowed");
        assertThat(chair.role()).startsWith("chair of the charity");
        assertThat(chair.profile().roleClass()).isEqualTo(RoleClass.ADVOCATE);
        QuoteSpeaker academic = speakerOf(
                "\"It is hard to poll,\" said Eric Hartz, who chairs the history department at the University of"
                        + " Orrin.",
                "hard to poll");
        assertThat(academic.affiliation()).isEqualTo("University of Orrin");
        assertThat(academic.profile().roleClass()).isEqualTo(RoleClass.EXPERT);
        QuoteSpeaker curator =
                speakerOf("Kit Marr, who curates the Salthouse Gallery, said the show took two years.", "two years");
        assertThat(curator.role()).isEqualTo("curator");
        assertThat(curator.profile().roleClass()).isEqualTo(RoleClass.EXPERT); // as role-classes.tsv lists curators
    }

    @Test
    void workersSpeakingForThemselvesAreCitizens() {
        assertThat(speakerOf("Margit Sode, a receptionist at the surgery, said the phones never stop.", "phones")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.CITIZEN);
        assertThat(speakerOf("Club captain Morgan Tier said the team would be ready.", "team would be ready")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.OTHER);
        // a box office is no government office
        assertThat(speakerOf("The Exchange's box office manager, Toby Lind, said the show sold out.", "sold out")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.BUSINESS);
    }

    @Test
    void aGuildIsABodyAndItsAccountsADocument() {
        assertThat(speakerOf(
                                "The Teachers' Guild of Dunmore said in a statement that no jobs would be lost.",
                                "no jobs would be lost")
                        .profile()
                        .sourceKind())
                .isEqualTo(dev.saywho.common.SourceKind.ORGANISATION);
        assertThat(speakerOf(
                                "Harrow Mill employs 34 people and sells tweed in four countries, according to its"
                                        + " latest accounts.",
                                "employs 34 people")
                        .profile()
                        .sourceKind())
                .isEqualTo(dev.saywho.common.SourceKind.DOCUMENT);
    }

    @Test
    void aTradeOrAnAgeAfterTheQuoteTakesUpThePersonJustNamed() {
        QuoteSpeaker auctioneer = speakerOf("""
                At noon Tobin Farrant climbed into the rostrum for the last sale at Hollins mart.

                “I sold my first calf in this ring,” said the auctioneer, now 61.
                """, "my first calf");
        assertThat(auctioneer.name()).isEqualTo("Tobin Farrant");
        assertThat(auctioneer.profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
        QuoteSpeaker pensioner = speakerOf(
                "Edna Vail, whose cottage has flooded twice, watched from the gallery. “I have waited long enough,” the"
                        + " 79-year-old said.",
                "waited long enough");
        assertThat(pensioner.name()).isEqualTo("Edna Vail");
        assertThat(pensioner.profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
        QuoteSpeaker ferryman = speakerOf(
                "Jory Penhale has crossed to the island for nine winters. “Winter is when they need us,” the ferryman"
                        + " says.",
                "they need us");
        assertThat(ferryman.name()).isEqualTo("Jory Penhale");
        assertThat(ferryman.role()).isEqualTo("ferryman");
        QuoteSpeaker pupil =
                speakerOf("Ten-year-old Ezra Coombe said the new school was “too far to walk”.", "too far to walk");
        assertThat(pupil.name()).isEqualTo("Ezra Coombe");
        assertThat(pupil.profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
        // nobody named before: the description stays an unnamed source
        assertThat(speakerOf("“It was a long night,” said the ferryman.", "long night")
                        .name())
                .isEqualTo("ferryman");
    }

    @Test
    void aCourtesyTitleBeforeASurnameTakesUpTheFullNameBefore() {
        String text = """
                The caretaker, Osric Pell, has swept these corridors for 30 years. Mr Pell will move with the school \
                but said he would miss “the creak of the third board”.
                """;
        QuoteSpeaker caretaker = speakerOf(text, "third board");
        assertThat(caretaker.name()).isEqualTo("Osric Pell");
        assertThat(caretaker.profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
        // a title of the other gender is someone else: Donald is a man's name to the resolver
        String other = """
                Donald Pell said the roof leaks. Mrs Pell will retire next year but said she would miss “the noise”.
                """;
        assertThat(speakerOf(other, "the noise").name()).isEqualTo("Mrs Pell");
    }

    @Test
    void counselInACourtReportAreLawyers() {
        String text = """
                Prosecuting for Ardle District Council, Wenna Colt told the court that the waste was found twice.

                Bram Ives, defending, said his client had “believed it was going to a licensed tip”.
                """;
        assertThat(speakerOf(text, "the waste was found").profile().roleClass()).isEqualTo(RoleClass.EXPERT);
        assertThat(speakerOf(text, "licensed tip").profile().roleClass()).isEqualTo(RoleClass.EXPERT);
        // the participle opening the sentence is no part of the council's name
        assertThat(ENGINE.attribute(text).speakers())
                .extracting(dev.saywho.common.Speaker::name)
                .noneMatch(n -> n.startsWith("Prosecuting"));
    }

    @Test
    void whatThePersonDoesForALivingGivesTheClassWhenNoRoleIsNamed() {
        assertThat(speakerOf(
                                "Perrin Gask, who takes two buses to reach his job at a care home, said the fares were"
                                        + " too high.",
                                "fares were too high")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.CITIZEN);
        assertThat(speakerOf(
                                "Three stalls up, Tamar Heyes is laying out cheese made on her farm. “People ask who"
                                        + " made it,” she said.",
                                "who made it")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.BUSINESS);
        assertThat(speakerOf(
                                "Orla Finch, whose family has run the café since 1962, said she would stay open.",
                                "stay open")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.BUSINESS);
        assertThat(speakerOf("Edwin Mawle has been a mason here since 2009. “Stone is patient,” he said.", "patient")
                        .role())
                .isEqualTo("mason");
        // a customer's local shop is not her own business
        assertThat(speakerOf("Orla Finch said her local shop had closed.", "local shop")
                        .profile()
                        .roleClass())
                .isNotEqualTo(RoleClass.BUSINESS);
    }

    @Test
    void campaignsAndUsersGroupsAreAdvocatesAndCouncilMembersOfficials() {
        assertThat(speakerOf(
                                "Ade Corran, who chairs the Save Hollins Post Office group, said 900 people had signed.",
                                "900 people")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.ADVOCATE);
        assertThat(speakerOf(
                                "Ruth Keast, who chairs the Lanner Ferry Users' Group, said the cuts were a squeeze.",
                                "squeeze")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.ADVOCATE);
        QuoteSpeaker member = speakerOf(
                "Nia Tregaskis, who represents the village on the county council, said she had written to the firm.",
                "written to the firm");
        assertThat(member.role()).isEqualTo("member of the county council");
        assertThat(member.profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
        // representing a family on nothing elected is no office
        assertThat(speakerOf("Nia Tregaskis, who represents the family, said they would appeal.", "appeal")
                        .profile()
                        .roleClass())
                .isNotEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void aBareTitleBeforeASharedSurnameStatesTheGenderOfWhomItNamesOnly() {
        String text = """
                Peter Fenn, 58, said his mother had spent five weeks on the ward.

                His sister, Ruth Fenn, who nursed there for a decade, was blunter. “Close it and the corridors fill,” \
                Ms Fenn said.
                """;
        EngineResult result = ENGINE.attribute(text);
        java.util.Map<String, dev.saywho.common.Gender> genders = new java.util.HashMap<>();
        result.speakers().forEach(s -> genders.put(s.name(), s.profile().gender()));
        // the first-name lexicon tells the resolver's question (which Fenn) and never the gender itself
        assertThat(genders).containsEntry("Peter Fenn", dev.saywho.common.Gender.MALE);
        assertThat(genders).containsEntry("Ruth Fenn", dev.saywho.common.Gender.FEMALE);
    }

    @Test
    void kinInAppositionStatesTheGender() {
        String text = """
                Her husband, Tomas Brede, collects surplus food three mornings a week. “She runs it like a school,” \
                Brede said.
                """;
        assertThat(speakerOf(text, "like a school").profile().gender()).isEqualTo(dev.saywho.common.Gender.MALE);
        // "Sr." is another person of the same name: his father's noun is not his
        String senior = """
                His father, Tomas Brede Sr., once held the seat. “We need a wall,” Tomas Brede said.
                """;
        assertThat(speakerOf(senior, "need a wall").profile().genderEvidence())
                .noneMatch(e -> e.span().text().equals("father"));
    }

    @Test
    void aTitleBeforeTheNameClassesAPersonTheArticleGivesNoRole() {
        assertThat(speakerOf(
                                "In a written judgment, Judge Orla Venn found that the lane was used “openly and"
                                        + " without challenge”.",
                                "openly")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.OFFICIAL);
        assertThat(speakerOf("Inspector Kay Morrant said the crews had been “stretched thin”.", "stretched thin")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.OFFICIAL);
        assertThat(speakerOf("Dr Meera Ilves said the ward was “at capacity”.", "at capacity")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.EXPERT);
        // "Father" before a name is a priest's title, not kin
        assertThat(speakerOf("Father Declan Rusk said the hall would “stay open for anyone”.", "stay open")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.OTHER);
    }

    @Test
    void aRelativeClauseOnTheNameClassesAMemberOfThePublicAGrowerOrAPerformer() {
        assertThat(speakerOf(
                                "Hana Quellin, who gave birth at the unit in January, said the road was often"
                                        + " closed. “Tell me what happens when the pass is shut,” she said.",
                                "pass is shut")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.CITIZEN);
        assertThat(speakerOf(
                                "Aled Marrin, who grows 90 hectares of beet near Tolsey, said the trip would"
                                        + " double. “My margin vanishes on the road,” he said.",
                                "margin vanishes")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.BUSINESS);
        assertThat(speakerOf(
                                "“We are not a polished choir,” says Maddie Dovecote, who has conducted it for"
                                        + " nineteen years.",
                                "polished choir")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.OTHER);
        // an athlete's clause says more than an age
        assertThat(speakerOf(
                                "Fourteen-year-old Ruby Tennick, who stroked the junior quad to a regional bronze in"
                                        + " June, said the sessions were “hard but fun”.",
                                "hard but fun")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.OTHER);
        // news introduces the known by their deeds as well: any other clause gives no class
        assertThat(speakerOf(
                                "Jana Holmgren, who took to the radio on Monday, said the pool “must reopen”.",
                                "must reopen")
                        .profile()
                        .roleClass())
                .isNull();
    }

    @Test
    void aNameEndingInAFeatureOfTheLandAfterAPrepositionIsAPlace() {
        String text = """
                Among those brought down this winter was Lewis Farrant, who broke an ankle on Wethermoss Crag.                 “I thought I knew it,” he said.
                """;
        QuoteSpeaker walker = speakerOf(text, "thought I knew");
        assertThat(walker.name()).isEqualTo("Lewis Farrant");
        assertThat(walker.profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
    }

    @Test
    void professionsListedSinceEngine116AreClassed() {
        assertThat(speakerOf("The hospital's medical director, Anselm Crake, said the unit was “safe”.", "safe")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.EXPERT);
        assertThat(speakerOf("Rhodri Vanner, a haulier from Caddon, said the detour “costs me a day”.", "costs me")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.BUSINESS);
        assertThat(speakerOf("Dara Pellin, the union convenor, said members would vote “with open eyes”.", "open eyes")
                        .profile()
                        .roleClass())
                .isEqualTo(RoleClass.ADVOCATE);
    }

    @Test
    void aNameRightAfterARoleNounIsTheSubjectNotTheRole() {
        // the parser heads "Rural economist Sunniva Lorn" with the role and hangs the name on it
        QuoteSpeaker economist = speakerOf(
                "Rural economist Sunniva Lorn, of the Fens Agricultural Institute, estimated that closure would remove"
                        + " about 400 jobs.",
                "400 jobs");
        assertThat(economist.name()).isEqualTo("Sunniva Lorn");
        assertThat(economist.profile().sourceKind()).isEqualTo(dev.saywho.common.SourceKind.PERSON);
        assertThat(economist.profile().roleClass()).isEqualTo(RoleClass.EXPERT);
    }

    @Test
    void aWorksTitleInAppositionIsNoOne() {
        String text = """
                After twenty years away, the singer Carys Wintell has moved back to Caddon Reach. Her new album, Slate \
                and Sorrow, sets old quarry songs to new tunes. “I wanted them sung where they were made,” she said.
                """;
        assertThat(speakerOf(text, "sung where").name()).isEqualTo("Carys Wintell");
        // the author of the book is named in apposition to "author", not to "book"
        String author = "The author of the book, Mitchell Zorn, said the guards “waited for orders”.";
        assertThat(speakerOf(author, "waited for orders").name()).isEqualTo("Mitchell Zorn");
    }

    @Test
    void aBusinessThePersonRunsOwnsOrOpenedClassesThemBusiness() {
        String quarry = """
                Harrowgill Quarry has cut stone above the town since 1874, and for the last 22 years it has belonged \
                to Keir Dunmore. “Nobody wants a blast at eight in the morning,” Dunmore said.
                """;
        assertThat(speakerOf(quarry, "blast at eight").profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
        String cinema = "Ada Lowrie opened the little cinema in 1989. “We never once sold out,” Lowrie said.";
        assertThat(speakerOf(cinema, "sold out").profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
        String frames =
                "Alex Tranter builds steel bicycle frames in a former dairy. “Steel forgives you,” Tranter says.";
        assertThat(speakerOf(frames, "Steel forgives").profile().roleClass()).isEqualTo(RoleClass.BUSINESS);
    }

    @Test
    void aMonthBeforeASurnameIsAGivenName() {
        QuoteSpeaker walker = speakerOf(
                "One of them, June Ashby, 84, told the court she had used the path “every Sunday of my girlhood”.",
                "every Sunday");
        assertThat(walker.name()).isEqualTo("June Ashby");
        assertThat(walker.profile().sourceKind()).isEqualTo(dev.saywho.common.SourceKind.PERSON);
        assertThat(walker.profile().gender()).isEqualTo(dev.saywho.common.Gender.FEMALE);
    }

    @Test
    void aPracticeOfYearsClassesAPersonTheArticleGivesNoRole() {
        String choir = "Maddie Dorn has conducted the choir for nineteen years. “We are a loud one,” Dorn said.";
        assertThat(speakerOf(choir, "loud one").profile().roleClass()).isEqualTo(RoleClass.OTHER);
        String driver = """
                Mick Quarles has driven the night route to Kestle Moor for six years. “Nights are the best shift,” \
                Quarles said.""";
        assertThat(speakerOf(driver, "best shift").profile().roleClass()).isEqualTo(RoleClass.CITIZEN);
        // a practice says more than an age
        String bass = "Arlo Grice, 91, has sung bass for seventy of those years. “I hear them still,” Grice said.";
        assertThat(speakerOf(bass, "hear them still").profile().roleClass()).isEqualTo(RoleClass.OTHER);
        // a practice of public life gives no class: "has served on the council since 2009"
        String councillor = """
                Pat Venner has served on the council since 2009. “The pool must reopen,” Venner said.""";
        assertThat(speakerOf(councillor, "must reopen").profile().roleClass()).isNotEqualTo(RoleClass.CITIZEN);
    }

    @Test
    void aSurnameShapedLikeAPluralIsThePersonTheTextNames() {
        // "Summers" opening a sentence reads like the plural of an agent noun ("growers said"): a group, unless the
        // text gives a person that surname
        String text = """
                Council candidates Ines Corrow and Dara Summers met voters in Kellmouth on Tuesday, a week before the poll.

                Summers went first at the town meeting in the old drill hall. “We will reopen the pool by the summer,” \
                Summers told the crowd.

                Summers said the budget could carry the cost without a rise in the council tax.""";
        assertSpeaker(speakerOf(text, "reopen the pool"), "Dara Summers", SpeakerKind.PERSON, null, null);
        assertSpeaker(speakerOf(text, "carry the cost"), "Dara Summers", SpeakerKind.PERSON, null, null);
        String growers = """
                Growers said the frost had taken half the blossom in the Lenn valley this spring.""";
        assertThat(speakerOf(growers, "frost had taken").kind()).isNotEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void aParticleOfASurnameStaysInTheName() {
        String text = """
                “It is a question of law,” said Ana de Vries, a professor in public law at the University of Port \
                Tessaly.

                “The harbour stays open,” said Ines van der Berg, the harbour master.

                “The bank will lend,” said a manager at Banco de Kellmouth.""";
        QuoteSpeaker lawyer = speakerOf(text, "question of law");
        assertThat(lawyer.name()).isEqualTo("Ana de Vries");
        assertThat(lawyer.profile().roleClass()).isEqualTo(RoleClass.EXPERT);
        assertThat(speakerOf(text, "harbour stays open").name()).isEqualTo("Ines van der Berg");
        assertThat(speakerOf(text, "bank will lend").affiliation()).isEqualTo("Banco de Kellmouth");
    }

    @Test
    void aNameAfterACapitalisedTitleIsTheSubjectNotTheTitlesFirstWord() {
        String text = """
                That ruling was overturned on Tuesday.

                Circuit Court Judge Marten Hollis, writing for the majority in the 2-1 decision, said the county's \
                remaining 29-day window was lawful. “The statute is clear,” Hollis wrote.""";
        QuoteSpeaker judge = speakerOf(text, "29-day window");
        assertThat(judge.name()).isEqualTo("Marten Hollis");
        assertThat(judge.profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void aPartyMembersDescriptionTakesUpThePersonTheSentenceBeforeIsAbout() {
        String text = """
                Ferry fares will rise in March, the harbour board said.

                Senate Majority Leader Aldo Prentice is criticising Mayor Ilse Varga as a spendthrift who cares more for the \
                marina than the ferry.

                In a statement, the Kellmouth Republican on Tuesday called the plan “reckless and late”.""";
        QuoteSpeaker senator = speakerOf(text, "reckless and late");
        assertThat(senator.name()).isEqualTo("Aldo Prentice");
        assertThat(senator.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(senator.profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void wordsOfAClauseTakenForARoleGiveWayToARoleTheArticleGivesLater() {
        String text = """
                Prentice will back the ferry plan, former rival says.

                Aldo Prentice will throw his support behind the ferry plan before the council vote, predicted Ilse \
                Varga, the former Kellmouth Democratic mayor challenged by Prentice 30 years ago.

                “He will do it,” said Varga, who has been critical of Prentice.

                Varga was mayor of Kellmouth from 1991 to 1995.""";
        QuoteSpeaker mayor = speakerOf(text, "He will do it");
        assertThat(mayor.role()).isEqualTo("mayor");
        assertThat(mayor.profile().roleClass()).isEqualTo(RoleClass.OFFICIAL);
        String contender = """
                Fares will rise in March, the harbour board said on Monday.

                Democratic presidential contender Ilse Varga called the rise “a tax on islanders”.""";
        assertThat(speakerOf(contender, "tax on islanders").role()).isEqualTo("presidential contender");
    }

    @Test
    void aCapitalisedForInsideANameJoinsIt() {
        String text = """
                Fares will rise in March, the harbour board said on Monday.

                “The ruling is a victory,” said Tamsin Orley, president of Students For Clean Water.

                For Ilse Varga, who runs the ferry café, the ruling came too late. “We closed in May,” Varga said.""";
        QuoteSpeaker president = speakerOf(text, "ruling is a victory");
        assertThat(president.affiliation()).isEqualTo("Students For Clean Water");
        assertThat(president.profile().roleClass()).isEqualTo(RoleClass.ADVOCATE);
        // "For" opening a sentence is a preposition
        assertThat(speakerOf(text, "closed in May").name()).isEqualTo("Ilse Varga");
    }
}
