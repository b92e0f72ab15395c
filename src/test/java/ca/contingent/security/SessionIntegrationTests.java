package ca.contingent.security;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import ca.contingent.shared.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The life of a signed-in session: a new id at sign-in, gone at sign-out, ended at once
 * when an administrator disables the user or resets their password, and a reset password
 * kept to the password page until changed.
 */
@IntegrationTest
class SessionIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Environment environment;

    String username;

    @BeforeEach
    void createUser() {
        this.username = TestAccounts.create(this.jdbc, this.passwords, Role.ANALYST);
    }

    @Test
    void signingInGivesANewSessionId() {
        MockHttpSession before = new MockHttpSession();
        String id = before.getId();
        MvcTestResult result = this.mvc.post()
            .uri("/login")
            .session(before)
            .param("username", this.username)
            .param("password", TestAccounts.PASSWORD)
            .with(csrf())
            .exchange();
        assertThat(result).redirectedUrl().isEqualTo("/");
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(id);
    }

    @Test
    void signingOutEndsTheSession() {
        MockHttpSession session = signIn(TestAccounts.PASSWORD);
        assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
        assertThat(this.mvc.post().uri("/logout").session(session).with(csrf())).redirectedUrl()
            .isEqualTo("/login?signedOut");
        assertThat(session.isInvalid()).isTrue();
        assertThat(this.mvc.get().uri("/").session(session)).hasStatus3xxRedirection()
            .redirectedUrl()
            .endsWith("/login");
    }

    @Test
    void disablingAUserEndsTheirSessionAtTheNextRequest() {
        MockHttpSession session = signIn(TestAccounts.PASSWORD);
        assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25").session(session)).hasStatusOk();
        assertThat(this.mvc.post().uri("/users/" + this.username + "/disable").with(TestUsers.admin()).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/").session(session)).redirectedUrl().isEqualTo("/login?expired");
        assertThat(this.mvc.get().uri("/login?expired")).bodyText().contains("Your session has ended.");
        assertThat(this.mvc.post()
            .uri("/login")
            .param("username", this.username)
            .param("password", TestAccounts.PASSWORD)
            .with(csrf())).redirectedUrl().isEqualTo("/login?error");
        assertThat(basic(TestAccounts.PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anEndedSessionIsRefusedByTheApiToo() {
        MockHttpSession session = signIn(TestAccounts.PASSWORD);
        assertThat(this.mvc.post().uri("/users/" + this.username + "/disable").with(TestUsers.admin()).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25").session(session))
            .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aResetPasswordKeepsTheUserOnThePasswordPageUntilChanged() {
        MockHttpSession old = signIn(TestAccounts.PASSWORD);
        assertThat(this.mvc.post()
            .uri("/users/" + this.username + "/password")
            .with(TestUsers.admin())
            .with(csrf())
            .param("password", "temporary passphrase 1")).hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/").session(old)).redirectedUrl().isEqualTo("/login?expired");

        MockHttpSession session = signIn("temporary passphrase 1");
        assertThat(this.mvc.get().uri("/").session(session)).redirectedUrl().isEqualTo("/account/password");
        assertThat(this.mvc.get().uri("/").session(session)).redirectedUrl().isEqualTo("/account/password");
        assertThat(this.mvc.get().uri("/account/password").session(session)).hasStatusOk()
            .bodyText()
            .contains("reset by an administrator");
        assertThat(basic("temporary passphrase 1")).hasStatus(HttpStatus.FORBIDDEN)
            .bodyText()
            .contains("Change your password");

        assertThat(this.mvc.post()
            .uri("/account/password")
            .session(session)
            .with(csrf())
            .param("currentPassword", "temporary passphrase 1")
            .param("newPassword", "password1234")
            .param("confirmation", "password1234")).hasStatusOk().bodyText().contains("too well known");
        assertThat(this.mvc.post()
            .uri("/account/password")
            .session(session)
            .with(csrf())
            .param("currentPassword", "not the current one")
            .param("newPassword", "my very own passphrase")
            .param("confirmation", "my very own passphrase")).hasStatusOk().bodyText().contains("not right");
        assertThat(this.jdbc.sql("select failed_sign_ins from app_user where username = ?")
            .param(this.username)
            .query(Integer.class)
            .single()).isOne();
        assertThat(this.mvc.post()
            .uri("/account/password")
            .session(session)
            .with(csrf())
            .param("currentPassword", "temporary passphrase 1")
            .param("newPassword", "my very own passphrase")
            .param("confirmation", "my very own passphrase")).redirectedUrl().isEqualTo("/");

        assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk();
        assertThat(basic("my very own passphrase")).hasStatusOk();
        assertThat(this.jdbc.sql("select must_change_password from app_user where username = ?")
            .param(this.username)
            .query(Boolean.class)
            .single()).isFalse();
    }

    @Test
    void theApiWithHttpBasicCreatesNoSession() {
        MvcTestResult result = basic(TestAccounts.PASSWORD);
        assertThat(result).hasStatusOk();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getCookie("JSESSIONID")).isNull();
    }

    @Test
    void aForgedOrUnknownSessionCookieSignsNobodyIn() {
        Cookie forged = new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF");
        assertThat(this.mvc.get().uri("/").cookie(forged)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25").cookie(forged))
            .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSessionThatExpiredIsRefused() {
        MockHttpSession session = signIn(TestAccounts.PASSWORD);
        // What the container does after server.servlet.session.timeout of inactivity.
        session.invalidate();
        assertThat(this.mvc.get().uri("/").session(session)).hasStatus3xxRedirection()
            .redirectedUrl()
            .endsWith("/login");
        assertThat(this.environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    private MockHttpSession signIn(String password) {
        MvcTestResult result = this.mvc.post()
            .uri("/login")
            .param("username", this.username)
            .param("password", password)
            .with(csrf())
            .exchange();
        assertThat(result).redirectedUrl().isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcTestResult basic(String password) {
        return this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(httpBasic(this.username, password)).exchange();
    }

}
