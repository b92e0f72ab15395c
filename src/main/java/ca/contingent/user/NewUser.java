package ca.contingent.user;

import java.util.List;

/**
 * The body of {@code POST /api/v1/users}, as the contract writes it. Only these fields exist, so no request can set
 * an id, a version, a lock or the enabled flag.
 */
record NewUser(String username, String password, String role, String agency, List<String> missions) {
}
