package ca.contingent.deployment;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A person's deployment to a mission. {@code endDate} is the last day, inclusive. The person and the mission are
 * other aggregates, referred to by id.
 */
public record Deployment(@Id Long id, String externalId, Long personId, Long missionId, String role,
        boolean leadership, Term term, LocalDate startDate, LocalDate endDate, DeploymentStatus status,
        @Version Integer version) {

    static Deployment create(DeploymentForm form, String externalId, long personId, long missionId) {
        return new Deployment(null, externalId, personId, missionId, form.role(), form.leadershipChosen(),
                form.term(), form.startDate(), form.endDate(), form.status(), null);
    }

    /** The same deployment with the form's values, at the version the editor saw; the external id never changes. */
    Deployment edit(DeploymentForm form, long personId, long missionId, int seenVersion) {
        return new Deployment(this.id, this.externalId, personId, missionId, form.role(), form.leadershipChosen(),
                form.term(), form.startDate(), form.endDate(), form.status(), seenVersion);
    }

}
