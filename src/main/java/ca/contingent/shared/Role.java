package ca.contingent.shared;

/**
 * The roles of the contract; each user has exactly one. {@code MEMBER} is a deployed
 * member linked to one person, who reads their own record and deployments and files their
 * own monthly reports.
 */
public enum Role {

    ADMIN, PROGRAM_OFFICER, AGENCY_COORDINATOR, MISSION_COMMANDER, ANALYST, AUDITOR, MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }

}
