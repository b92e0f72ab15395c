package ca.contingent.activity;

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
 * An activity form that counts no more women than participants, the rule of
 * {@link ParticipantCounts}. The error is reported on the women's count, the field to
 * change.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WomenWithinParticipants.Check.class)
@interface WomenWithinParticipants {

    String message() default "{activity.validation.womenAboveParticipants}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<WomenWithinParticipants, ActivityForm> {

        @Override
        public boolean isValid(ActivityForm form, ConstraintValidatorContext context) {
            if (form == null
                    || ParticipantCounts.womenWithinParticipants(form.participants(), form.participantsWomen())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("participantsWomen")
                .addConstraintViolation();
            return false;
        }

    }

}
