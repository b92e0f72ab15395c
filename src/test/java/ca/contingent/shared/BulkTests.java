package ca.contingent.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A bulk row is held to its form's constraints, each broken one named by row and field.
 */
class BulkTests {

    private static ValidatorFactory factory;

    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void namesEachBrokenConstraintByRowAndFieldInFieldOrder() {
        assertThat(Bulk.validate(validator, new Bulk.Row<>(4, new Sample("a b", "toolong", 1, 2))))
            .extracting(Bulk.Problem::row, Bulk.Problem::field, Bulk.Problem::messageKey)
            .containsExactly(tuple(4, "code", "code too long"), tuple(4, "id", "id format"),
                    tuple(4, "low", "low above high"));
        assertThat(Bulk.validate(validator, new Bulk.Row<>(1, new Sample("a-b", "ok", 2, 1)))).isEmpty();
    }

    @Test
    void leavesOutEmptyValuesWhichTheCallerHasReportedAlready() {
        assertThat(Bulk.validate(validator, new Bulk.Row<>(1, new Sample(null, null, 2, 1)))).isEmpty();
    }

    @Test
    void leavesOutTheConstraintsTheOwnerStatesItself() {
        assertThat(Bulk.validate(validator, new Bulk.Row<>(2, new Sample("a-b", "ok", 1, 2)), Ordered.class)).isEmpty();
    }

    @Ordered
    record Sample(@Pattern(regexp = "[a-z-]+", message = "id format") String id,
            @NotBlank(message = "code required") @Size(max = 3, message = "code too long") String code, int high,
            int low) {
    }

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Ordered.Check.class)
    @interface Ordered {

        String message() default "low above high";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Ordered, Sample> {

            @Override
            public boolean isValid(Sample sample, ConstraintValidatorContext context) {
                if (sample.low() <= sample.high()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("low")
                    .addConstraintViolation();
                return false;
            }

        }

    }

}
