package ca.contingent.rotation;

import java.time.LocalDate;
import java.util.List;

import ca.contingent.mission.StrengthHistory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RotationPlanTests {

    private static final Period JANUARY_2030 = new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31));

    @Test
    void theSuccessorIsTheNextStayInTheSameRoleAndTheHandoverCountsTheDaysBothAreThere() {
        Stay first = stay("D1", "Advisor", "DEPLOYED", "2029-12-01", "2030-01-10");
        Stay second = stay("D2", "Advisor", "PLANNED", "2030-01-08", "2030-03-31");
        Stay other = stay("D3", "Trainer", "PLANNED", "2030-01-09", "2030-01-20");

        RotationPlan plan = RotationPlan.of(JANUARY_2030, StrengthHistory.fixed(null), List.of(second, other, first));

        assertThat(plan.roles()).extracting(RotationPlan.RoleLine::role).containsExactly("Advisor", "Trainer");
        RotationPlan.Line holder = plan.roles().get(0).stays().get(0);
        assertThat(holder.stay()).isEqualTo(first);
        assertThat(holder.successor()).isEqualTo(second);
        // January 8, 9 and 10, both ends inclusive.
        assertThat(holder.handoverDays()).isEqualTo(3);
        assertThat(plan.roles().get(0).stays().get(1).successor()).isNull();
        assertThat(plan.roles().get(1).stays().get(0).successor()).as("another role is not a successor").isNull();
    }

    @Test
    void aSuccessorWhoArrivesAfterTheHolderLeavesHasNoHandover() {
        Stay holder = stay("D1", "Advisor", "DEPLOYED", "2030-01-01", "2030-01-10");
        Stay next = stay("D2", "Advisor", "PLANNED", "2030-01-11", "2030-02-10");
        Stay late = stay("D3", "Advisor", "PLANNED", "2030-03-01", "2030-03-10");

        assertThat(RotationPlan.handover(holder, next)).isZero();
        assertThat(RotationPlan.handover(next, late)).isZero();
        // The same day counts once: arriving on the holder's last day is one day of
        // handover.
        assertThat(RotationPlan.handover(holder, stay("D4", "Advisor", "PLANNED", "2030-01-10", "2030-01-20")))
            .isEqualTo(1);
    }

    @Test
    void aSuccessorAfterTheWindowIsStillNamedButNotDrawn() {
        Stay holder = stay("D1", "Advisor", "DEPLOYED", "2030-01-01", "2030-01-31");
        Stay next = stay("D2", "Advisor", "PLANNED", "2030-02-01", "2030-06-30");

        RotationPlan plan = RotationPlan.of(JANUARY_2030, StrengthHistory.fixed(null), List.of(holder, next));

        assertThat(plan.lines()).hasSize(1);
        assertThat(plan.lines().get(0).successor()).isEqualTo(next);
    }

    @Test
    void gapsAreDaysBelowTheAuthorizedStrengthAndOverStrengthCountsOnlyPlannedAndDeployed() {
        List<Stay> stays = List.of(stay("D1", "Advisor", "DEPLOYED", "2030-01-01", "2030-01-20"),
                stay("D2", "Advisor", "PLANNED", "2030-01-15", "2030-01-31"),
                stay("D3", "Trainer", "COMPLETED", "2030-01-01", "2030-01-05"),
                stay("D4", "Trainer", "PLANNED", "2030-01-18", "2030-01-19"),
                stay("D5", "Trainer", "CANCELLED", "2030-01-01", "2030-01-31"));

        RotationPlan plan = RotationPlan.of(JANUARY_2030, StrengthHistory.fixed(2), stays);

        // Present: 1-5 two people (D1, D3), 6-14 one, 15-20 two or three, 21-31 one.
        assertThat(plan.strengths()).extracting(StrengthHistory.Step::strength).containsExactly(2);
        assertThat(plan.gaps()).containsExactly(period("2030-01-06", "2030-01-14"), period("2030-01-21", "2030-01-31"));
        assertThat(plan.gapDays()).isEqualTo(9 + 11);
        // Over two among planned and deployed: D1, D2 and D4 on the 18th and 19th; the
        // completed D3 never counts.
        assertThat(plan.overStrength()).containsExactly(period("2030-01-18", "2030-01-19"));
        assertThat(plan.overStrengthDays()).isEqualTo(2);
        assertThat(plan.lines()).extracting((line) -> line.stay().externalId()).doesNotContain("D5");
    }

    @Test
    void withoutAnAuthorizedStrengthTheTargetIsTheMostPresentOnAnyDayAndNothingIsOverStrength() {
        List<Stay> stays = List.of(stay("D1", "Advisor", "DEPLOYED", "2030-01-01", "2030-01-31"),
                stay("D2", "Advisor", "PLANNED", "2030-01-11", "2030-01-20"));

        RotationPlan plan = RotationPlan.of(JANUARY_2030, StrengthHistory.fixed(null), stays);

        assertThat(plan.limited()).isFalse();
        assertThat(plan.most()).isEqualTo(2);
        assertThat(plan.gaps()).containsExactly(period("2030-01-01", "2030-01-10"), period("2030-01-21", "2030-01-31"));
        assertThat(plan.overStrength()).isEmpty();
    }

    @Test
    void eachDayIsMeasuredAgainstTheStrengthInForceThatDay() {
        // Two people all month; the strength is 2, lowered to 1 from the 11th and raised
        // to 3 from the 21st.
        List<Stay> stays = List.of(stay("D1", "Advisor", "DEPLOYED", "2030-01-01", "2030-01-31"),
                stay("D2", "Trainer", "PLANNED", "2030-01-01", "2030-01-31"));
        StrengthHistory strength = new StrengthHistory(2,
                List.of(new StrengthHistory.Change(LocalDate.parse("2030-01-21"), 3),
                        new StrengthHistory.Change(LocalDate.parse("2030-01-11"), 1)));

        RotationPlan plan = RotationPlan.of(JANUARY_2030, strength, stays);

        assertThat(plan.overStrength()).containsExactly(period("2030-01-11", "2030-01-20"));
        assertThat(plan.gaps()).containsExactly(period("2030-01-21", "2030-01-31"));
        assertThat(plan.strengths()).containsExactly(
                new StrengthHistory.Step(LocalDate.parse("2030-01-01"), LocalDate.parse("2030-01-10"), 2),
                new StrengthHistory.Step(LocalDate.parse("2030-01-11"), LocalDate.parse("2030-01-20"), 1),
                new StrengthHistory.Step(LocalDate.parse("2030-01-21"), LocalDate.parse("2030-01-31"), 3));
    }

    @Test
    void barsArePlacedAsPercentagesOfTheWindowClippedToIt() {
        Period tenDays = new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 10));
        RotationPlan plan = RotationPlan.of(tenDays, StrengthHistory.fixed(null),
                List.of(stay("D1", "Advisor", "DEPLOYED", "2029-12-01", "2030-01-05"),
                        stay("D2", "Trainer", "PLANNED", "2030-01-08", "2030-02-28")));

        assertThat(plan.lines()).extracting(RotationPlan.Line::offset).containsExactly("0.000%", "70.000%");
        assertThat(plan.lines()).extracting(RotationPlan.Line::width).containsExactly("50.000%", "30.000%");
    }

    private static Stay stay(String id, String role, String status, String start, String end) {
        return new Stay(id, "Person " + id, role, "T-M", status, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

}
