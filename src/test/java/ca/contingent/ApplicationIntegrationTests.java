package ca.contingent;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthAnswersUpWithoutSignIn() {
        assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void pagesNeedSignIn() {
        assertThat(this.mvc.get().uri("/agencies")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void aMissingRecordShowsTheErrorPageInsideTheSignedInLayout() {
        assertThat(this.mvc.get().uri("/agencies/NO-SUCH-AGENCY?lang=fr").with(TestUsers.admin()))
            .hasStatus(org.springframework.http.HttpStatus.NOT_FOUND)
            .bodyText()
            .contains("Introuvable", "Se déconnecter", "href=\"/reports/annual\"")
            .doesNotContain("Exception");
    }

    @Test
    void describesTheApiAsOpenApi() {
        assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
            .bodyText()
            .contains("/api/v1/reports/annual/{fiscalYear}", "/api/v1/personnel");
    }

    @Test
    void firstAdministratorIsCreatedOnce() {
        assertThat(this.jdbc.sql("select count(*) from app_user where username = 'admin' and role = 'ADMIN'")
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

}
