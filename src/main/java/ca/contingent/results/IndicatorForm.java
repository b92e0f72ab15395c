package ca.contingent.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person enters about an indicator: its outcome by code, its measures as
 * {@code MEASURE[:CATEGORY[:TYPE]]}.
 */
public record IndicatorForm(
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 30, message = OutcomeForm.LONG) @Pattern(
                regexp = "[A-Z0-9][A-Z0-9_-]*", message = OutcomeForm.CODE) String code,
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 300, message = OutcomeForm.LONG) String nameEn,
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 300, message = OutcomeForm.LONG) String nameFr,
        @NotBlank(message = OutcomeForm.REQUIRED) String outcome,
        @NotBlank(message = OutcomeForm.REQUIRED) @Size(max = 250, message = OutcomeForm.LONG) String numerator,
        @Size(max = 250, message = OutcomeForm.LONG) String denominator,
        @NotNull(message = OutcomeForm.REQUIRED) Unit unit, Integer version) {

    public IndicatorForm {
        code = OutcomeForm.trimmed(code);
        nameEn = OutcomeForm.trimmed(nameEn);
        nameFr = OutcomeForm.trimmed(nameFr);
        outcome = OutcomeForm.trimmed(outcome);
        numerator = OutcomeForm.trimmed(numerator);
        denominator = OutcomeForm.trimmed(denominator);
    }

    static IndicatorForm empty() {
        return new IndicatorForm(null, null, null, null, null, null, null, null);
    }

    static IndicatorForm of(Indicator indicator, String outcomeCode) {
        return new IndicatorForm(indicator.code(), indicator.nameEn(), indicator.nameFr(), outcomeCode,
                indicator.numerator(), indicator.denominator(), indicator.unit(), indicator.version());
    }

}
