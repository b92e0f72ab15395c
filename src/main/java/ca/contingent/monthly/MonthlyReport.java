package ca.contingent.monthly;

import java.util.List;
import java.util.Set;

import ca.contingent.shared.ConflictException;
import ca.contingent.shared.Role;
import ca.contingent.shared.UnprocessableException;

import org.springframework.security.access.AccessDeniedException;

/**
 * A member's report on one month of one deployment, and the workflow it follows. It owns
 * its steps: {@link #take} lets a step through only for a role of {@link Step}'s table,
 * with the comment the step requires, from a status the step starts from (naming the
 * status otherwise); {@link #edit} changes the content of a DRAFT or RETURNED report
 * only, at the version the member saw, so that an APPROVED month stays locked. The person
 * is named by their external id, which with the month makes the report's key; person and
 * deployment are other aggregates, referred to by id.
 */
record MonthlyReport(Long id, String person, long personId, long deploymentId, ReportMonth month,
        MonthlyReportStatus status, String results, String narrative, List<ReportLine> lines, int version) {

    /** The longest comment or reason a step keeps (the history's column). */
    static final int COMMENT_MAX = 1000;

    MonthlyReport {
        lines = List.copyOf(lines);
    }

    /** A new report: always a DRAFT, which the member edits until they submit it. */
    static MonthlyReport draft(String person, long personId, long deploymentId, ReportMonth month,
            MonthlyReportForm content) {
        return new MonthlyReport(null, person, personId, deploymentId, month, MonthlyReportStatus.DRAFT,
                content.results(), content.narrative(), content.lines(), 0);
    }

    /**
     * The report's key in addresses and the audit log:
     * {@code <person external id>-<yyyy-mm>}.
     */
    String key() {
        return Key.of(this.person, this.month);
    }

    /**
     * Refuses (409) a change of content unless the report is DRAFT or RETURNED: an
     * APPROVED month is locked, a submitted or reviewed one waits for its reviewers.
     */
    void requireEditable() {
        if (this.status == MonthlyReportStatus.APPROVED) {
            throw new ConflictException("monthly.locked", key());
        }
        if (!this.status.editable()) {
            throw new ConflictException("monthly.notEditable", key(), this.status.name());
        }
    }

    /**
     * The same report with the form's lines, results and narrative (the month and the
     * deployment stay), when it is editable and the form was made from the current
     * version.
     */
    MonthlyReport edit(MonthlyReportForm content) {
        requireEditable();
        if (content.version() == null || content.version() != this.version) {
            throw new ConflictException("monthly.stale", key());
        }
        return new MonthlyReport(this.id, this.person, this.personId, this.deploymentId, this.month, this.status,
                content.results(), content.narrative(), content.lines(), this.version);
    }

    /**
     * The report after {@code step}, taken by a caller with {@code callerRoles}: 403 when
     * none of them may take it, 422 when the step needs a comment (or reason) and has
     * none or one too long, 409 when the report's status is not one the step starts from.
     */
    MonthlyReport take(Step step, Set<Role> callerRoles, String comment) {
        if (!step.allows(callerRoles)) {
            throw new AccessDeniedException("step " + step + " is not for " + callerRoles);
        }
        boolean blank = comment == null || comment.isBlank();
        if (step.needsComment() && blank) {
            throw UnprocessableException.of(step.commentField(), "monthly." + step.commentField() + ".required");
        }
        if (!blank && comment.strip().length() > COMMENT_MAX) {
            throw UnprocessableException.of(step.commentField(), "monthly.comment.tooLong", COMMENT_MAX);
        }
        if (!step.startsFrom(this.status)) {
            throw new ConflictException("monthly.step.refused", key(), step.path(), this.status.name());
        }
        return new MonthlyReport(this.id, this.person, this.personId, this.deploymentId, this.month, step.to(),
                this.results, this.narrative, this.lines, this.version);
    }

    /**
     * The report's key in addresses and the audit log:
     * {@code <person external id>-<yyyy-mm>}.
     */
    record Key(String person, ReportMonth month) {

        static String of(String person, ReportMonth month) {
            return person + "-" + month;
        }

        static Key parse(String key) {
            if (key == null || key.length() < 9 || key.charAt(key.length() - 8) != '-') {
                return null;
            }
            ReportMonth month = ReportMonth.parseOrNull(key.substring(key.length() - 7));
            return month == null ? null : new Key(key.substring(0, key.length() - 8), month);
        }

    }

}
