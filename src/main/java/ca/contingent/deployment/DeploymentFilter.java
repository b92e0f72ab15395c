package ca.contingent.deployment;

import ca.contingent.shared.FiscalYear;

/**
 * What a deployment list is narrowed to; every part may be empty.
 *
 * @param mission a mission code; a mission includes its components
 * @param agency the code of the person's agency
 * @param fiscalYear deployments overlapping that year
 * @param person a person's external id
 */
public record DeploymentFilter(String mission, String agency, DeploymentStatus status, Term term, FiscalYear fiscalYear,
        String person) {

    public static DeploymentFilter none() {
        return new DeploymentFilter(null, null, null, null, null, null);
    }

}
