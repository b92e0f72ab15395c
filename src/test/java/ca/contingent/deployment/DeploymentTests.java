package ca.contingent.deployment;

import java.time.LocalDate;

import ca.contingent.shared.UnprocessableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The lifecycle steps the aggregate guards by itself, without the database. */
class DeploymentTests {

    private static final LocalDate START = LocalDate.of(2030, 1, 1);

    private static final LocalDate END = LocalDate.of(2030, 12, 31);

    private static Deployment in(DeploymentStatus status) {
        return new Deployment(7L, "T-D1", 1L, 2L, "Advisor", false, Term.LONG, START, END, status, 3);
    }

    @Test
    void aPlannedDeploymentIsDeployedWithEverythingElseKept() {
        Deployment deployed = in(DeploymentStatus.PLANNED).deploy();
        assertThat(deployed.status()).isEqualTo(DeploymentStatus.DEPLOYED);
        assertThat(deployed).usingRecursiveComparison()
            .ignoringFields("status")
            .isEqualTo(in(DeploymentStatus.PLANNED));
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentStatus.class, names = "PLANNED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPlannedDeploymentIsDeployed(DeploymentStatus status) {
        assertThatExceptionOfType(InvalidTransitionException.class).isThrownBy(() -> in(status).deploy())
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(status))
            .withMessage("deployment T-D1 is " + status);
    }

    @Test
    void aDeployedDeploymentCompletesOnItsPlannedEndByDefault() {
        Deployment completed = in(DeploymentStatus.DEPLOYED).complete(null);
        assertThat(completed.status()).isEqualTo(DeploymentStatus.COMPLETED);
        assertThat(completed.endDate()).isEqualTo(END);
    }

    @Test
    void aDeploymentCompletesEarlyOnAnyDayFromItsStart() {
        assertThat(in(DeploymentStatus.DEPLOYED).complete(START).endDate()).isEqualTo(START);
        assertThat(in(DeploymentStatus.DEPLOYED).complete(LocalDate.of(2030, 6, 30)).endDate())
            .isEqualTo(LocalDate.of(2030, 6, 30));
    }

    @Test
    void aCompletionEndsNeitherBeforeTheStartNorAfterThePlannedEnd() {
        assertThatExceptionOfType(UnprocessableException.class)
            .isThrownBy(() -> in(DeploymentStatus.DEPLOYED).complete(START.minusDays(1)))
            .satisfies((ex) -> assertThat(ex.errors()).singleElement()
                .satisfies((error) -> assertThat(error.messageKey()).isEqualTo("lifecycle.endDate.beforeStart")));
        assertThatExceptionOfType(UnprocessableException.class)
            .isThrownBy(() -> in(DeploymentStatus.DEPLOYED).complete(END.plusDays(1)))
            .satisfies((ex) -> assertThat(ex.errors()).singleElement()
                .satisfies((error) -> assertThat(error.messageKey()).isEqualTo("lifecycle.endDate.afterPlannedEnd")));
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentStatus.class, names = "DEPLOYED", mode = EnumSource.Mode.EXCLUDE)
    void onlyADeployedDeploymentCompletes(DeploymentStatus status) {
        assertThatExceptionOfType(InvalidTransitionException.class).isThrownBy(() -> in(status).complete(null))
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(status));
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentStatus.class, names = { "PLANNED", "DEPLOYED" })
    void aPlannedOrDeployedDeploymentIsCancelledWithAReasonAndKeepsItsDates(DeploymentStatus status) {
        Deployment cancelled = in(status).cancel("Mission suspended");
        assertThat(cancelled.status()).isEqualTo(DeploymentStatus.CANCELLED);
        assertThat(cancelled.startDate()).isEqualTo(START);
        assertThat(cancelled.endDate()).isEqualTo(END);
    }

    @ParameterizedTest
    @EnumSource(value = DeploymentStatus.class, names = { "COMPLETED", "CANCELLED" })
    void aFinishedDeploymentIsNotCancelled(DeploymentStatus status) {
        assertThatExceptionOfType(InvalidTransitionException.class).isThrownBy(() -> in(status).cancel("Too late"))
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(status));
    }

    @Test
    void aCancellationNeedsAReasonAskedBeforeTheState() {
        for (String reason : new String[] { null, "", "   " }) {
            assertThatExceptionOfType(UnprocessableException.class)
                .isThrownBy(() -> in(DeploymentStatus.COMPLETED).cancel(reason))
                .satisfies((ex) -> assertThat(ex.errors()).singleElement()
                    .satisfies((error) -> assertThat(error.field()).isEqualTo("reason")));
        }
    }

    @Test
    void aNewDeploymentIsPlannedWhateverStatusTheFormShowsAndAnEditKeepsTheStatus() {
        DeploymentForm form = new DeploymentForm(null, "P1", "CPMU", "Mentor", true, Term.SHORT, START, END,
                DeploymentStatus.COMPLETED, null);
        Deployment created = Deployment.create(form, "T-D2", 1L, 2L);
        assertThat(created.status()).isEqualTo(DeploymentStatus.PLANNED);
        assertThat(created.leadership()).isTrue();
        Deployment edited = in(DeploymentStatus.DEPLOYED).edit(form, 1L, 2L, 3);
        assertThat(edited.status()).isEqualTo(DeploymentStatus.DEPLOYED);
        assertThat(edited.externalId()).isEqualTo("T-D1");
        assertThat(edited.role()).isEqualTo("Mentor");
    }

}
