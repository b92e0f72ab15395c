package ca.contingent.user;

/**
 * A user's own password change: the current one proves it is them, the new one twice
 * guards against typing slips.
 */
record PasswordChange(String currentPassword, String newPassword, String confirmation) {
}
