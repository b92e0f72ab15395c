package ca.contingent.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ca.contingent.IntegrationTest;
import ca.contingent.shared.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Sign-in through an identity provider, with local passwords turned off. The registration
 * names every endpoint, so no discovery is fetched; most tests play the provider's answer
 * by building the ID token here and passing it through the application's own
 * {@link OidcAccounts}, whose user then makes the requests. One goes through the whole
 * authorization-code flow against a stand-in token and key endpoint on the loopback
 * address.
 */
@IntegrationTest
@Transactional
@TestPropertySource(properties = { "spring.security.oauth2.client.registration.idp.client-id=contingent",
        "spring.security.oauth2.client.registration.idp.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.idp.client-name=Test IdP",
        "spring.security.oauth2.client.registration.idp.scope=openid,profile",
        "spring.security.oauth2.client.registration.idp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.idp.authorization-uri=https://idp.example.test/authorize",
        "contingent.security.local-passwords=false" })
class OidcSignInIntegrationTests {

    private static final RSAKey KEY = rsaKey();

    private static final HttpServer PROVIDER = provider();

    /** The ID token the stand-in token endpoint answers with next. */
    private static volatile String nextIdToken;

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
        assertThat(this.mvc.get().uri("/login")).hasStatusOk()
            .bodyText()
            .contains("Sign in with Test IdP", "href=\"/oauth2/authorization/idp\"")
            .doesNotContain("name=\"password\"");
        assertThat(this.mvc.get().uri("/login").header("Accept-Language", "fr-CA")).hasStatusOk()
            .bodyText()
            .contains("Se connecter avec Test IdP");
    }

    @Test
    void theProviderLinkSendsTheBrowserToTheProvider() {
        assertThat(this.mvc.get().uri("/oauth2/authorization/idp")).hasStatus3xxRedirection()
            .redirectedUrl()
            .startsWith("https://idp.example.test/authorize?");
    }

    @Test
    void aSignedOutVisitorIsSentToTheSignInPage() {
        assertThat(this.mvc.get().uri("/reports/annual")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void aRefusedSignInSaysSoWithoutDetail() {
        assertThat(this.mvc.get().uri("/login?refused")).hasStatusOk()
            .bodyText()
            .contains("Sign-in through the identity provider was refused")
            .doesNotContain("Exception");
    }

    @Test
    void localPasswordsOpenNothingNeitherOnTheFormNorThroughTheApi() {
        assertThat(this.mvc.post()
            .uri("/login")
            .param("username", "admin")
            .param("password", "test-admin-password-1")
            .with(csrf())).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(
                this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(httpBasic("admin", "test-admin-password-1")))
            .hasStatus(HttpStatus.UNAUTHORIZED);
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
            .param(username)
            .query(String.class)
            .list()).containsExactly("through idp; role ANALYST");
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
                    .bodyText()
                    .doesNotContain("Exception", "at ca.contingent");
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
            .params(coordinator, agency)
            .update();
        OidcUser user = signIn(coordinator, List.of("AGENCY_COORDINATOR"));
        assertThat(this.mvc.get().uri("/api/v1/personnel").with(oidcLogin().oidcUser(user))).hasStatusOk()
            .bodyJson()
            .extractingPath("$.items[*].agency")
            .asArray()
            .isNotEmpty()
            .containsOnly(agency);
        OidcUser officer = signIn(user(Role.PROGRAM_OFFICER), List.of("PROGRAM_OFFICER"));
        assertThat(this.mvc.get().uri("/api/v1/personnel").with(oidcLogin().oidcUser(officer))).hasStatusOk()
            .bodyJson()
            .extractingPath("$.items[*].agency")
            .asArray()
            .contains(agency)
            .anyMatch((other) -> !agency.equals(other));
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
            .param(unknown)
            .query(String.class)
            .list()).containsExactly("refused through idp: no such user");
        assertThat(this.jdbc.sql("select detail from audit_event where username = ? and action = 'SIGN_IN_FAILED'")
            .param(disabled)
            .query(String.class)
            .list()).containsExactly("refused through idp: user disabled");
    }

    @Test
    void aTokenWithoutTheUserNameClaimIsRefused() {
        assertThatExceptionOfType(OAuth2AuthenticationException.class)
            .isThrownBy(() -> this.accounts.loadUser(request(Map.of("sub", "subject-1", "roles", List.of("ADMIN")))));
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

    @Test
    void theWholeFlowSignsInWithTheRoleAndRegistersTheSession() throws Exception {
        String username = user(Role.ANALYST);
        MvcTestResult start = this.mvc.get().uri("/oauth2/authorization/idp").exchange();
        Map<String, String> query = UriComponentsBuilder.fromUriString(start.getResponse().getRedirectedUrl())
            .build()
            .getQueryParams()
            .toSingleValueMap()
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey,
                    (entry) -> URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
        MockHttpSession session = (MockHttpSession) start.getRequest().getSession();
        nextIdToken = idToken(username, query.get("nonce"), List.of("analyst", "ADMIN"));
        assertThat(this.mvc.get()
            .uri("/login/oauth2/code/idp")
            .param("code", "a-code")
            .param("state", query.get("state"))
            .session(session)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        assertThat(this.mvc.get().uri("/reports/annual/2024-25").session(session)).hasStatusOk();
        assertThat(this.mvc.get().uri("/users").session(session)).hasStatus(HttpStatus.FORBIDDEN);
        // Registered, so that disabling the user ends this session too.
        assertThat(this.sessionRegistry.getAllPrincipals())
            .filteredOn((principal) -> principal instanceof OidcUser user && user.getName().equals(username))
            .hasSize(1);
        this.sessions.endAll(username);
        assertThat(this.mvc.get().uri("/reports/annual/2024-25").session(session)).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/login?expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String username = user(Role.ANALYST);
        MvcTestResult start = this.mvc.get().uri("/oauth2/authorization/idp").exchange();
        Map<String, String> query = UriComponentsBuilder.fromUriString(start.getResponse().getRedirectedUrl())
            .build()
            .getQueryParams()
            .toSingleValueMap()
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey,
                    (entry) -> URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
        MockHttpSession session = (MockHttpSession) start.getRequest().getSession();
        nextIdToken = idToken(username, query.get("nonce"), List.of("ANALYST"), rsaKey());
        assertThat(this.mvc.get()
            .uri("/login/oauth2/code/idp")
            .param("code", "a-code")
            .param("state", query.get("state"))
            .session(session)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?refused");
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).asString()
            .contains("invalid_id_token");
    }

    @DynamicPropertySource
    static void providerEndpoints(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + PROVIDER.getAddress().getPort();
        registry.add("spring.security.oauth2.client.provider.idp.token-uri", () -> base + "/token");
        registry.add("spring.security.oauth2.client.provider.idp.jwk-set-uri", () -> base + "/jwks");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    private static HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", (exchange) -> answer(exchange, """
                    {"access_token":"an-access-token","token_type":"Bearer","expires_in":300,
                     "scope":"openid profile","id_token":"%s"}""".formatted(nextIdToken)));
            server.createContext("/jwks", (exchange) -> answer(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String idToken(String username, String nonce, List<String> roles) throws JOSEException {
        return idToken(username, nonce, roles, KEY);
    }

    private static String idToken(String username, String nonce, List<String> roles, RSAKey key) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://idp.example.test")
            .subject("subject-" + username)
            .audience("contingent")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("nonce", nonce)
            .claim("preferred_username", username)
            .claim("roles", roles)
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private String user(Role role) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
        this.jdbc.sql("insert into app_user (username, password_hash, role) values (?, '{noop}x', ?)")
            .params(username, role.name())
            .update();
        return username;
    }

    private OidcUser signIn(String username, List<String> roles) {
        return this.accounts
            .loadUser(request(Map.of("sub", "subject-" + username, "preferred_username", username, "roles", roles)));
    }

    private OidcUserRequest request(Map<String, Object> claims) {
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
            .issuer("https://idp.example.test")
            .audience(List.of("contingent"))
            .issuedAt(now)
            .expiresAt(now.plusSeconds(300))
            .claims((all) -> all.putAll(claims))
            .build();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
                now.plusSeconds(300), Set.of("openid", "profile"));
        return new OidcUserRequest(this.registrations.findByRegistrationId("idp"), accessToken, idToken);
    }

    private static List<String> roles(OidcUser user) {
        // Spring Security 7 may add factor authorities (FACTOR_*) of its own; the roles
        // are what this is about.
        return user.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .filter((authority) -> authority.startsWith("ROLE_"))
            .toList();
    }

}
