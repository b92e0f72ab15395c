package ca.contingent.security;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class SignInIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void signInPageSpeaksTheBrowsersLanguage() {
        assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Sign in", "User name");
        assertThat(this.mvc.get().uri("/login").header("Accept-Language", "fr-CA,fr;q=0.9")).hasStatusOk()
            .bodyText()
            .contains("Connexion", "Nom d’utilisateur")
            .doesNotContain("User name");
    }

    @Test
    void languageChoiceOverridesTheBrowserAndIsRemembered() {
        MvcTestResult result = this.mvc.get().uri("/login?lang=fr").header("Accept-Language", "en").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Connexion");
        assertThat(result).cookies().containsCookie("contingent-lang");
        assertThat(this.mvc.get()
            .uri("/login")
            .header("Accept-Language", "en")
            .cookie(result.getResponse().getCookie("contingent-lang"))).bodyText().contains("Connexion");
    }

    @Test
    void theAdministratorSignsInWithTheConfiguredPassword() {
        assertThat(this.mvc.post()
            .uri("/login")
            .param("username", "admin")
            .param("password", "test-admin-password-1")
            .with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhich() {
        assertThat(this.mvc.post()
            .uri("/login")
            .param("username", "admin")
            .param("password", "not-the-password")
            .with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
        assertThat(this.mvc.post()
            .uri("/login")
            .param("username", "nobody-here")
            .param("password", "not-the-password")
            .with(csrf())).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?error");
        assertThat(this.mvc.get().uri("/login?error")).bodyText().contains("Wrong user name or password.");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        assertThat(this.mvc.post().uri("/login").param("username", "admin").param("password", "test-admin-password-1"))
            .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void passwordsAreHashedWithArgon2idAtTheOwaspMinimum() {
        String hash = this.passwords.encode("a-password-of-length");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(this.passwords.matches("a-password-of-length", hash)).isTrue();
        assertThat(new Argon2PasswordEncoder(16, 32, 1, 19456, 2).matches("a-password-of-length",
                hash.substring("{argon2}".length())))
            .isTrue();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        MvcTestResult result = this.mvc.get().uri("/login").exchange();
        assertThat(result).headers()
            .hasValue("X-Content-Type-Options", "nosniff")
            .hasValue("Referrer-Policy", "same-origin")
            .containsHeader("Cross-Origin-Opener-Policy");
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
            .contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
            .doesNotContain("'unsafe-inline'");
    }

    @Test
    void actuatorExposesHealthAndInfoOnly() {
        assertThat(this.mvc.get().uri("/actuator/info")).hasStatusOk();
        assertThat(this.mvc.get().uri("/actuator/env").with(ca.contingent.TestUsers.admin())).hasStatus4xxClientError();
        assertThat(this.mvc.get().uri("/actuator/beans").with(ca.contingent.TestUsers.admin()))
            .hasStatus4xxClientError();
    }

    @Test
    void unknownPagesAreDeniedToSignedInUsersToo() {
        assertThat(this.mvc.get().uri("/something-else").with(ca.contingent.TestUsers.admin()))
            .hasStatus(HttpStatus.FORBIDDEN);
    }

}
