package ca.contingent.readiness;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A readiness item's validity: both ends inclusive; no {@code until} means valid forever.
 */
public record ValidityWindow(LocalDate from, LocalDate until) {

    public ValidityWindow {
        if (from == null) {
            throw new IllegalArgumentException("from is required");
        }
        if (!isOrdered(from, until)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    /**
     * Whether a window may end on {@code until}: no end, or not before its start (a
     * window of one day ends where it starts).
     */
    public static boolean isOrdered(LocalDate from, LocalDate until) {
        return until == null || !until.isBefore(from);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(this.from) && (this.until == null || !day.isAfter(this.until));
    }

    /**
     * The first day from {@code start} to {@code end} (inclusive) on which none of the
     * windows is valid, or empty when together they cover every day. Windows that follow
     * each other without a gap (a renewal) cover as one.
     */
    public static Optional<LocalDate> firstUncovered(Collection<ValidityWindow> windows, LocalDate start,
            LocalDate end) {
        List<ValidityWindow> sorted = windows.stream().sorted(Comparator.comparing(ValidityWindow::from)).toList();
        LocalDate day = start;
        for (ValidityWindow window : sorted) {
            if (window.from().isAfter(day)) {
                break;
            }
            if (window.until() == null) {
                return Optional.empty();
            }
            if (!window.until().isBefore(day)) {
                day = window.until().plusDays(1);
                if (day.isAfter(end)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(day);
    }

    /**
     * Valid on {@code day}, and no longer valid on some day within the next {@code days}
     * days.
     */
    public boolean expiresWithin(LocalDate day, int days) {
        return validOn(day) && this.until != null && this.until.isBefore(day.plusDays(days));
    }

}
