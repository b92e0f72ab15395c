package ca.contingent.user;

import java.util.List;

/**
 * The body of {@code POST /api/v1/users}, as the contract writes it. Only these fields
 * exist, so no request can set an id, a version, a lock or the enabled flag.
 * {@code person} is the external id of a MEMBER's person.
 */
record NewUser(String username, String password, String role, String agency, List<String> missions, String person) {

    /** The contract's original body, without a person (every role but MEMBER). */
    NewUser(String username, String password, String role, String agency, List<String> missions) {
        this(username, password, role, agency, missions, null);
    }
}
