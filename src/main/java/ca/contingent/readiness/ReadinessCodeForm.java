package ca.contingent.readiness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new readiness item code; the pattern matches the table's check so a bad code is a
 * field error, not a 500.
 */
public record ReadinessCodeForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9_]*", message = "{validation.code}") String code,
        @NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameFr) {

    public ReadinessCodeForm {
        code = code == null ? null : code.trim();
        nameEn = nameEn == null ? null : nameEn.trim();
        nameFr = nameFr == null ? null : nameFr.trim();
    }

    static ReadinessCodeForm empty() {
        return new ReadinessCodeForm(null, null, null);
    }

}
