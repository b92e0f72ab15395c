package ca.contingent.mission;

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
 * A mission form whose end date, when given, is not before its start date. The rule spans
 * two fields, so it sits on the form; the error is reported on the end date, next to the
 * field the person has to change.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EndNotBeforeStart.Check.class)
@interface EndNotBeforeStart {

    String message() default "{mission.validation.endBeforeStart}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EndNotBeforeStart, MissionForm> {

        @Override
        public boolean isValid(MissionForm form, ConstraintValidatorContext context) {
            if (form == null || form.startDate() == null || form.endDate() == null
                    || !form.endDate().isBefore(form.startDate())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("endDate")
                .addConstraintViolation();
            return false;
        }

    }

}
