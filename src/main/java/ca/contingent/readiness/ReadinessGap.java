package ca.contingent.readiness;

import java.time.LocalDate;

/**
 * A required item that does not cover a period: {@code MISSING} when no window of the
 * item is valid on any day of the period, {@code EXPIRES} when it is valid on some days
 * but not on {@code date} (the first day it is not).
 */
public record ReadinessGap(Kind kind, String item, LocalDate date) {

    public enum Kind {

        MISSING, EXPIRES

    }

}
