package ca.contingent.deployment;

/**
 * A lifecycle step that the deployment's state does not allow: 409 INVALID_STATE, naming
 * the state.
 */
class InvalidTransitionException extends RuntimeException {

    private final String externalId;

    private final DeploymentStatus status;

    InvalidTransitionException(String externalId, DeploymentStatus status) {
        super("deployment " + externalId + " is " + status);
        this.externalId = externalId;
        this.status = status;
    }

    String externalId() {
        return this.externalId;
    }

    DeploymentStatus status() {
        return this.status;
    }

}
