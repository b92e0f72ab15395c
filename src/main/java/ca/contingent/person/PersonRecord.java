package ca.contingent.person;

import java.util.List;

/**
 * A person as their page and the API show them: the row and the deployments in the
 * reader's scope.
 */
public record PersonRecord(PersonRow person, List<PersonDeployment> deployments) {

}
