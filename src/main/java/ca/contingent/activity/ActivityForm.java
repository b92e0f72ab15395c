package ca.contingent.activity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a person may enter about an activity. The external id may be left empty on a new
 * activity, which then gets one generated; it cannot change once created. The mission is
 * named by its code.
 */
@WomenWithinParticipants
public record ActivityForm(
        @Size(max = EXTERNAL_ID_LENGTH, message = LONG) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*",
                message = "{activity.validation.externalId}") String externalId,
        @NotBlank(message = REQUIRED) String mission, @NotNull(message = REQUIRED) LocalDate date,
        @NotNull(message = REQUIRED) ActivityCategory category,
        @NotBlank(message = REQUIRED) @Size(max = TYPE_LENGTH, message = LONG) String type,
        @NotNull(message = REQUIRED) @PositiveOrZero(message = NOT_NEGATIVE) Integer sessions,
        @PositiveOrZero(message = NOT_NEGATIVE) Integer participants,
        @PositiveOrZero(message = NOT_NEGATIVE) Integer participantsWomen, Integer version) {

    /**
     * Bean Validation's own texts ("must not be null") are not for people: these say what
     * to do, in both languages.
     */
    static final String REQUIRED = "{activity.validation.required}";

    static final String LONG = "{activity.validation.tooLong}";

    static final String NOT_NEGATIVE = "{activity.validation.notNegative}";

    /** The longest external id. */
    public static final int EXTERNAL_ID_LENGTH = 40;

    /** The longest type of activity. */
    public static final int TYPE_LENGTH = 200;

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
