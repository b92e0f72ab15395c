package ca.contingent.person;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ca.contingent.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The caller's {@link Scope}, read from their user record on every request rather than
 * from the session, so that a change of agency or missions applies at once. It fails
 * closed: no record, a disabled one, or a role in the database that the session was not
 * granted (the role changed since sign-in) all mean nothing is visible. The user record
 * is read through the user module's published {@code user_scope} and
 * {@code user_scope_mission}, a mission's components through the mission module's
 * {@code mission_choice}.
 */
@Component
public class ScopeResolver {

    private final JdbcClient jdbc;

    ScopeResolver(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Scope of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Scope.nothing();
        }
        Optional<Account> found = this.jdbc
            .sql("select user_id, role, agency_id, person_id from user_scope where username = ? and enabled")
            .param(authentication.getName())
            .query((rs, row) -> new Account(rs.getLong("user_id"), role(rs.getString("role")),
                    rs.getObject("agency_id", Long.class), rs.getObject("person_id", Long.class)))
            .optional();
        if (found.isEmpty() || found.get().role() == null || !granted(authentication, found.get().role())) {
            return Scope.nothing();
        }
        Account account = found.get();
        return switch (account.role()) {
            case ADMIN, PROGRAM_OFFICER -> Scope.everything();
            case AGENCY_COORDINATOR -> account.agencyId() == null ? Scope.nothing() : Scope.agency(account.agencyId());
            case MISSION_COMMANDER -> Scope.missions(missions(account.id()));
            case MEMBER -> account.personId() == null ? Scope.nothing() : Scope.person(account.personId());
            case ANALYST, AUDITOR -> Scope.nothing();
        };
    }

    /**
     * The commander's missions and their components: a parent's commander answers for the
     * whole operation.
     */
    private List<Long> missions(long userId) {
        return this.jdbc.sql("""
                select m.id from mission_choice m
                where m.id in (select mission_id from user_scope_mission where user_id = ?)
                   or m.parent_id in (select mission_id from user_scope_mission where user_id = ?)
                order by m.id""").params(userId, userId).query(Long.class).list();
    }

    private static boolean granted(Authentication authentication, Role role) {
        String authority = role.authority();
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }

    /**
     * The stored role; a name that is no role (the table's check allows none) sees
     * nothing.
     */
    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter((role) -> role.name().equals(name)).findFirst().orElse(null);
    }

    private record Account(long id, Role role, Long agencyId, Long personId) {
    }

}
