package ca.contingent.security;

import java.util.concurrent.ThreadLocalRandom;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import ca.contingent.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Five failed sign-ins in a row lock a user name, through the sign-in page or HTTP Basic
 * alike, and the locked account answers exactly like a wrong password. Sign-ins go
 * through the real filter chain, so the users are committed.
 */
@IntegrationTest
class LockoutIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    String username;

    /**
     * Each test signs in from an address of its own, so that the failures of one never
     * throttle another.
     */
    String address;

    @BeforeEach
    void createUser() {
        this.username = TestAccounts.create(this.jdbc, this.passwords, Role.ANALYST);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void aSprayAcrossUserNamesFromOneAddressIsThrottled() {
        for (int i = 0; i < 50; i++) {
            assertThat(formSignIn(this.username + "-spray-" + i, "summer-passphrase-1")).redirectedUrl()
                .isEqualTo("/login?error");
        }
        assertThat(formSignIn(TestAccounts.PASSWORD)).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
            .headers()
            .containsHeader("Retry-After");
        assertThat(basic(TestAccounts.PASSWORD)).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
            .bodyText()
            .contains("Too many failed sign-ins");
        assertThat(this.mvc.post()
            .uri("/login")
            .param("username", this.username)
            .param("password", TestAccounts.PASSWORD)
            .with(csrf())).redirectedUrl().isEqualTo("/");
    }

    @Test
    void fiveFailuresLockTheAccountWhichThenAnswersLikeAWrongPassword() {
        for (int i = 0; i < 4; i++) {
            assertThat(formSignIn("wrong-password-" + i)).redirectedUrl().isEqualTo("/login?error");
        }
        assertThat(lockedUntilIsSet()).isFalse();
        assertThat(formSignIn("wrong-password-4")).redirectedUrl().isEqualTo("/login?error");
        assertThat(lockedUntilIsSet()).isTrue();

        MvcTestResult wrong = formSignIn("wrong-password-5");
        MvcTestResult right = formSignIn(TestAccounts.PASSWORD);
        assertThat(right).hasStatus(wrong.getResponse().getStatus()).redirectedUrl().isEqualTo("/login?error");
        assertThat(right.getResponse().getHeaderNames()).isEqualTo(wrong.getResponse().getHeaderNames());
        assertThat(this.mvc.get().uri("/login?error")).bodyText()
            .contains("Wrong user name or password.")
            .doesNotContainIgnoringCase("locked");

        MvcTestResult basicWrong = basic("wrong-password-6");
        MvcTestResult basicRight = basic(TestAccounts.PASSWORD);
        assertThat(basicRight).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(basicWrong).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(basicRight.getResponse().getContentAsByteArray())
            .isEqualTo(basicWrong.getResponse().getContentAsByteArray());
        assertThat(basicRight.getResponse().getHeaderNames()).isEqualTo(basicWrong.getResponse().getHeaderNames());
    }

    @Test
    void httpBasicFailuresCountToo() {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("wrong-password-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        assertThat(formSignIn(TestAccounts.PASSWORD)).redirectedUrl().isEqualTo("/login?error");
        assertThat(basic(TestAccounts.PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            formSignIn("wrong-password-" + i);
        }
        assertThat(basic(TestAccounts.PASSWORD)).hasStatusOk();
        for (int i = 0; i < 4; i++) {
            formSignIn("wrong-password-" + i);
        }
        assertThat(formSignIn(TestAccounts.PASSWORD)).redirectedUrl().isEqualTo("/");
    }

    @Test
    void anAdministratorUnlocksTheAccount() {
        lockByFailures();
        assertThat(this.mvc.get().uri("/users/" + this.username).with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Unlock");
        assertThat(this.mvc.post().uri("/users/" + this.username + "/unlock").with(TestUsers.admin()).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(formSignIn(TestAccounts.PASSWORD)).redirectedUrl().isEqualTo("/");
        assertThat(this.jdbc
            .sql("select count(*) from audit_event where entity = 'user' and key = ? and action = 'UPDATE'"
                    + " and username = 'admin'")
            .param(this.username)
            .query(Integer.class)
            .single()).isOne();
    }

    @Test
    void theLockEndsAfterTheConfiguredTime() {
        lockByFailures();
        assertThat(this.jdbc.sql("""
                select extract(epoch from locked_until - now()) between 14 * 60 and 15 * 60 + 5
                from app_user where username = ?""").param(this.username).query(Boolean.class).single()).isTrue();
        // Stands for the clock moving past the end of the lock: the check compares with
        // the injected Clock.
        this.jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = ?")
            .param(this.username)
            .update();
        assertThat(formSignIn(TestAccounts.PASSWORD)).redirectedUrl().isEqualTo("/");
        assertThat(this.jdbc.sql("select failed_sign_ins = 0 and locked_until is null from app_user where username = ?")
            .param(this.username)
            .query(Boolean.class)
            .single()).isTrue();
    }

    @Test
    void attemptsDuringALockNeitherCountNorExtendIt() {
        lockByFailures();
        String until = this.jdbc.sql("select locked_until::text from app_user where username = ?")
            .param(this.username)
            .query(String.class)
            .single();
        formSignIn("wrong-password-9");
        formSignIn(TestAccounts.PASSWORD);
        assertThat(this.jdbc.sql("select locked_until::text from app_user where username = ?")
            .param(this.username)
            .query(String.class)
            .single()).isEqualTo(until);
    }

    @Test
    void everyFailureIsAudited() {
        lockByFailures();
        formSignIn(TestAccounts.PASSWORD);
        assertThat(this.jdbc
            .sql("select detail from audit_event where action = 'SIGN_IN_FAILED' and username = ?" + " order by id")
            .param(this.username)
            .query(String.class)
            .list()).hasSize(6)
            .satisfies((details) -> assertThat(details.get(4)).contains("locked until"))
            .satisfies((details) -> assertThat(details.get(5)).contains("locked"))
            .noneSatisfy((detail) -> assertThat(detail).contains(TestAccounts.PASSWORD));
        String unknown = this.username + "-nobody";
        assertThat(formSignIn(unknown, "whatever-it-is")).redirectedUrl().isEqualTo("/login?error");
        assertThat(this.jdbc.sql("select detail from audit_event where action = 'SIGN_IN_FAILED' and key = ?")
            .param(unknown)
            .query(String.class)
            .single()).isEqualTo("unknown user name; from " + this.address);
    }

    @Test
    void lineBreaksInAUserNameCannotForgeAuditLines() {
        String forged = this.username + "\nadmin SIGN_IN ok";
        formSignIn(forged, "whatever-it-is");
        assertThat(this.jdbc
            .sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and username like ?"
                    + " and username not like '%' || chr(10) || '%'")
            .param(this.username + "\\\\n%")
            .query(Integer.class)
            .single()).isOne();
    }

    private void lockByFailures() {
        for (int i = 0; i < 5; i++) {
            formSignIn("wrong-password-" + i);
        }
        assertThat(lockedUntilIsSet()).isTrue();
    }

    private boolean lockedUntilIsSet() {
        return this.jdbc.sql("select coalesce(locked_until > now(), false) from app_user where username = ?")
            .param(this.username)
            .query(Boolean.class)
            .optional()
            .orElse(false);
    }

    private MvcTestResult formSignIn(String password) {
        return formSignIn(this.username, password);
    }

    private MvcTestResult formSignIn(String username, String password) {
        return this.mvc.post()
            .uri("/login")
            .param("username", username)
            .param("password", password)
            .with(csrf())
            .with(this::fromAddress)
            .exchange();
    }

    private MvcTestResult basic(String password) {
        return this.mvc.get()
            .uri("/api/v1/reports/annual/2024-25")
            .with(httpBasic(this.username, password))
            .with(this::fromAddress)
            .exchange();
    }

    private MockHttpServletRequest fromAddress(MockHttpServletRequest request) {
        request.setRemoteAddr(this.address);
        return request;
    }

}
