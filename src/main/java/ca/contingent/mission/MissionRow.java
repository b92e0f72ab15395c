package ca.contingent.mission;

import java.time.LocalDate;

/** A mission as lists show it, with the code of the mission it is a component of. */
public record MissionRow(String code, String nameEn, String nameFr, String parentCode, Organization organization,
        String country, String location, String language, boolean armed, Integer authorizedStrength,
        LocalDate startDate, LocalDate endDate) {

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

}
