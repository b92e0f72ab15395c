package ca.contingent.security;

/** The roles of the contract; each user has exactly one. */
public enum Role {

    ADMIN, PROGRAM_OFFICER, AGENCY_COORDINATOR, MISSION_COMMANDER, ANALYST, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }

}
