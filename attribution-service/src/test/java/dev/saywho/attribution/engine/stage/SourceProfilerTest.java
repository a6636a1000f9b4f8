package dev.saywho.attribution.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.saywho.common.RoleClass;

/** The class of a role as the extractor writes it, one class of wording per test (issue 24). */
class SourceProfilerTest {

    private final SourceProfiler profiler = new SourceProfiler();

    @Test
    void theHeadBeforeAPrepositionClassesTheRoleNotWhatItGoverns() {
        assertThat(profiler.roleClass("owner of the mill", null)).isEqualTo(RoleClass.BUSINESS);
        // "farmer" in the object would say CITIZEN or BUSINESS by accident; the head says who speaks
        assertThat(profiler.roleClass("researcher with a farmer group", null)).isEqualTo(RoleClass.EXPERT);
        assertThat(profiler.roleClass("manager of a café for walkers", null)).isEqualTo(RoleClass.BUSINESS);
    }

    @Test
    void aRetiredTradespersonSpeaksAsAMemberOfThePublicButARetiredJudgeKeepsTheOffice() {
        assertThat(profiler.roleClass("Retired postman", null)).isEqualTo(RoleClass.CITIZEN);
        assertThat(profiler.roleClass("retired shop owner", null)).isEqualTo(RoleClass.CITIZEN);
        assertThat(profiler.roleClass("retired judge", null)).isEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void aMemberOfAnElectedBodyIsAnOfficial() {
        assertThat(profiler.roleClass("member", "Calder Regional Assembly")).isEqualTo(RoleClass.OFFICIAL);
        assertThat(profiler.roleClass("member", "Calder Ramblers' Association")).isEqualTo(RoleClass.ADVOCATE);
    }

    @Test
    void politicalTitlesAndStaffAreOfficials() {
        assertThat(profiler.roleClass("Sen.", null)).isEqualTo(RoleClass.OFFICIAL);
        assertThat(profiler.roleClass("presidential front-runner", null)).isEqualTo(RoleClass.OFFICIAL);
        assertThat(profiler.roleClass("Majority Leader", null)).isEqualTo(RoleClass.OFFICIAL);
        assertThat(profiler.roleClass("senior adviser", null)).isEqualTo(RoleClass.OFFICIAL);
        // an adviser takes the class of the body they advise
        assertThat(profiler.roleClass("senior adviser", "Quillon Systems Ltd")).isEqualTo(RoleClass.BUSINESS);
    }

    @Test
    void anUnlistedRoleIsOtherWhenItNamesAPersonAndNoRoleIsNone() {
        assertThat(profiler.roleClass("projectionist since she was fifteen", null))
                .isEqualTo(RoleClass.OTHER);
        assertThat(profiler.roleClass("ferryman", null)).isEqualTo(RoleClass.OTHER);
        assertThat(profiler.roleClass("Lord", null)).isEqualTo(RoleClass.OTHER);
        // words the extractor took from a clause name no one
        assertThat(profiler.roleClass("remarks", null)).isNull();
        assertThat(profiler.roleClass("will try another pivot", null)).isNull();
        assertThat(profiler.roleClass("30 years ago", null)).isNull();
        assertThat(profiler.roleClass(null, null)).isNull();
    }

    @Test
    void theBodyARoleNamesIsItsEmployerAndListedPhrasesWinWhole() {
        assertThat(profiler.roleClass("member of parliament", null)).isEqualTo(RoleClass.OFFICIAL);
        assertThat(profiler.roleClass("president of the Corrow teachers' union", null))
                .isEqualTo(RoleClass.ADVOCATE);
        assertThat(profiler.roleClass("Secretary of State", null)).isEqualTo(RoleClass.OFFICIAL);
        // an office title alone still takes its employer's class
        assertThat(profiler.roleClass("president", "Corrow Customs Officers' Association"))
                .isEqualTo(RoleClass.ADVOCATE);
        // a lawyer is an expert, the city's attorney an official
        assertThat(profiler.roleClass("attorney", null)).isEqualTo(RoleClass.EXPERT);
        assertThat(profiler.roleClass("City Attorney", null)).isEqualTo(RoleClass.OFFICIAL);
    }

    @Test
    void aSharedRoleIsTheRoleAndABodyTakesItsClassFromItsName() {
        assertThat(profiler.roleClass("co-director", "Centre for Harbour Research"))
                .isEqualTo(RoleClass.EXPERT);
        assertThat(profiler.roleClass("co-chair", "Kellmouth Town Council")).isEqualTo(RoleClass.OFFICIAL);
        // a body named for the cause it stands for, or by the words of a campaign, is an advocate's
        assertThat(profiler.roleClass("president", "Students for Clean Water of Merrow"))
                .isEqualTo(RoleClass.ADVOCATE);
        assertThat(profiler.roleClass("president", "Ostminster Tenants' Rights Watch"))
                .isEqualTo(RoleClass.ADVOCATE);
        // a party member named as a role is a politician; a voter is written so
        assertThat(profiler.roleClass("Democrat", "Vermont")).isEqualTo(RoleClass.OFFICIAL);
        assertThat(profiler.roleClass("registered Republican", null)).isEqualTo(RoleClass.CITIZEN);
    }
}
