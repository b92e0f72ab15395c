package ca.contingent.shared;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The shape of a bulk write, where many records of one module arrive at once (an import
 * file's rows) and go to the module that owns them: each record with the number its
 * caller knows it by, and the rules broken named by that number and by field, so that
 * every problem of the whole set is reported at once.
 */
public final class Bulk {

    private Bulk() {
    }

    /**
     * One record of a bulk write with the number its caller knows it by (an import file's
     * row, 1 being the first data row).
     */
    public record Row<T>(int row, T value) {
    }

    /**
     * A rule that one row breaks: the row, the field (a property of the owning module's
     * command record), and the message as a key of the owner's messages with its
     * arguments. A message that Bean Validation has already rendered in the caller's
     * language stands as its own key, since a message source answers a key it does not
     * know with the key itself (as {@code FormErrors} does for forms).
     */
    public record Problem(int row, String field, String messageKey, Object... arguments) {
    }

    /**
     * The row's value checked against its Bean Validation constraints: the same ones the
     * owning module's forms and API are held to. A {@code null} value is not reported,
     * since in a bulk write it stands for a cell the caller could not read and has
     * reported already; neither are the constraints the owner checks itself for bulk
     * writes, with a message that names the values ({@code statedByOwner}).
     */
    @SafeVarargs
    public static <T> List<Problem> validate(Validator validator, Row<T> row,
            Class<? extends Annotation>... statedByOwner) {
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(row.value())) {
            if (violation.getInvalidValue() == null || stated(violation, statedByOwner)) {
                continue;
            }
            problems.add(new Problem(row.row(), violation.getPropertyPath().toString(), violation.getMessage()));
        }
        // Bean Validation reports in no particular order; by field, the order of a row is
        // the same every time.
        problems.sort(Comparator.comparing(Problem::field));
        return problems;
    }

    private static boolean stated(ConstraintViolation<?> violation, Class<? extends Annotation>[] statedByOwner) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        for (Class<? extends Annotation> stated : statedByOwner) {
            if (stated.equals(type)) {
                return true;
            }
        }
        return false;
    }

}
