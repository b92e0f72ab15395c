package ca.contingent.imports;

import java.util.HashSet;
import java.util.Set;

import ca.contingent.agency.Agency;
import ca.contingent.agency.AgencyService;
import ca.contingent.person.Scope;
import ca.contingent.person.ScopeResolver;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The caller's {@link ImportScope}, taken from the same {@link Scope} that limits every
 * roster and deployment query, so that what a user may import and what they may see can
 * never disagree (a commander's components included, a disabled user or one without a
 * user record getting nothing).
 */
@Component
class ImportScopes {

    private final ScopeResolver resolver;

    private final AgencyService agencies;

    private final JdbcClient jdbc;

    ImportScopes(ScopeResolver resolver, AgencyService agencies, JdbcClient jdbc) {
        this.resolver = resolver;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    ImportScope of(Authentication authentication) {
        Scope scope = this.resolver.of(authentication);
        if (scope.isEverything()) {
            return ImportScope.everything();
        }
        // The agencies whose people the scope lets the caller enter, the missions whose
        // deployments it lets them see (the mission module publishes the missions' ids
        // and codes): both lists are short.
        Set<String> agencies = new HashSet<>();
        for (Agency agency : this.agencies.all()) {
            if (scope.coversAgency(agency.id())) {
                agencies.add(agency.code());
            }
        }
        Set<String> missions = new HashSet<>();
        this.jdbc.sql("select id, code from mission_choice").query((rs) -> {
            if (scope.coversMission(rs.getLong("id"))) {
                missions.add(rs.getString("code"));
            }
        });
        return new ImportScope(agencies, missions);
    }

}
