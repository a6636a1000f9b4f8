package dev.saywho.ingest.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dev.saywho.web.Utf16;

/**
 * The string is well-formed UTF-16 ({@link Utf16}): a lone surrogate would be stored, sent to attribution and read
 * back as three different texts, and the attribution would never fit the stored one.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoUnpairedSurrogate.Check.class)
public @interface NoUnpairedSurrogate {

    String message() default Utf16.UNPAIRED_SURROGATE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link NoUnpairedSurrogate}. */
    class Check implements ConstraintValidator<NoUnpairedSurrogate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Utf16.firstUnpairedSurrogate(value) < 0;
        }
    }
}
