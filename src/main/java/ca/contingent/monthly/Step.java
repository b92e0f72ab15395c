package ca.contingent.monthly;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.contingent.shared.Role;

import static ca.contingent.monthly.MonthlyReportStatus.APPROVED;
import static ca.contingent.monthly.MonthlyReportStatus.DRAFT;
import static ca.contingent.monthly.MonthlyReportStatus.RETURNED;
import static ca.contingent.monthly.MonthlyReportStatus.REVIEWED;
import static ca.contingent.monthly.MonthlyReportStatus.SUBMITTED;
import static ca.contingent.shared.Role.ADMIN;
import static ca.contingent.shared.Role.MEMBER;
import static ca.contingent.shared.Role.MISSION_COMMANDER;
import static ca.contingent.shared.Role.PROGRAM_OFFICER;

/**
 * The workflow's steps, and the one table of who may take each: from which statuses a
 * step may start, where it leads, which roles may take it and whether it needs a comment.
 * The report ({@link MonthlyReport#take}), the report's page (which buttons it shows) and
 * the security rules of the step addresses all read this table. A commander takes a step
 * only on their missions' reports (the caller's scope decides which).
 */
public enum Step {

    SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED, EnumSet.of(MEMBER), null),
    RETURN(EnumSet.of(SUBMITTED, REVIEWED), RETURNED, EnumSet.of(MISSION_COMMANDER, ADMIN, PROGRAM_OFFICER), "comment"),
    REVIEW(EnumSet.of(SUBMITTED), REVIEWED, EnumSet.of(MISSION_COMMANDER), null),
    APPROVE(EnumSet.of(REVIEWED), APPROVED, EnumSet.of(ADMIN, PROGRAM_OFFICER), null),
    // Back to RETURNED rather than DRAFT: the member sees the reason as the last comment
    // and resubmits.
    REOPEN(EnumSet.of(APPROVED), RETURNED, EnumSet.of(ADMIN, PROGRAM_OFFICER), "reason");

    private final Set<MonthlyReportStatus> from;

    private final MonthlyReportStatus to;

    private final Set<Role> roles;

    private final String commentField;

    Step(Set<MonthlyReportStatus> from, MonthlyReportStatus to, Set<Role> roles, String commentField) {
        this.from = Collections.unmodifiableSet(from);
        this.to = to;
        this.roles = Collections.unmodifiableSet(roles);
        this.commentField = commentField;
    }

    /**
     * Who writes reports (creates and edits their own drafts): whoever submits them, the
     * member.
     */
    public static Set<Role> writers() {
        return SUBMIT.roles;
    }

    /**
     * Who reads reports, each within their scope: whoever takes a step of the workflow.
     */
    public static Set<Role> readers() {
        Set<Role> readers = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).forEach((step) -> readers.addAll(step.roles));
        return Collections.unmodifiableSet(readers);
    }

    /**
     * Who follows reports up (the list of months owed): whoever takes a step on a report
     * once it is submitted.
     */
    public static Set<Role> reviewers() {
        Set<Role> reviewers = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).filter((step) -> step != SUBMIT).forEach((step) -> reviewers.addAll(step.roles));
        return Collections.unmodifiableSet(reviewers);
    }

    /**
     * The steps a caller with these roles may take on a report in this status, in the
     * workflow's order: the buttons of the report's page.
     */
    public static List<Step> open(MonthlyReportStatus status, Set<Role> callerRoles) {
        return Arrays.stream(values()).filter((step) -> step.startsFrom(status) && step.allows(callerRoles)).toList();
    }

    public boolean startsFrom(MonthlyReportStatus status) {
        return this.from.contains(status);
    }

    public MonthlyReportStatus to() {
        return this.to;
    }

    /** The roles that may take this step. */
    public Set<Role> roles() {
        return this.roles;
    }

    public boolean allows(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(this.roles::contains);
    }

    public boolean needsComment() {
        return this.commentField != null;
    }

    /**
     * The name of the step's required text, in forms, the API and errors: a return's
     * {@code comment}, a reopening's {@code reason}; {@code comment} for a step that
     * needs none.
     */
    public String commentField() {
        return this.commentField == null ? "comment" : this.commentField;
    }

    /** The path segment of the step: submit, return, review, approve, reopen. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

}
