package ca.contingent.agency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A form field that holds a {@link Province} code, or nothing: the form's check is the
 * province list itself, not a copy of it.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProvinceCode.Validator.class)
public @interface ProvinceCode {

    String message() default "{validation.province}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Empty is left to {@code @NotNull} where a province is required. */
    class Validator implements ConstraintValidator<ProvinceCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Province.isCode(value);
        }

    }

}
