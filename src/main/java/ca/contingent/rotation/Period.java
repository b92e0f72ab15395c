package ca.contingent.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A run of days, both ends inclusive. */
public record Period(LocalDate from, LocalDate to) {

    public long days() {
        return ChronoUnit.DAYS.between(this.from, this.to) + 1;
    }

}
