package ca.contingent.activity;

import java.time.LocalDate;

/** An activity as lists show it, with its mission's code and names. */
public record ActivityRow(String externalId, String missionCode, String missionNameEn, String missionNameFr,
        LocalDate date, ActivityCategory category, String type, int sessions, Integer participants,
        Integer participantsWomen) {

    public String missionName(String language) {
        return "fr".equals(language) ? this.missionNameFr : this.missionNameEn;
    }

}
