package ca.contingent.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ca.contingent.shared.Role;

/**
 * Reads the user name and the roles out of the claims an identity provider sent. Role
 * values are compared after removing {@code rolePrefix} (so that an IdP shared by several
 * applications can say {@code contingent-admin}), in any case and with hyphens for
 * underscores ({@code program-officer} is {@link Role#PROGRAM_OFFICER}). A value that
 * names no role is ignored rather than refused: an IdP usually sends roles of other
 * applications too.
 *
 * @param usernameClaim the claim holding the user name matched against
 * {@code app_user.username}
 * @param rolesClaim the claim holding the roles: a list of strings, or one string
 * separated by spaces or commas
 * @param rolePrefix the prefix every role value must carry (empty: none)
 */
record OidcClaims(String usernameClaim, String rolesClaim, String rolePrefix) {

    OidcClaims {
        rolePrefix = (rolePrefix == null) ? "" : rolePrefix;
    }

    /**
     * The user name, or null when the claim is missing or blank: such a sign-in cannot be
     * matched to a user.
     */
    String username(Map<String, Object> claims) {
        Object value = claims.get(this.usernameClaim);
        return (value instanceof String name && !name.isBlank()) ? name : null;
    }

    /** The roles the claims grant, empty when the claim is missing or names none. */
    Set<Role> roles(Map<String, Object> claims) {
        Object value = claims.get(this.rolesClaim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> values) {
            values.forEach((one) -> add(roles, String.valueOf(one)));
        }
        else if (value instanceof String text) {
            for (String one : text.split("[\\s,]+")) {
                add(roles, one);
            }
        }
        return roles;
    }

    private void add(Set<Role> roles, String value) {
        if (!value.regionMatches(true, 0, this.rolePrefix, 0, this.rolePrefix.length())) {
            return;
        }
        String name = value.substring(this.rolePrefix.length()).trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                roles.add(role);
            }
        }
    }

}
