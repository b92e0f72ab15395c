package ca.contingent.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mission's authorized strength over time: the mission's own strength until the first
 * change, then the latest change that took effect on or before the day. {@code null}
 * means no limit. The one place that answers "the strength in force on a day", for the
 * deploy check and the rotation plan alike.
 *
 * @param base the mission's own authorized strength, in force before the first change
 * ({@code null}: no limit)
 * @param changes the changes, oldest first
 */
public record StrengthHistory(Integer base, List<Change> changes) {

    /** From {@code effectiveFrom} on (inclusive), the strength is {@code strength}. */
    public record Change(LocalDate effectiveFrom, int strength) {
    }

    public StrengthHistory {
        changes = changes.stream().sorted(Comparator.comparing(Change::effectiveFrom)).toList();
    }

    /** A strength that never changes ({@code null}: no limit). */
    public static StrengthHistory fixed(Integer strength) {
        return new StrengthHistory(strength, List.of());
    }

    /**
     * The strength in force on the day, or {@code null} when no limit applies that day.
     */
    public Integer on(LocalDate day) {
        Integer strength = this.base;
        for (Change change : this.changes) {
            if (change.effectiveFrom().isAfter(day)) {
                break;
            }
            strength = change.strength();
        }
        return strength;
    }

    /** Whether any day has a limit. */
    public boolean limited() {
        return this.base != null || !this.changes.isEmpty();
    }

    /**
     * The runs of days from {@code from} to {@code to} with one strength each, in order:
     * what a page shows as "4 until 31 May, then 6".
     */
    public List<Step> steps(LocalDate from, LocalDate to) {
        List<Step> steps = new ArrayList<>();
        LocalDate start = from;
        for (Change change : this.changes) {
            LocalDate effective = change.effectiveFrom();
            if (effective.isAfter(start) && !effective.isAfter(to)) {
                steps.add(new Step(start, effective.minusDays(1), on(start)));
                start = effective;
            }
        }
        steps.add(new Step(start, to, on(start)));
        return List.copyOf(steps);
    }

    /**
     * Days {@code from}–{@code to} (inclusive) under one strength ({@code null}: no
     * limit).
     */
    public record Step(LocalDate from, LocalDate to, Integer strength) {
    }

}
