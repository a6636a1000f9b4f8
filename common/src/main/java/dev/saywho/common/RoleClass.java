package dev.saywho.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The class of a person's role, from the role and affiliation the article gives. */
@Schema(
        description = "OFFICIAL (politicians, ministers, mayors, civil servants, police, military, judges), EXPERT "
                + "(researchers, analysts, doctors, lawyers), BUSINESS (executives, owners, traders), SPOKESPERSON, "
                + "ADVOCATE (unions, campaign groups, NGOs), CITIZEN (residents, witnesses, voters, fans), OTHER.")
public enum RoleClass {
    OFFICIAL,
    EXPERT,
    BUSINESS,
    SPOKESPERSON,
    ADVOCATE,
    CITIZEN,
    OTHER
}
