package ca.contingent.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Sign-in through an identity provider, with local passwords turned off. The registration names every endpoint, so
 * nothing is fetched from the network; the provider's answer is played by building the ID token here and passing it
 * through the application's own {@link OidcAccounts}, whose user then makes the requests.
 */
@IntegrationTest
@Transactional
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.idp.client-id=contingent",
        "spring.security.oauth2.client.registration.idp.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.idp.client-name=Test IdP",
        "spring.security.oauth2.client.registration.idp.scope=openid,profile",
        "spring.security.oauth2.client.registration.idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.idp.authorization-uri=https://idp.example.test/authorize",
        "spring.security.oauth2.client.provider.idp.token-uri=https://idp.example.test/token",
        "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://idp.example.test/jwks",
        "contingent.security.local-passwords=false" })
class OidcSignInIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OidcAccounts accounts;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    Sessions sessions;

    @Test
    void theSignInPageOffersTheProviderInBothLanguagesAndNoPasswordForm() {
        assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText()
            .contains("Sign in with Test IdP", "href=\"/oauth2/authorization/idp\"")
            .doesNotContain("name=\"password\"");
        assertThat(this.mvc.get().uri("/login").header("Accept-Language", "fr-CA"))
            .hasStatusOk().bodyText().contains("Se connecter avec Test IdP");
    }

    @Test
    void theProviderLinkSendsTheBrowserToTheProvider() {
        assertThat(this.mvc.get().uri("/oauth2/authorization/idp")).hasStatus3xxRedirection()
            .redirectedUrl().startsWith("https://idp.example.test/authorize?");
    }

    @Test
    void aSignedOutVisitorIsSentToTheSignInPage() {
        assertThat(this.mvc.get().uri("/reports/annual")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void aRefusedSignInSaysSoWithoutDetail() {
        assertThat(this.mvc.get().uri("/login?refused")).hasStatusOk().bodyText()
            .contains("Sign-in through the identity provider was refused").doesNotContain("Exception");
    }

    @Test
    void localPasswordsOpenNothingNeitherOnTheFormNorThroughTheApi() {
        assertThat(this.mvc.post().uri("/login").param("username", "admin").param("password", "test-admin-password-1")
            .with(csrf())).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25")
            .with(httpBasic("admin", "test-admin-password-1"))).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theRoleOfTheUserRecordIsGrantedWhenTheClaimCarriesIt() {
        String username = user(Role.ANALYST);
        OidcUser analyst = signIn(username, List.of("ANALYST"));
        assertThat(analyst.getName()).isEqualTo(username);
        assertThat(roles(analyst)).containsExactly("ROLE_ANALYST");
        assertThat(this.mvc.get().uri("/reports/annual/2024-25").with(oidcLogin().oidcUser(analyst))).hasStatusOk();
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(oidcLogin().oidcUser(analyst)))
            .hasStatusOk();
        assertThat(this.mvc.get().uri("/people").with(oidcLogin().oidcUser(analyst))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.get().uri("/users").with(oidcLogin().oidcUser(analyst))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.get().uri("/api/v1/personnel").with(oidcLogin().oidcUser(analyst)))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.jdbc.sql("select detail from audit_event where username = ? and action = 'SIGN_IN'")
            .param(username).query(String.class).list()).containsExactly("through idp; role ANALYST");
    }

    @Test
    void aClaimCannotGrantMoreThanTheUserRecord() {
        String username = user(Role.ANALYST);
        OidcUser user = signIn(username, List.of("ADMIN", "ANALYST"));
        assertThat(roles(user)).containsExactly("ROLE_ANALYST");
        assertThat(this.mvc.get().uri("/users").with(oidcLogin().oidcUser(user))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aClaimWithoutTheRecordsRoleSignsInWithNoRoleAndIsDeniedEverywhere() {
        String username = user(Role.ADMIN);
        for (List<String> claimed : List.of(List.of("ANALYST"), List.of("no-such-role"), List.<String>of())) {
            OidcUser user = signIn(username, claimed);
            assertThat(roles(user)).isEmpty();
            for (String page : List.of("/reports/annual/2024-25", "/people", "/users", "/audit", "/imports")) {
                assertThat(this.mvc.get().uri(page).with(oidcLogin().oidcUser(user))).hasStatus(HttpStatus.FORBIDDEN)
                    .bodyText().doesNotContain("Exception", "at ca.contingent");
            }
            assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(oidcLogin().oidcUser(user)))
                .hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void scopeComesFromTheUserRecordOfTheSameName() {
        String agency = this.jdbc.sql("""
                select a.code from agency a join person p on p.agency_id = a.id
                group by a.code order by count(*) desc, a.code limit 1""").query(String.class).single();
        String coordinator = "t-" + UUID.randomUUID().toString().substring(0, 13);
        this.jdbc.sql("""
                insert into app_user (username, password_hash, role, agency_id)
                values (?, '{noop}x', 'AGENCY_COORDINATOR', (select id from agency where code = ?))""")
            .params(coordinator, agency).update();
        OidcUser user = signIn(coordinator, List.of("AGENCY_COORDINATOR"));
        assertThat(this.mvc.get().uri("/api/v1/personnel").with(oidcLogin().oidcUser(user))).hasStatusOk()
            .bodyJson().extractingPath("$.items[*].agency").asArray().isNotEmpty().containsOnly(agency);
        OidcUser officer = signIn(user(Role.PROGRAM_OFFICER), List.of("PROGRAM_OFFICER"));
        assertThat(this.mvc.get().uri("/api/v1/personnel").with(oidcLogin().oidcUser(officer))).hasStatusOk()
            .bodyJson().extractingPath("$.items[*].agency").asArray().contains(agency).anyMatch((other) -> !agency.equals(other));
    }

    @Test
    void anUnknownOrDisabledUserIsRefusedAndTheRefusalAudited() {
        String unknown = "t-" + UUID.randomUUID().toString().substring(0, 13);
        assertThatExceptionOfType(OAuth2AuthenticationException.class)
            .isThrownBy(() -> signIn(unknown, List.of("ADMIN")));
        String disabled = user(Role.ADMIN);
        this.jdbc.sql("update app_user set enabled = false where username = ?").param(disabled).update();
        assertThatExceptionOfType(OAuth2AuthenticationException.class)
            .isThrownBy(() -> signIn(disabled, List.of("ADMIN")));
        assertThat(this.jdbc.sql("select detail from audit_event where username = ? and action = 'SIGN_IN_FAILED'")
            .param(unknown).query(String.class).list()).containsExactly("refused through idp: no such user");
        assertThat(this.jdbc.sql("select detail from audit_event where username = ? and action = 'SIGN_IN_FAILED'")
            .param(disabled).query(String.class).list()).containsExactly("refused through idp: user disabled");
    }

    @Test
    void aTokenWithoutTheUserNameClaimIsRefused() {
        assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(() -> this.accounts
            .loadUser(request(Map.of("sub", "subject-1", "roles", List.of("ADMIN")))));
    }

    @Test
    void endingTheSessionsOfAUserReachesThoseSignedInThroughTheProvider() {
        String username = user(Role.ANALYST);
        OidcUser user = signIn(username, List.of("ANALYST"));
        String sessionId = "oidc-" + UUID.randomUUID();
        this.sessionRegistry.registerNewSession(sessionId, user);
        this.sessions.endAll(username);
        assertThat(this.sessionRegistry.getSessionInformation(sessionId).isExpired()).isTrue();
        this.sessionRegistry.removeSessionInformation(sessionId);
    }

    private String user(Role role) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
        this.jdbc.sql("insert into app_user (username, password_hash, role) values (?, '{noop}x', ?)")
            .params(username, role.name()).update();
        return username;
    }

    private OidcUser signIn(String username, List<String> roles) {
        return this.accounts.loadUser(request(Map.of("sub", "subject-" + username, "preferred_username", username,
                "roles", roles)));
    }

    private OidcUserRequest request(Map<String, Object> claims) {
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").issuer("https://idp.example.test")
            .audience(List.of("contingent")).issuedAt(now).expiresAt(now.plusSeconds(300)).claims((all) -> all
                .putAll(claims))
            .build();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
                now.plusSeconds(300), Set.of("openid", "profile"));
        return new OidcUserRequest(this.registrations.findByRegistrationId("idp"), accessToken, idToken);
    }

    private static List<String> roles(OidcUser user) {
        // Spring Security 7 may add factor authorities (FACTOR_*) of its own; the roles are what this is about.
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
            .filter((authority) -> authority.startsWith("ROLE_")).toList();
    }

}
