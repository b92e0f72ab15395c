package ca.contingent.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a person may enter about an activity. The external id may be left empty on a new activity, which then gets
 * one generated; it cannot change once created. The mission is named by its code.
 */
@WomenWithinParticipants
public record ActivityForm(
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*",
                message = "{activity.validation.externalId}") String externalId,
        @NotBlank String mission, @NotNull LocalDate date, @NotNull ActivityCategory category,
        @NotBlank @Size(max = 200) String type, @NotNull @PositiveOrZero Integer sessions,
        @PositiveOrZero Integer participants, @PositiveOrZero Integer participantsWomen, Integer version) {

    public ActivityForm {
        externalId = (externalId == null || externalId.isBlank()) ? null : externalId.trim();
        mission = (mission == null || mission.isBlank()) ? null : mission.trim();
        type = type == null ? null : type.trim();
    }

    static ActivityForm empty() {
        return new ActivityForm(null, null, null, null, null, null, null, null, null);
    }

    static ActivityForm of(Activity activity, String missionCode) {
        return new ActivityForm(activity.externalId(), missionCode, activity.date(), activity.category(),
                activity.type(), activity.sessions(), activity.participants(), activity.participantsWomen(),
                activity.version());
    }

}
