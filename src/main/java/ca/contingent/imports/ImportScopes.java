package ca.contingent.imports;

import java.util.Optional;
import java.util.Set;

import ca.contingent.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The rows a caller may import, read from their user record on every import like the read scope: headquarters any,
 * a coordinator their agency's people only, a commander their missions' (components included) activities only. It
 * fails closed: a scoped role without an enabled user record of that role may import no row at all.
 */
@Component
class ImportScopes {

    /** Matches no agency code, as codes are never empty. */
    private static final String NO_AGENCY = "";

    private static final ImportScope NOTHING = new ImportScope(NO_AGENCY, Set.of());

    private final JdbcClient jdbc;

    ImportScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ImportScope of(Authentication authentication) {
        Set<Role> roles = ImportApiController.roles(authentication);
        if (roles.contains(Role.ADMIN) || roles.contains(Role.PROGRAM_OFFICER)) {
            return ImportScope.everything();
        }
        Optional<Account> found = this.jdbc.sql("""
                select u.id, u.role, a.code as agency from app_user u left join agency a on a.id = u.agency_id
                where u.username = ? and u.enabled""")
            .param(authentication.getName())
            .query(Account.class)
            .optional();
        if (found.isEmpty() || roles.stream().noneMatch((role) -> role.name().equals(found.get().role()))) {
            return NOTHING;
        }
        Account account = found.get();
        return switch (account.role()) {
            case "AGENCY_COORDINATOR" -> new ImportScope(account.agency() == null ? NO_AGENCY : account.agency(),
                    Set.of());
            case "MISSION_COMMANDER" -> new ImportScope(NO_AGENCY, Set.copyOf(this.jdbc.sql("""
                    select m.code from mission m
                    where m.id in (select mission_id from app_user_mission where user_id = ?)
                       or m.parent_id in (select mission_id from app_user_mission where user_id = ?)""")
                .params(account.id(), account.id())
                .query(String.class)
                .list()));
            default -> NOTHING;
        };
    }

    private record Account(long id, String role, String agency) {
    }

}
