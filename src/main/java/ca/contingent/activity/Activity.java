package ca.contingent.activity;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Sessions of one kind a mission held on a day, with how many people took part (unknown
 * counts stay empty). Its external id is the key imports match it on.
 */
public record Activity(@Id Long id, String externalId, Long missionId, LocalDate date, ActivityCategory category,
        String type, int sessions, Integer participants, Integer participantsWomen, @Version Integer version) {

    static Activity create(String externalId, long missionId, ActivityForm form) {
        return new Activity(null, externalId, missionId, form.date(), form.category(), form.type(), form.sessions(),
                form.participants(), form.participantsWomen(), null);
    }

    /** The same activity with the form's values, at the version the editor saw. */
    Activity edit(long missionId, ActivityForm form, int seenVersion) {
        return new Activity(this.id, this.externalId, missionId, form.date(), form.category(), form.type(),
                form.sessions(), form.participants(), form.participantsWomen(), seenVersion);
    }

}
