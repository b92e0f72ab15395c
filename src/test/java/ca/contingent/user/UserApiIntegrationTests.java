package ca.contingent.user;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * {@code POST /api/v1/users} and {@code GET /api/v1/users}, case by case as the contract
 * writes them.
 */
@IntegrationTest
@Transactional
class UserApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void scope() {
        new TestRecords(this.jdbc).agency("T-USR-A").mission("T-USR-M", null);
    }

    @Test
    void anAdministratorCreatesACoordinatorAndGetsItBackWithoutItsHash() {
        MvcTestResult result = post(
                """
                        {"username":"t-api-coord","password":"a long enough passphrase","role":"AGENCY_COORDINATOR","agency":"T-USR-A"}""");
        assertThat(result).hasStatus(HttpStatus.CREATED).headers().hasValue("Location", "/api/v1/users/t-api-coord");
        assertThat(result).bodyJson().extractingPath("$.username").isEqualTo("t-api-coord");
        assertThat(result).bodyJson().extractingPath("$.agency").isEqualTo("T-USR-A");
        assertThat(result).bodyJson().extractingPath("$.role").isEqualTo("AGENCY_COORDINATOR");
        assertThat(result.getResponse().getContentAsByteArray()).asString()
            .doesNotContain("argon", "password\":", "passphrase");
        assertThat(this.mvc.get().uri("/api/v1/users").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("t-api-coord", "\"admin\"")
            .doesNotContain("argon");
        assertThat(this.mvc.get().uri("/api/v1/users/t-api-coord").with(TestUsers.admin())).hasStatusOk();
        assertThat(this.jdbc
            .sql("select count(*) from audit_event where entity = 'user' and key = 't-api-coord'"
                    + " and action = 'CREATE' and after::text not like '%argon%'")
            .query(Integer.class)
            .single()).isOne();
    }

    @Test
    void aCommanderGetsTheirMissionsAndCanSignInWithTheGivenPassword() {
        assertThat(
                post("""
                        {"username":"t-api-cmd","password":"another long passphrase","role":"MISSION_COMMANDER","missions":["T-USR-M"]}"""))
            .hasStatus(HttpStatus.CREATED)
            .bodyJson()
            .extractingPath("$.missions")
            .asArray()
            .containsExactly("T-USR-M");
        assertThat(this.mvc.get()
            .uri("/api/v1/reports/annual/2024-25")
            .with(httpBasic("t-api-cmd", "another long passphrase"))).hasStatusOk();
        assertThat(post("""
                {"username":"t-api-analyst","password":"a third long passphrase","role":"ANALYST"}"""))
            .hasStatus(HttpStatus.CREATED)
            .bodyJson()
            .extractingPath("$.mustChangePassword")
            .isEqualTo(false);
    }

    @Test
    void aTakenUserNameIsAConflictWhateverItsCase() {
        assertThat(post("""
                {"username":"admin","password":"a long enough passphrase","role":"ANALYST"}"""))
            .hasStatus(HttpStatus.CONFLICT)
            .bodyJson()
            .extractingPath("$.detail")
            .asString()
            .contains("admin");
        assertThat(post("""
                {"username":"ADMIN","password":"a long enough passphrase","role":"ANALYST"}"""))
            .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void aShortPasswordIsRefusedWithItsReason() {
        refused("""
                {"username":"t-api-short","password":"elevenchars","role":"ANALYST"}""", "password", "at least 12");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        refused("""
                {"username":"t-api-common","password":"PassWord1234","role":"ANALYST"}""", "password",
                "too well known");
        refused("""
                {"username":"t-api-common","password":"qwertyuiopasdfgh","role":"ANALYST"}""", "password",
                "too well known");
    }

    @Test
    void anUnknownRoleIsRefused() {
        refused("""
                {"username":"t-api-role","password":"a long enough passphrase","role":"SUPERUSER"}""", "role",
                "SUPERUSER");
        refused("""
                {"username":"t-api-role","password":"a long enough passphrase"}""", "role", "Choose a role");
    }

    @Test
    void aCoordinatorNeedsAKnownAgency() {
        refused("""
                {"username":"t-api-nocoord","password":"a long enough passphrase","role":"AGENCY_COORDINATOR"}""",
                "agency", "needs an agency");
        refused("""
                {"username":"t-api-nocoord","password":"a long enough passphrase","role":"AGENCY_COORDINATOR","agency":"NOPE"}""",
                "agency", "NOPE");
    }

    @Test
    void aCommanderNeedsKnownMissions() {
        refused("""
                {"username":"t-api-nocmd","password":"a long enough passphrase","role":"MISSION_COMMANDER","missions":[]}""",
                "missions", "at least one mission");
        refused("""
                {"username":"t-api-nocmd","password":"a long enough passphrase","role":"MISSION_COMMANDER","missions":["NOPE"]}""",
                "missions", "NOPE");
    }

    @Test
    void everyBrokenRuleIsListedInTheCallersLanguage() {
        MvcTestResult result = this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .header("Accept-Language", "fr")
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"username":"t-api-fr","password":"court","role":"AGENCY_COORDINATOR"}""")
            .exchange();
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(result).bodyJson()
            .extractingPath("$.errors[*].field")
            .asArray()
            .containsExactly("password", "agency");
        assertThat(result).bodyText().contains("au moins 12 caractères", "coordonnateur");
    }

    @Test
    void onlyAnAdministratorMayCreateOrListUsers() {
        String body = """
                {"username":"t-api-po","password":"a long enough passphrase","role":"ADMIN"}""";
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.get().uri("/api/v1/users").with(TestUsers.analyst())).hasStatus(HttpStatus.FORBIDDEN);
        // Without credentials a CSRF token changes nothing: still 401. (Without either,
        // the CSRF check answers 403.)
        assertThat(
                this.mvc.post().uri("/api/v1/users").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(httpBasic("admin", "wrong-password-0"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(userCount("t-api-po")).isZero();
    }

    @Test
    void aSessionRequestWithoutOrWithAForeignCsrfTokenIsRefused() {
        String body = """
                {"username":"t-api-csrf","password":"a long enough passphrase","role":"ANALYST"}""";
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf().useInvalidToken())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(userCount("t-api-csrf")).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void fieldsTheContractDoesNotOfferAreIgnored() {
        assertThat(post("""
                {"username":"t-api-mass","password":"a long enough passphrase","role":"ANALYST","enabled":false,
                 "id":1,"mustChangePassword":true,"failedSignIns":99}""")).hasStatus(HttpStatus.CREATED);
        assertThat(this.jdbc
            .sql("select enabled and not must_change_password and failed_sign_ins = 0 and id <> 1"
                    + " from app_user where username = 't-api-mass'")
            .query(Boolean.class)
            .single()).isTrue();
    }

    private MvcTestResult post(String json) {
        return this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json)
            .exchange();
    }

    private void refused(String json, String field, String message) {
        long before = this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
        MvcTestResult result = post(json);
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_ENTITY)
            .headers()
            .hasValue("Content-Type", "application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
        assertThat(result).bodyJson()
            .extractingPath("$.errors[*].message")
            .asArray()
            .anySatisfy((text) -> assertThat(text.toString()).contains(message));
        assertThat(this.jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
    }

    private int userCount(String username) {
        return this.jdbc.sql("select count(*) from app_user where username = ?")
            .param(username)
            .query(Integer.class)
            .single();
    }

}
