package dev.saywho.ingest.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A submission has exactly one of text and html (not blank); the violation names {@code text} when neither is given
 * and {@code html} when both are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOfTextOrHtml.Check.class)
public @interface OneOfTextOrHtml {

    String message() default "exactly one of text and html is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link OneOfTextOrHtml}. */
    class Check implements ConstraintValidator<OneOfTextOrHtml, SubmissionConstraints> {

        @Override
        public boolean isValid(SubmissionConstraints submission, ConstraintValidatorContext context) {
            boolean hasText = submission.text() != null && !submission.text().isBlank();
            boolean hasHtml = submission.html() != null && !submission.html().isBlank();
            if (hasText != hasHtml) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()
                            + (hasText ? "; both were given" : "; neither was given"))
                    .addPropertyNode(hasText ? "html" : "text")
                    .addConstraintViolation();
            return false;
        }
    }
}
