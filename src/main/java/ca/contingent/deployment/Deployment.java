package ca.contingent.deployment;

import java.time.LocalDate;

import ca.contingent.shared.UnprocessableException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A person's deployment to a mission. {@code endDate} is the last day, inclusive. The
 * person and the mission are other aggregates, referred to by id.
 */
public record Deployment(@Id Long id, String externalId, Long personId, Long missionId, String role, boolean leadership,
        Term term, LocalDate startDate, LocalDate endDate, DeploymentStatus status, @Version Integer version) {

    /**
     * Always PLANNED: every later status is a lifecycle step, with its own checks and its
     * own history row.
     */
    static Deployment create(DeploymentForm form, String externalId, long personId, long missionId) {
        return new Deployment(null, externalId, personId, missionId, form.role(), form.leadershipChosen(), form.term(),
                form.startDate(), form.endDate(), DeploymentStatus.PLANNED, null);
    }

    /**
     * The same deployment with the form's values, at the version the editor saw; the
     * external id never changes, and neither does the status: it moves only through the
     * lifecycle, which checks and records each step.
     */
    Deployment edit(DeploymentForm form, long personId, long missionId, int seenVersion) {
        return new Deployment(this.id, this.externalId, personId, missionId, form.role(), form.leadershipChosen(),
                form.term(), form.startDate(), form.endDate(), this.status, seenVersion);
    }

    /**
     * PLANNED → DEPLOYED; the readiness and strength checks are the lifecycle service's,
     * which knows the rest.
     */
    Deployment deploy() {
        requireStatus(DeploymentStatus.PLANNED);
        return withStatus(DeploymentStatus.DEPLOYED, this.endDate);
    }

    /**
     * DEPLOYED → COMPLETED, on the given last day (the planned end when {@code null}),
     * early or on time.
     */
    Deployment complete(LocalDate lastDay) {
        requireStatus(DeploymentStatus.DEPLOYED);
        LocalDate end = lastDay == null ? this.endDate : lastDay;
        if (end.isBefore(this.startDate)) {
            throw UnprocessableException.of("endDate", "lifecycle.endDate.beforeStart", end.toString(),
                    this.startDate.toString());
        }
        if (end.isAfter(this.endDate)) {
            throw UnprocessableException.of("endDate", "lifecycle.endDate.afterPlannedEnd", end.toString(),
                    this.endDate.toString());
        }
        return withStatus(DeploymentStatus.COMPLETED, end);
    }

    /** PLANNED or DEPLOYED → CANCELLED, with a reason. */
    Deployment cancel(String reason) {
        if (reason == null || reason.isBlank()) {
            throw UnprocessableException.of("reason", "lifecycle.reason.required");
        }
        requireStatus(DeploymentStatus.PLANNED, DeploymentStatus.DEPLOYED);
        return withStatus(DeploymentStatus.CANCELLED, this.endDate);
    }

    private void requireStatus(DeploymentStatus... allowed) {
        if (!java.util.List.of(allowed).contains(this.status)) {
            throw new InvalidTransitionException(this.externalId, this.status);
        }
    }

    private Deployment withStatus(DeploymentStatus next, LocalDate end) {
        return new Deployment(this.id, this.externalId, this.personId, this.missionId, this.role, this.leadership,
                this.term, this.startDate, end, next, this.version);
    }

}
