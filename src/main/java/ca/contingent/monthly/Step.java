package ca.contingent.monthly;

import java.util.Set;

import static ca.contingent.monthly.MonthlyReportStatus.APPROVED;
import static ca.contingent.monthly.MonthlyReportStatus.DRAFT;
import static ca.contingent.monthly.MonthlyReportStatus.RETURNED;
import static ca.contingent.monthly.MonthlyReportStatus.REVIEWED;
import static ca.contingent.monthly.MonthlyReportStatus.SUBMITTED;

/**
 * The workflow's steps: from which statuses each may start, where it leads, which roles
 * may take it and whether it needs a comment. A commander takes a step only on their
 * missions' reports (the caller's scope decides which).
 */
public enum Step {

    SUBMIT(Set.of(DRAFT, RETURNED), SUBMITTED, Set.of("MEMBER"), false),
    RETURN(Set.of(SUBMITTED, REVIEWED), RETURNED, Set.of("MISSION_COMMANDER", "ADMIN", "PROGRAM_OFFICER"), true),
    REVIEW(Set.of(SUBMITTED), REVIEWED, Set.of("MISSION_COMMANDER"), false),
    APPROVE(Set.of(REVIEWED), APPROVED, Set.of("ADMIN", "PROGRAM_OFFICER"), false),
    // Back to RETURNED rather than DRAFT: the member sees the reason as the last comment
    // and resubmits.
    REOPEN(Set.of(APPROVED), RETURNED, Set.of("ADMIN", "PROGRAM_OFFICER"), true);

    private final Set<MonthlyReportStatus> from;

    private final MonthlyReportStatus to;

    private final Set<String> roles;

    private final boolean needsComment;

    Step(Set<MonthlyReportStatus> from, MonthlyReportStatus to, Set<String> roles, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.needsComment = needsComment;
    }

    public boolean startsFrom(MonthlyReportStatus status) {
        return this.from.contains(status);
    }

    public MonthlyReportStatus to() {
        return this.to;
    }

    public boolean allows(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(this.roles::contains);
    }

    public boolean needsComment() {
        return this.needsComment;
    }

    /** The path segment of the step: submit, return, review, approve, reopen. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

}
