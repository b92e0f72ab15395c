package ca.contingent.monthly;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import ca.contingent.activity.ActivityCategory;
import ca.contingent.activity.ActivityForm;
import ca.contingent.shared.UnprocessableException.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * The rules of a report's lines. An approved line becomes an activity row, so a line
 * follows the activity module's rules, checked by that module's own constraints on
 * {@link ActivityForm} rather than copied here: one of the {@link ActivityCategory}
 * values, a type within the activity's length, sessions given, no count negative, never
 * more women than participants. What this class adds is the way a member reads them: each
 * broken rule named by its field and its line number, in the order of the line's columns.
 */
@Component
class LineRules {

    /** The activity's fields a line fills, in the order of the form's columns. */
    private static final List<String> FIELDS = List.of("category", "type", "sessions", "participants",
            "participantsWomen");

    private final Validator validator;

    LineRules(Validator validator) {
        this.validator = validator;
    }

    /**
     * Adds an error for each broken rule of each line to {@code errors}; fields are named
     * {@code lines[i].field} (from 0) and messages carry the line's number (from 1).
     */
    void check(List<ReportLine> lines, List<FieldError> errors) {
        for (int i = 0; i < lines.size(); i++) {
            ReportLine line = lines.get(i);
            // The mission, the date and the id are the report's, given at approval: only
            // the line's own fields are checked here.
            ActivityForm asActivity = new ActivityForm(null, null, null, category(line.category()), line.type(),
                    line.sessions(), line.participants(), line.participantsWomen(), null);
            Map<String, FieldError> byField = new LinkedHashMap<>();
            for (ConstraintViolation<ActivityForm> violation : this.validator.validate(asActivity)) {
                String field = violation.getPropertyPath().toString();
                if (FIELDS.contains(field)) {
                    byField.putIfAbsent(field, error(violation, field, line, i));
                }
            }
            FIELDS.stream().map(byField::get).filter(Objects::nonNull).forEach(errors::add);
        }
    }

    /** The category a line names, or null when it names none or an unknown one. */
    static ActivityCategory category(String name) {
        return Arrays.stream(ActivityCategory.values())
            .filter((category) -> category.name().equals(name))
            .findFirst()
            .orElse(null);
    }

    private static FieldError error(ConstraintViolation<ActivityForm> violation, String field, ReportLine line,
            int index) {
        int n = index + 1;
        String name = "lines[" + index + "]." + field;
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (field.equals("category")) {
            return (line.category() == null) ? new FieldError(name, "monthly.line.category.required", n)
                    : new FieldError(name, "monthly.line.category.unknown", n, line.category(), categories());
        }
        if ((constraint == NotNull.class || constraint == NotBlank.class)
                && (field.equals("type") || field.equals("sessions"))) {
            return new FieldError(name, "monthly.line." + field + ".required", n);
        }
        if (constraint == Size.class && field.equals("type")) {
            return new FieldError(name, "monthly.line.type.tooLong", n,
                    violation.getConstraintDescriptor().getAttributes().get("max"));
        }
        if (constraint == PositiveOrZero.class) {
            return new FieldError(name, "monthly.line.negative", n);
        }
        // The activity's rule across two fields is reported on the women's count.
        if (field.equals("participantsWomen") && violation.getInvalidValue() instanceof ActivityForm) {
            return new FieldError(name, "monthly.line.womenAboveParticipants", n, line.participantsWomen(),
                    (line.participants() == null) ? 0 : line.participants());
        }
        return new FieldError(name, "monthly.line.invalid", n, violation.getMessage());
    }

    private static String categories() {
        return Arrays.stream(ActivityCategory.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

}
