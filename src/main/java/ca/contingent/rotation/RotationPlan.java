package ca.contingent.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.contingent.mission.StrengthHistory;

/**
 * A mission's rotation plan over a window: each role's succession of stays with the
 * handover overlap, and the days the mission is short of people or over its authorized
 * strength. Computed in memory from the mission's stays (a mission has tens of
 * deployments a year, not thousands), so that the rules can be tested without a database.
 * <p>
 * A gap is a day of the window with fewer people present (planned, deployed or completed)
 * than the target of that day: the authorized strength in force that day (the strength
 * history: a change of strength takes effect on its date), since that is what the mission
 * asked for; on days without one, the largest number present on any day of the window,
 * which is the most the plan itself ever provides. A day over strength counts planned and
 * deployed stays only: a completed stay can no longer be changed, so it is no longer a
 * plan.
 */
public record RotationPlan(Period window, List<StrengthHistory.Step> strengths, int most, List<RoleLine> roles,
        List<Period> gaps, long gapDays, List<Period> overStrength, long overStrengthDays) {

    /** One role and its stays in order of arrival. */
    public record RoleLine(String role, List<Line> stays) {
    }

    /**
     * A stay in the window with its successor in the same role (null when none is planned
     * yet), the days both are there (0 when the successor arrives after the holder
     * leaves) and the bar's place as percentages of the window.
     */
    public record Line(Stay stay, Stay successor, long handoverDays, String offset, String width) {
    }

    public static RotationPlan of(Period window, StrengthHistory strength, List<Stay> all) {
        List<Stay> sorted = all.stream()
            .filter((stay) -> !"CANCELLED".equals(stay.status()))
            .sorted(Comparator.comparing(Stay::start).thenComparing(Stay::end).thenComparing(Stay::externalId))
            .toList();
        Map<String, List<Stay>> byRole = new LinkedHashMap<>();
        sorted.forEach((stay) -> byRole.computeIfAbsent(stay.role(), (role) -> new ArrayList<>()).add(stay));

        long windowDays = window.days();
        List<RoleLine> roles = new ArrayList<>();
        byRole.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
            List<Stay> stays = entry.getValue();
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < stays.size(); i++) {
                Stay stay = stays.get(i);
                if (!overlaps(stay, window)) {
                    continue;
                }
                // Successors are looked for in the whole history, not only the window: a
                // replacement who arrives
                // after the window closes is still the replacement.
                Stay successor = i + 1 < stays.size() ? stays.get(i + 1) : null;
                LocalDate from = max(stay.start(), window.from());
                LocalDate to = min(stay.end(), window.to());
                lines.add(new Line(stay, successor, successor == null ? 0 : handover(stay, successor),
                        percent(ChronoUnit.DAYS.between(window.from(), from), windowDays),
                        percent(ChronoUnit.DAYS.between(from, to) + 1, windowDays)));
            }
            if (!lines.isEmpty()) {
                roles.add(new RoleLine(entry.getKey(), List.copyOf(lines)));
            }
        });

        int[] present = new int[(int) windowDays];
        int[] planned = new int[(int) windowDays];
        for (Stay stay : sorted) {
            if (!overlaps(stay, window)) {
                continue;
            }
            int first = (int) ChronoUnit.DAYS.between(window.from(), max(stay.start(), window.from()));
            int last = (int) ChronoUnit.DAYS.between(window.from(), min(stay.end(), window.to()));
            for (int day = first; day <= last; day++) {
                present[day]++;
                if (stay.isCurrentOrPlanned()) {
                    planned[day]++;
                }
            }
        }
        int most = 0;
        for (int count : present) {
            most = Math.max(most, count);
        }
        boolean[] short_ = new boolean[present.length];
        boolean[] over = new boolean[present.length];
        for (int day = 0; day < present.length; day++) {
            Integer authorized = strength.on(window.from().plusDays(day));
            short_[day] = present[day] < (authorized != null ? authorized : most);
            over[day] = authorized != null && planned[day] > authorized;
        }
        List<Period> gaps = runs(window.from(), short_);
        List<Period> overStrength = runs(window.from(), over);
        return new RotationPlan(window, strength.steps(window.from(), window.to()), most, List.copyOf(roles), gaps,
                total(gaps), overStrength, total(overStrength));
    }

    /** Whether some day of the window has an authorized strength. */
    public boolean limited() {
        return this.strengths.stream().anyMatch((step) -> step.strength() != null);
    }

    /**
     * The days both the holder and the successor are there, inclusive of both ends; 0
     * when they never meet.
     */
    static long handover(Stay holder, Stay successor) {
        LocalDate from = max(holder.start(), successor.start());
        LocalDate to = min(holder.end(), successor.end());
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Every stay shown, in role order then arrival order: the rows of the table, the CSV
     * and the calendar.
     */
    public List<Line> lines() {
        return this.roles.stream().flatMap((role) -> role.stays().stream()).toList();
    }

    private static boolean overlaps(Stay stay, Period window) {
        return !stay.end().isBefore(window.from()) && !stay.start().isAfter(window.to());
    }

    private static List<Period> runs(LocalDate from, boolean[] flags) {
        List<Period> runs = new ArrayList<>();
        int start = -1;
        for (int day = 0; day <= flags.length; day++) {
            boolean on = day < flags.length && flags[day];
            if (on && start < 0) {
                start = day;
            }
            else if (!on && start >= 0) {
                runs.add(new Period(from.plusDays(start), from.plusDays(day - 1)));
                start = -1;
            }
        }
        return List.copyOf(runs);
    }

    private static long total(List<Period> periods) {
        return periods.stream().mapToLong(Period::days).sum();
    }

    // Percentages for SVG attributes (not inline styles, which the CSP forbids); a dot
    // whatever the locale.
    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * part / whole);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

}
