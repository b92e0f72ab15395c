package ca.contingent.results;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A highlight as a person enters it, in both languages; the mission by its code, the year
 * as 2024-25.
 */
public record HighlightForm(@NotBlank(message = OutcomeForm.REQUIRED) String mission,
        @NotBlank(message = OutcomeForm.REQUIRED) String fiscalYear,
        @NotNull(message = OutcomeForm.REQUIRED) @Min(value = 1, message = "{results.validation.position}") @Max(
                value = 999, message = "{results.validation.position}") Integer position,
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 200, message = OutcomeForm.LONG) String titleEn,
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 200, message = OutcomeForm.LONG) String titleFr,
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 4000, message = OutcomeForm.LONG) String textEn,
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 4000, message = OutcomeForm.LONG) String textFr,
        Integer version) {

    public HighlightForm {
        mission = OutcomeForm.trimmed(mission);
        fiscalYear = OutcomeForm.trimmed(fiscalYear);
        titleEn = OutcomeForm.trimmed(titleEn);
        titleFr = OutcomeForm.trimmed(titleFr);
        textEn = OutcomeForm.trimmed(textEn);
        textFr = OutcomeForm.trimmed(textFr);
    }

    static HighlightForm empty(String mission, String fiscalYear) {
        return new HighlightForm(mission, fiscalYear, null, null, null, null, null, null);
    }

}
