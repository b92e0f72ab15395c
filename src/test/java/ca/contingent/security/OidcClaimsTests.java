package ca.contingent.security;

import java.util.List;
import java.util.Map;

import ca.contingent.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OidcClaimsTests {

    private final OidcClaims plain = new OidcClaims("preferred_username", "roles", "");

    private final OidcClaims prefixed = new OidcClaims("email", "groups", "contingent-");

    @Test
    void readsTheUserNameFromTheConfiguredClaim() {
        assertThat(this.plain.username(Map.of("preferred_username", "jdoe", "email", "j@example.org")))
            .isEqualTo("jdoe");
        assertThat(this.prefixed.username(Map.of("preferred_username", "jdoe", "email", "j@example.org")))
            .isEqualTo("j@example.org");
    }

    @Test
    void aMissingBlankOrNonTextUserNameIsNone() {
        assertThat(this.plain.username(Map.of("sub", "123"))).isNull();
        assertThat(this.plain.username(Map.of("preferred_username", "  "))).isNull();
        assertThat(this.plain.username(Map.of("preferred_username", List.of("jdoe")))).isNull();
    }

    @Test
    void mapsAListOfRoleNames() {
        assertThat(this.plain.roles(Map.of("roles", List.of("ANALYST", "AUDITOR"))))
            .containsExactlyInAnyOrder(Role.ANALYST, Role.AUDITOR);
    }

    @Test
    void acceptsAnyCaseHyphensAndASeparatedString() {
        assertThat(this.plain.roles(Map.of("roles", List.of("program-officer", "Mission_Commander"))))
            .containsExactlyInAnyOrder(Role.PROGRAM_OFFICER, Role.MISSION_COMMANDER);
        assertThat(this.plain.roles(Map.of("roles", "admin, agency-coordinator auditor")))
            .containsExactlyInAnyOrder(Role.ADMIN, Role.AGENCY_COORDINATOR, Role.AUDITOR);
    }

    @Test
    void ignoresValuesThatNameNoRole() {
        assertThat(this.plain
            .roles(Map.of("roles", List.of("offline_access", "uma_authorization", "ADMINS", "ROLE_ADMIN", ""))))
            .isEmpty();
    }

    @Test
    void aMissingClaimOrAnotherTypeGivesNoRole() {
        assertThat(this.plain.roles(Map.of())).isEmpty();
        assertThat(this.plain.roles(Map.of("roles", 42))).isEmpty();
        assertThat(this.plain.roles(Map.of("groups", List.of("ADMIN")))).isEmpty();
    }

    @Test
    void withAPrefixOnlyPrefixedValuesCount() {
        assertThat(this.prefixed.roles(Map.of("groups",
                List.of("contingent-admin", "Contingent-Analyst", "other-app-auditor", "AUDITOR", "contingent-"))))
            .containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);
    }

}
