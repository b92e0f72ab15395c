package ca.contingent.deployment;

public enum DeploymentStatus {

    PLANNED, DEPLOYED, COMPLETED, CANCELLED

}
