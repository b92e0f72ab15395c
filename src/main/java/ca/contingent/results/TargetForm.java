package ca.contingent.results;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A target as a person enters it: indicator and mission by code (no mission: the whole
 * program), year as 2024-25.
 */
public record TargetForm(@NotBlank(message = OutcomeForm.REQUIRED) String indicator, String mission,
        @NotBlank(message = OutcomeForm.REQUIRED) String fiscalYear,
        @PositiveOrZero(message = OutcomeForm.NOT_NEGATIVE) @Digits(integer = 12, fraction = 2,
                message = "{results.validation.decimal}") BigDecimal baseline,
        @NotNull(message = OutcomeForm.REQUIRED) @PositiveOrZero(message = OutcomeForm.NOT_NEGATIVE) @Digits(
                integer = 12, fraction = 2, message = "{results.validation.decimal}") BigDecimal target,
        Integer version) {

    public TargetForm {
        indicator = OutcomeForm.trimmed(indicator);
        mission = OutcomeForm.trimmed(mission);
        fiscalYear = OutcomeForm.trimmed(fiscalYear);
    }

    static TargetForm empty(String fiscalYear) {
        return new TargetForm(null, null, fiscalYear, null, null, null);
    }

}
