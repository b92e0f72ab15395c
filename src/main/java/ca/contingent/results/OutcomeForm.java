package ca.contingent.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person enters about an outcome; the parent is named by its code. The code cannot
 * change once created.
 */
public record OutcomeForm(
        @NotBlank(message = REQUIRED) @Size(max = 30, message = LONG) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*",
                message = CODE) String code,
        @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) String nameEn,
        @NotBlank(message = REQUIRED) @Size(max = 300, message = LONG) String nameFr,
        @NotNull(message = REQUIRED) Level level, String parent, Integer version) {

    static final String REQUIRED = "{results.validation.required}";

    static final String LONG = "{results.validation.tooLong}";

    static final String CODE = "{results.validation.code}";

    static final String NOT_NEGATIVE = "{results.validation.notNegative}";

    public OutcomeForm {
        code = trimmed(code);
        nameEn = trimmed(nameEn);
        nameFr = trimmed(nameFr);
        parent = trimmed(parent);
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static OutcomeForm empty() {
        return new OutcomeForm(null, null, null, null, null, null);
    }

    static OutcomeForm of(Outcome outcome, String parentCode) {
        return new OutcomeForm(outcome.code(), outcome.nameEn(), outcome.nameFr(), outcome.level(), parentCode,
                outcome.version());
    }

}
