package ca.contingent.retention;

import java.time.LocalDate;

/**
 * A person the retention rule will anonymise, as the administrator's preview shows them.
 */
public record DuePerson(String externalId, String familyName, String givenName, String agency,
        LocalDate lastDeploymentEnd) {

}
