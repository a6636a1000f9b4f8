package dev.saywho.ingest.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.saywho.ingest.normalize.Timestamps;

/** The string is absent, blank, or a date or date-time that {@link Timestamps} reads (ISO 8601). */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoTimestamp.Check.class)
public @interface IsoTimestamp {

    String message() default "must be an ISO 8601 date or date-time";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link IsoTimestamp}. */
    class Check implements ConstraintValidator<IsoTimestamp, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Timestamps.parse(value).isPresent();
        }
    }
}
