package ca.contingent.deployment;

import java.time.LocalDate;

/**
 * A deployment as lists, its page and the API show it: person, agency and mission by
 * their keys and names.
 */
public record DeploymentRow(String externalId, String person, String familyName, String givenName, String agency,
        String mission, String missionNameEn, String missionNameFr, String parentMission, String role,
        boolean leadership, Term term, LocalDate startDate, LocalDate endDate, DeploymentStatus status, int version) {

    public String missionName(String language) {
        return "fr".equals(language) ? this.missionNameFr : this.missionNameEn;
    }

    public String personName() {
        return this.familyName + ", " + this.givenName;
    }

}
