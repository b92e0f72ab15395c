package ca.contingent.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private final JdbcClient jdbc;

    ImportScopes(ScopeResolver resolver, JdbcClient jdbc) {
        this.resolver = resolver;
        this.jdbc = jdbc;
    }

    ImportScope of(Authentication authentication) {
        Scope scope = this.resolver.of(authentication);
        if (scope.isEverything()) {
            return ImportScope.everything();
        }
        // Scope speaks in SQL conditions on person and deployment rows. A person of
        // agency A would be in scope
        // exactly when A is the caller's to import into; a deployment to mission M
        // likewise. So each agency and each
        // mission is put in the shape of such a row (no id yet: a new person has no
        // deployment) and asked.
        List<Object> agencyParams = new ArrayList<>();
        String agencyCondition = scope.people("p", agencyParams);
        Set<String> agencies = new HashSet<>(this.jdbc.sql("""
                select a.code from agency a
                cross join lateral (select cast(null as bigint) as id, a.id as agency_id) p
                where\s""" + agencyCondition).params(agencyParams).query(String.class).list());
        List<Object> missionParams = new ArrayList<>();
        String missionCondition = scope.deployments("d", missionParams);
        Set<String> missions = new HashSet<>(this.jdbc.sql("""
                select m.code from mission m
                cross join lateral (select cast(null as bigint) as person_id, m.id as mission_id) d
                where\s""" + missionCondition).params(missionParams).query(String.class).list());
        return new ImportScope(agencies, missions);
    }

}
