package ca.contingent.user;

/**
 * A user account changed (role, scope, password, enabled): its open sessions must end so
 * that the change applies at the user's very next request. Published inside the change's
 * transaction; the security module, which keeps the sessions, ends them.
 *
 * @param keptSessionId the session that goes on (a user's own password change keeps the
 * session they made it in); {@code null}: none
 */
public record AccountChanged(String username, String keptSessionId) {

}
