package ca.contingent.security;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without any registration property the application is as it was: password form only, no
 * OAuth2 endpoints.
 */
@IntegrationTest
class OidcNotConfiguredIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void noProviderNoLinkAndNoAuthorizationEndpoint() {
        assertThat(this.context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(this.mvc.get().uri("/login")).hasStatusOk()
            .bodyText()
            .contains("name=\"password\"")
            .doesNotContain("/oauth2/authorization/");
        assertThat(this.mvc.get().uri("/oauth2/authorization/idp")).hasStatus3xxRedirection()
            .redirectedUrl()
            .endsWith("/login");
    }

}
