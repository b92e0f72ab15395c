package ca.contingent.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Strength day by day: on each day of a period, how many deployments cover it, against
 * the strength in force that day ({@code null} = no limit). Plain Java, so that the rule
 * can be tested without a database.
 */
final class DailyStrength {

    private DailyStrength() {
    }

    /** A deployment's days, both ends inclusive. */
    record Period(LocalDate start, LocalDate end) {

        boolean covers(LocalDate day) {
            return !day.isBefore(this.start) && !day.isAfter(this.end);
        }

    }

    /**
     * A run of consecutive days over strength: the first day, the count with the
     * candidate, the strength.
     */
    record Excess(LocalDate from, LocalDate to, int count, int strength) {
    }

    /**
     * The runs of days from {@code start} to {@code end} on which the candidate, added to
     * the {@code others}, would make more people than the strength of that day.
     */
    static List<Excess> exceeded(LocalDate start, LocalDate end, List<Period> others,
            Function<LocalDate, Integer> strengthOn) {
        List<Excess> runs = new ArrayList<>();
        Excess current = null;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            Integer strength = strengthOn.apply(day);
            LocalDate d = day;
            int count = 1 + (int) others.stream().filter((period) -> period.covers(d)).count();
            boolean over = strength != null && count > strength;
            if (over && current != null && current.strength() == strength) {
                current = new Excess(current.from(), day, Math.max(current.count(), count), strength);
            }
            else if (over) {
                if (current != null) {
                    runs.add(current);
                }
                current = new Excess(day, day, count, strength);
            }
            else if (current != null) {
                runs.add(current);
                current = null;
            }
        }
        if (current != null) {
            runs.add(current);
        }
        return runs;
    }

}
