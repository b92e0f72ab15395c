package ca.contingent.monthly;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static ca.contingent.monthly.MonthlyReportStatus.APPROVED;
import static ca.contingent.monthly.MonthlyReportStatus.DRAFT;
import static ca.contingent.monthly.MonthlyReportStatus.RETURNED;
import static ca.contingent.monthly.MonthlyReportStatus.REVIEWED;
import static ca.contingent.monthly.MonthlyReportStatus.SUBMITTED;
import static ca.contingent.shared.Role.ADMIN;
import static ca.contingent.shared.Role.AGENCY_COORDINATOR;
import static ca.contingent.shared.Role.ANALYST;
import static ca.contingent.shared.Role.AUDITOR;
import static ca.contingent.shared.Role.MEMBER;
import static ca.contingent.shared.Role.MISSION_COMMANDER;
import static ca.contingent.shared.Role.PROGRAM_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step × role table, as the README's "Monthly reports" section states it: the member
 * submits, the mission's commander reviews, the commander and headquarters return,
 * headquarters approve and reopen. The report, its page and the security rules all read
 * this table, so what is checked here is what each of them does.
 */
class StepTests {

    @Test
    void eachStepBelongsToTheRolesOfTheWorkflow() {
        assertThat(Step.SUBMIT.roles()).containsExactly(MEMBER);
        assertThat(Step.RETURN.roles()).containsExactlyInAnyOrder(MISSION_COMMANDER, ADMIN, PROGRAM_OFFICER);
        assertThat(Step.REVIEW.roles()).containsExactly(MISSION_COMMANDER);
        assertThat(Step.APPROVE.roles()).containsExactlyInAnyOrder(ADMIN, PROGRAM_OFFICER);
        assertThat(Step.REOPEN.roles()).containsExactlyInAnyOrder(ADMIN, PROGRAM_OFFICER);
    }

    @Test
    void noStepIsForTheRolesThatOnlyReadAggregatesOrTheLogOrManageTheirAgency() {
        for (Step step : Step.values()) {
            assertThat(step.roles()).as(step.name()).doesNotContain(ANALYST, AUDITOR, AGENCY_COORDINATOR);
        }
    }

    @Test
    void aCallerMayTakeAStepWhenAnyOfTheirRolesMay() {
        assertThat(Step.APPROVE.allows(EnumSet.of(PROGRAM_OFFICER))).isTrue();
        assertThat(Step.APPROVE.allows(EnumSet.of(ANALYST, ADMIN))).isTrue();
        assertThat(Step.APPROVE.allows(EnumSet.of(MISSION_COMMANDER))).isFalse();
        assertThat(Step.APPROVE.allows(Set.of())).isFalse();
    }

    @Test
    void theMemberWritesEveryoneWhoTakesAStepReadsAndTheReviewersFollowUp() {
        assertThat(Step.writers()).containsExactly(MEMBER);
        assertThat(Step.readers()).containsExactlyInAnyOrder(MEMBER, MISSION_COMMANDER, ADMIN, PROGRAM_OFFICER);
        assertThat(Step.reviewers()).containsExactlyInAnyOrder(MISSION_COMMANDER, ADMIN, PROGRAM_OFFICER);
    }

    @Test
    void theButtonsOfAReportArePerStatusAndRole() {
        assertThat(Step.open(DRAFT, EnumSet.of(MEMBER))).containsExactly(Step.SUBMIT);
        assertThat(Step.open(RETURNED, EnumSet.of(MEMBER))).containsExactly(Step.SUBMIT);
        assertThat(Step.open(SUBMITTED, EnumSet.of(MEMBER))).isEmpty();
        assertThat(Step.open(SUBMITTED, EnumSet.of(MISSION_COMMANDER))).containsExactly(Step.RETURN, Step.REVIEW);
        assertThat(Step.open(SUBMITTED, EnumSet.of(ADMIN))).containsExactly(Step.RETURN);
        assertThat(Step.open(REVIEWED, EnumSet.of(MISSION_COMMANDER))).containsExactly(Step.RETURN);
        assertThat(Step.open(REVIEWED, EnumSet.of(PROGRAM_OFFICER))).containsExactly(Step.RETURN, Step.APPROVE);
        assertThat(Step.open(APPROVED, EnumSet.of(ADMIN))).containsExactly(Step.REOPEN);
        assertThat(Step.open(APPROVED, EnumSet.of(MISSION_COMMANDER))).isEmpty();
        for (MonthlyReportStatus status : MonthlyReportStatus.values()) {
            assertThat(Step.open(status, EnumSet.of(ANALYST, AUDITOR, AGENCY_COORDINATOR))).as(status.name()).isEmpty();
        }
    }

    @Test
    void aReturnTakesACommentAReopeningAReasonAndTheOthersNothing() {
        assertThat(Step.RETURN.needsComment()).isTrue();
        assertThat(Step.RETURN.commentField()).isEqualTo("comment");
        assertThat(Step.REOPEN.needsComment()).isTrue();
        assertThat(Step.REOPEN.commentField()).isEqualTo("reason");
        for (Step step : EnumSet.of(Step.SUBMIT, Step.REVIEW, Step.APPROVE)) {
            assertThat(step.needsComment()).as(step.name()).isFalse();
        }
    }

    @Test
    void eachStepHasItsAddress() {
        assertThat(EnumSet.allOf(Step.class)).extracting(Step::path)
            .containsExactly("submit", "return", "review", "approve", "reopen");
    }

    @Test
    void theTableCannotBeChangedFromOutside() {
        assertThat(Step.SUBMIT.roles()).isUnmodifiable();
        assertThat(Step.readers()).isUnmodifiable();
        assertThat(Step.reviewers()).isUnmodifiable();
    }

}
