package ca.contingent.user;

import java.util.List;

/**
 * The user page's form. Creating uses every field; editing reads only role, agency,
 * missions and version, so the user name, password and flags cannot be changed through
 * it. {@code person}: a MEMBER's person, by external id.
 */
record UserForm(String username, String password, String role, String agency, List<String> missions,
        Boolean mustChangePassword, Integer version, String person) {

    static UserForm empty() {
        return new UserForm(null, null, null, null, List.of(), true, null, null);
    }

    static UserForm of(UserView user) {
        return new UserForm(user.username(), null, user.role(), user.agency(), user.missions(), null, user.version(),
                user.person());
    }

    List<String> missionCodes() {
        return this.missions == null ? List.of() : this.missions;
    }

}
