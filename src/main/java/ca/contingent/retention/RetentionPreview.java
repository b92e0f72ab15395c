package ca.contingent.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run on {@code today} would do.
 *
 * @param cutoff a last deployment ending before this day makes a person due
 * @param due the people due, oldest last deployment first, at most the preview's limit
 * @param dueCount how many are due in all
 * @param withoutDeployment people with no deployment that is not cancelled: the rule has
 * no date to measure from, so they are never anonymised automatically and are left to
 * review by hand
 */
public record RetentionPreview(LocalDate today, LocalDate cutoff, List<DuePerson> due, long dueCount,
        long withoutDeployment) {

    public boolean truncated() {
        return this.dueCount > this.due.size();
    }

}
