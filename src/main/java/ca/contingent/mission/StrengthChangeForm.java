package ca.contingent.mission;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A change of authorized strength: from this day on (inclusive), this many people. */
public record StrengthChangeForm(@NotNull(message = "{mission.strength.from.required}") LocalDate effectiveFrom,
        @NotNull(message = "{mission.strength.required}") @PositiveOrZero(
                message = "{mission.validation.notNegative}") Integer strength) {

    static StrengthChangeForm empty() {
        return new StrengthChangeForm(null, null);
    }

}
