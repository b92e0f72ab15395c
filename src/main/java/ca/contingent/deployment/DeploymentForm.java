package ca.contingent.deployment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a person may enter about a deployment: the person by external id, the mission by
 * code. The external id may be left empty on creation (one is generated) and cannot
 * change afterwards.
 *
 * @param leadership a checkbox: absent when unticked, hence a nullable Boolean
 * @param status shown, never taken: a new deployment is PLANNED and only the lifecycle
 * moves it on
 */
public record DeploymentForm(
        @Size(max = EXTERNAL_ID_LENGTH, message = "{deployment.externalId.size}") @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "{deployment.externalId.format}") String externalId,
        @NotBlank(message = "{deployment.person.required}") String person,
        @NotBlank(message = "{deployment.mission.required}") String mission,
        @NotBlank(message = "{deployment.role.required}") @Size(max = ROLE_LENGTH,
                message = "{deployment.role.size}") String role,
        Boolean leadership, @NotNull(message = "{deployment.term.required}") Term term,
        @NotNull(message = "{deployment.startDate.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
        @NotNull(message = "{deployment.endDate.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate endDate,
        DeploymentStatus status, Integer version) {

    /** The longest external id. */
    public static final int EXTERNAL_ID_LENGTH = 40;

    /** The longest role. */
    public static final int ROLE_LENGTH = 120;

    public DeploymentForm {
        externalId = blankToNull(externalId);
        person = blankToNull(person);
        mission = blankToNull(mission);
        role = role == null ? null : role.trim();
    }

    static DeploymentForm empty(String person) {
        return new DeploymentForm(null, person, null, null, false, null, null, null, DeploymentStatus.PLANNED, null);
    }

    static DeploymentForm of(DeploymentRow row) {
        return new DeploymentForm(row.externalId(), row.person(), row.mission(), row.role(), row.leadership(),
                row.term(), row.startDate(), row.endDate(), row.status(), row.version());
    }

    public boolean leadershipChosen() {
        return Boolean.TRUE.equals(this.leadership);
    }

    /**
     * The last day is before the first: a rule across two fields, reported on the end
     * date.
     */
    public boolean endsBeforeStart() {
        return this.startDate != null && this.endDate != null && this.endDate.isBefore(this.startDate);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
