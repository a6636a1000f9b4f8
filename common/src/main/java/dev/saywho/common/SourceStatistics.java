package dev.saywho.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom the articles quote: quotes and people by gender, kind of source and role class, and over time. */
@Schema(
        description = "Source-diversity figures over the articles of a source and period, from what each article "
                + "states of its speakers (engine 1.11.0 on: quotes stored before carry no profile and are left out).")
public record SourceStatistics(
        @Schema(description = "Quotes with a source profile.")
        long quotes,

        @Schema(description = "Quotes by kind of source.") Map<SourceKind, Long> quotesByKind,

        @Schema(description = "Quotes of people, by the gender the article states.")
        Map<Gender, Long> quotesByGender,

        @Schema(
                description = "Distinct people quoted, by gender (a person whose articles disagree counts under "
                        + "each gender stated).")
        Map<Gender, Long> peopleByGender,

        @Schema(description = "Quotes of people by role class (people with no class known are left out).")
        Map<RoleClass, Long> quotesByRoleClass,

        @Schema(
                description = "Women's share of the quotes of people whose gender the article states; null when "
                        + "there are none.",
                nullable = true)
        Double womenShare,

        @Schema(description = "Share of quotes from anonymous sources; null without quotes.", nullable = true)
        Double anonymousShare,

        @Schema(description = "day, week (from Monday) or month.")
        String interval,

        @Schema(description = "The same over time, by publication date (undated articles are left out).")
        List<Period> overTime) {

    public SourceStatistics {
        quotesByKind = Map.copyOf(quotesByKind);
        quotesByGender = Map.copyOf(quotesByGender);
        peopleByGender = Map.copyOf(peopleByGender);
        quotesByRoleClass = Map.copyOf(quotesByRoleClass);
        overTime = List.copyOf(overTime);
    }

    /** One day, week or month. */
    @Schema(name = "SourcePeriod", description = "Source figures of one period.")
    public record Period(
            @Schema(description = "First day of the period.")
            LocalDate start,

            @Schema(description = "Quotes with a source profile.")
            long quotes,

            @Schema(description = "Quotes of women.") long women,
            @Schema(description = "Quotes of men.") long men,

            @Schema(description = "Quotes of anonymous sources.")
            long anonymous,

            @Schema(description = "Women's share of quotes of people of known gender.", nullable = true)
            Double womenShare) {}
}
