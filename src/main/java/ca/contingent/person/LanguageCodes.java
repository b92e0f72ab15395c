package ca.contingent.person;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ca.contingent.shared.Language;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field holding languages as the roster stores them ({@code en;fr}): every one an
 * ISO 639-1 code by {@link Language}'s rule, the rule the personnel import applies.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageCodes.Validator.class)
public @interface LanguageCodes {

    String message() default "{person.languages.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Empty is left to {@code @NotBlank}. */
    class Validator implements ConstraintValidator<LanguageCodes, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Languages.split(value).stream().allMatch(Language::isCode);
        }

    }

}
