package ca.contingent.person;

import java.time.LocalDate;

/**
 * One line of a person's deployment history. The deployment module depends on this one,
 * not the other way round, so the history is read here with SQL through what that module
 * publishes ({@code person_deployment}); term and status are the deployment module's
 * codes, kept as text.
 */
public record PersonDeployment(String externalId, String person, String mission, String missionNameEn,
        String missionNameFr, String role, boolean leadership, String term, LocalDate startDate, LocalDate endDate,
        String status) {

    public String missionName(String language) {
        return "fr".equals(language) ? this.missionNameFr : this.missionNameEn;
    }

}
