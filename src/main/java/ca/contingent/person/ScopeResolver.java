package ca.contingent.person;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The caller's {@link Scope}, read from their user record on every request rather than
 * from the session, so that a change of agency or missions applies at once. It fails
 * closed: no record, a disabled one, or a role in the database that the session was not
 * granted (the role changed since sign-in) all mean nothing is visible.
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
            .sql("select id, role, agency_id, person_id from app_user where username = ? and enabled")
            .param(authentication.getName())
            .query(Account.class)
            .optional();
        if (found.isEmpty() || !granted(authentication, found.get().role())) {
            return Scope.nothing();
        }
        Account account = found.get();
        return switch (account.role()) {
            case "ADMIN", "PROGRAM_OFFICER" -> Scope.everything();
            case "AGENCY_COORDINATOR" ->
                account.agencyId() == null ? Scope.nothing() : Scope.agency(account.agencyId());
            case "MISSION_COMMANDER" -> Scope.missions(missions(account.id()));
            case "MEMBER" -> account.personId() == null ? Scope.nothing() : Scope.person(account.personId());
            default -> Scope.nothing();
        };
    }

    /**
     * The commander's missions and their components: a parent's commander answers for the
     * whole operation.
     */
    private List<Long> missions(long userId) {
        return this.jdbc.sql("""
                select m.id from mission m
                where m.id in (select mission_id from app_user_mission where user_id = ?)
                   or m.parent_id in (select mission_id from app_user_mission where user_id = ?)
                order by m.id""").params(userId, userId).query(Long.class).list();
    }

    private static boolean granted(Authentication authentication, String role) {
        String authority = "ROLE_" + role;
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }

    private record Account(long id, String role, Long agencyId, Long personId) {
    }

}
