package ca.contingent.monthly;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ca.contingent.shared.ConflictException;
import ca.contingent.shared.Role;
import ca.contingent.shared.UnprocessableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.security.access.AccessDeniedException;

import static ca.contingent.monthly.MonthlyReportStatus.APPROVED;
import static ca.contingent.monthly.MonthlyReportStatus.DRAFT;
import static ca.contingent.monthly.MonthlyReportStatus.RETURNED;
import static ca.contingent.monthly.MonthlyReportStatus.REVIEWED;
import static ca.contingent.monthly.MonthlyReportStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The report's own state machine, without Spring or a database: every step from every
 * status, allowed and refused, for the roles that may take it and those that may not; the
 * comment a step requires; the member's edits, only in DRAFT or RETURNED and at the
 * current version.
 */
class MonthlyReportTests {

    private static final Set<Role> MEMBER = EnumSet.of(Role.MEMBER);

    private static final Set<Role> COMMANDER = EnumSet.of(Role.MISSION_COMMANDER);

    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    private static final Set<Role> OFFICER = EnumSet.of(Role.PROGRAM_OFFICER);

    private static final ReportLine LINE = new ReportLine("TRAINING", "Night patrol workshop", 3, 24, 9);

    @Test
    void aNewReportIsADraftKeyedByPersonAndMonth() {
        MonthlyReport draft = MonthlyReport.draft("P-1", 10, 20, month(), form(List.of(LINE), null));
        assertThat(draft.status()).isEqualTo(DRAFT);
        assertThat(draft.key()).isEqualTo("P-1-2030-05");
        assertThat(draft.lines()).containsExactly(LINE);
        assertThat(draft.results()).isEqualTo("Results");
    }

    @Test
    void theWholeWorkflowFromDraftToApprovalAndBackByReopening() {
        MonthlyReport report = report(DRAFT);
        report = report.take(Step.SUBMIT, MEMBER, null);
        assertThat(report.status()).isEqualTo(SUBMITTED);
        report = report.take(Step.REVIEW, COMMANDER, null);
        assertThat(report.status()).isEqualTo(REVIEWED);
        report = report.take(Step.APPROVE, OFFICER, null);
        assertThat(report.status()).isEqualTo(APPROVED);
        report = report.take(Step.REOPEN, ADMIN, "Sessions double-counted");
        assertThat(report.status()).as("back to the member with the reason").isEqualTo(RETURNED);
        report = report.take(Step.SUBMIT, MEMBER, null);
        assertThat(report.status()).isEqualTo(SUBMITTED);
        report = report.take(Step.RETURN, COMMANDER, "Add the women");
        assertThat(report.status()).isEqualTo(RETURNED);
    }

    @Test
    void aStepChangesTheStatusOnly() {
        MonthlyReport report = report(DRAFT);
        MonthlyReport submitted = report.take(Step.SUBMIT, MEMBER, null);
        assertThat(submitted).usingRecursiveComparison().ignoringFields("status").isEqualTo(report);
        assertThat(report.status()).as("the report taken from is left as it was").isEqualTo(DRAFT);
    }

    /**
     * Every step from every status: allowed exactly from the statuses of the workflow's
     * table, refused from the others with 409 naming the report, the step and the status.
     */
    @ParameterizedTest
    @EnumSource(Step.class)
    void eachStepStartsOnlyFromItsStatuses(Step step) {
        Set<MonthlyReportStatus> allowed = switch (step) {
            case SUBMIT -> EnumSet.of(DRAFT, RETURNED);
            case RETURN -> EnumSet.of(SUBMITTED, REVIEWED);
            case REVIEW -> EnumSet.of(SUBMITTED);
            case APPROVE -> EnumSet.of(REVIEWED);
            case REOPEN -> EnumSet.of(APPROVED);
        };
        MonthlyReportStatus to = switch (step) {
            case SUBMIT -> SUBMITTED;
            case RETURN, REOPEN -> RETURNED;
            case REVIEW -> REVIEWED;
            case APPROVE -> APPROVED;
        };
        for (MonthlyReportStatus status : MonthlyReportStatus.values()) {
            MonthlyReport report = report(status);
            if (allowed.contains(status)) {
                assertThat(report.take(step, step.roles(), "Because").status()).as("%s from %s", step, status)
                    .isEqualTo(to);
            }
            else {
                assertThatExceptionOfType(ConflictException.class).as("%s from %s", step, status)
                    .isThrownBy(() -> report.take(step, step.roles(), "Because"))
                    .satisfies((ex) -> {
                        assertThat(ex.messageKey()).isEqualTo("monthly.step.refused");
                        assertThat(ex.arguments()).containsExactly("P-1-2030-05", step.path(), status.name());
                    });
            }
        }
    }

    /**
     * Every step for every role: refused (403) to a role outside the step's table, before
     * anything else is looked at, even from a status the step could start from.
     */
    @ParameterizedTest
    @EnumSource(Step.class)
    void eachStepIsRefusedToTheRolesOutsideItsTable(Step step) {
        MonthlyReportStatus from = MonthlyReportStatus.values()[0];
        for (MonthlyReportStatus status : MonthlyReportStatus.values()) {
            if (step.startsFrom(status)) {
                from = status;
            }
        }
        MonthlyReport report = report(from);
        for (Role role : Role.values()) {
            if (step.roles().contains(role)) {
                assertThat(report.take(step, EnumSet.of(role), "Because").status()).as("%s by %s", step, role)
                    .isEqualTo(step.to());
            }
            else {
                assertThatExceptionOfType(AccessDeniedException.class).as("%s by %s", step, role)
                    .isThrownBy(() -> report.take(step, EnumSet.of(role), "Because"));
            }
        }
        assertThatExceptionOfType(AccessDeniedException.class).as("no role at all")
            .isThrownBy(() -> report.take(step, Set.of(), "Because"));
    }

    @Test
    void aRoleRefusedIsRefusedBeforeTheStatusIsLookedAt() {
        assertThatExceptionOfType(AccessDeniedException.class)
            .isThrownBy(() -> report(APPROVED).take(Step.SUBMIT, COMMANDER, null));
    }

    @Test
    void aReturnNeedsACommentAndAReopeningAReason() {
        for (String missing : new String[] { null, "", "   " }) {
            assertThatExceptionOfType(UnprocessableException.class)
                .isThrownBy(() -> report(SUBMITTED).take(Step.RETURN, COMMANDER, missing))
                .satisfies((ex) -> {
                    assertThat(ex.errors()).singleElement().satisfies((error) -> {
                        assertThat(error.field()).isEqualTo("comment");
                        assertThat(error.messageKey()).isEqualTo("monthly.comment.required");
                    });
                });
            assertThatExceptionOfType(UnprocessableException.class)
                .isThrownBy(() -> report(APPROVED).take(Step.REOPEN, ADMIN, missing))
                .satisfies((ex) -> {
                    assertThat(ex.errors()).singleElement().satisfies((error) -> {
                        assertThat(error.field()).isEqualTo("reason");
                        assertThat(error.messageKey()).isEqualTo("monthly.reason.required");
                    });
                });
        }
    }

    @Test
    void aMissingCommentIsReportedBeforeAStatusThatRefusesTheStep() {
        assertThatExceptionOfType(UnprocessableException.class)
            .isThrownBy(() -> report(DRAFT).take(Step.RETURN, COMMANDER, null));
    }

    @Test
    void aCommentIsAtMostAThousandCharacters() {
        String longest = "x".repeat(MonthlyReport.COMMENT_MAX);
        assertThat(report(SUBMITTED).take(Step.RETURN, COMMANDER, longest).status()).isEqualTo(RETURNED);
        assertThatExceptionOfType(UnprocessableException.class)
            .isThrownBy(() -> report(SUBMITTED).take(Step.RETURN, COMMANDER, longest + "x"))
            .satisfies((ex) -> assertThat(ex.errors().get(0).messageKey()).isEqualTo("monthly.comment.tooLong"));
        // A step that needs none still keeps one within the bound.
        assertThatExceptionOfType(UnprocessableException.class)
            .isThrownBy(() -> report(DRAFT).take(Step.SUBMIT, MEMBER, longest + "x"));
        assertThat(report(DRAFT).take(Step.SUBMIT, MEMBER, "  " + longest + "  ").status()).isEqualTo(SUBMITTED);
    }

    @Test
    void theMemberEditsADraftOrAReturnedReportAtTheVersionTheySaw() {
        for (MonthlyReportStatus status : new MonthlyReportStatus[] { DRAFT, RETURNED }) {
            ReportLine other = new ReportLine("MENTORING", "Mentoring", 8, null, null);
            MonthlyReport edited = report(status)
                .edit(new MonthlyReportForm(null, null, "New results", "New text", List.of(other), 4));
            assertThat(edited.lines()).containsExactly(other);
            assertThat(edited.results()).isEqualTo("New results");
            assertThat(edited.narrative()).isEqualTo("New text");
            assertThat(edited.status()).isEqualTo(status);
            assertThat(edited.month()).isEqualTo(month());
            assertThat(edited.deploymentId()).isEqualTo(20);
            assertThat(edited.version()).as("the version read, which the save compares").isEqualTo(4);
        }
    }

    @Test
    void anApprovedMonthIsLocked() {
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> report(APPROVED).edit(form(List.of(), 4)))
            .satisfies((ex) -> {
                assertThat(ex.messageKey()).isEqualTo("monthly.locked");
                assertThat(ex.arguments()).containsExactly("P-1-2030-05");
            });
    }

    @Test
    void aReportWaitingForItsReviewersIsNotTheMembersToChange() {
        for (MonthlyReportStatus status : new MonthlyReportStatus[] { SUBMITTED, REVIEWED }) {
            assertThatExceptionOfType(ConflictException.class).as(status.name())
                .isThrownBy(() -> report(status).edit(form(List.of(), 4)))
                .satisfies((ex) -> {
                    assertThat(ex.messageKey()).isEqualTo("monthly.notEditable");
                    assertThat(ex.arguments()).containsExactly("P-1-2030-05", status.name());
                });
        }
    }

    @Test
    void anEditAtAnotherVersionIsStale() {
        for (Integer seen : new Integer[] { 3, 5, null }) {
            assertThatExceptionOfType(ConflictException.class).as("seen %s", seen)
                .isThrownBy(() -> report(DRAFT).edit(form(List.of(), seen)))
                .satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("monthly.stale"));
        }
    }

    @Test
    void theLockIsNamedBeforeTheVersion() {
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> report(APPROVED).edit(form(List.of(), 0)))
            .satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("monthly.locked"));
    }

    @Test
    void aKeyNamesThePersonAndTheMonthEvenWhenThePersonsIdHasHyphens() {
        MonthlyReport.Key key = MonthlyReport.Key.parse("T-MRP1-2030-05");
        assertThat(key.person()).isEqualTo("T-MRP1");
        assertThat(key.month()).isEqualTo(month());
        assertThat(MonthlyReport.Key.of(key.person(), key.month())).isEqualTo("T-MRP1-2030-05");
        for (String malformed : new String[] { null, "", "2030-05", "P-2030-13", "P-2030-5", "P2030-05" }) {
            assertThat(MonthlyReport.Key.parse(malformed)).as(malformed).isNull();
        }
    }

    private static MonthlyReport report(MonthlyReportStatus status) {
        return new MonthlyReport(7L, "P-1", 10, 20, month(), status, "Results", "Narrative", List.of(LINE), 4);
    }

    private static ReportMonth month() {
        return new ReportMonth(YearMonth.of(2030, 5));
    }

    private static MonthlyReportForm form(List<ReportLine> lines, Integer version) {
        return new MonthlyReportForm("2030-05", null, "Results", "Narrative", lines, version);
    }

}
