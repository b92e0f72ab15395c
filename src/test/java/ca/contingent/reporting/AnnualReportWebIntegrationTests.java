package ca.contingent.reporting;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

@IntegrationTest
class AnnualReportWebIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void apiAnswersTheContractShapeToHttpBasic() {
        assertThat(
                this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(httpBasic("admin", "test-admin-password-1")))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.fiscalYear", (value) -> value.assertThat().isEqualTo("2024-25"))
            .hasPathSatisfying("$.from", (value) -> value.assertThat().isEqualTo("2024-04-01"))
            .hasPathSatisfying("$.to", (value) -> value.assertThat().isEqualTo("2025-03-31"))
            .hasPath("$.totals.personnel")
            .hasPath("$.totals.womenPercent")
            .hasPath("$.totals.newPartnerAgencies")
            .hasPath("$.missions")
            .hasPath("$.activities");
    }

    @Test
    void apiNeedsCredentials() {
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(httpBasic("admin", "wrong-password-0")))
            .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void analystsReadReports() {
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(TestUsers.analyst())).hasStatusOk();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-26", "2024", "24-25", "abcd-ef", "2024-2025" })
    void apiRefusesAMalformedFiscalYearWith400(String year) {
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/" + year).with(TestUsers.analyst()))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .hasPathSatisfying("$.detail", (detail) -> detail.assertThat().asString().contains(year));
    }

    @Test
    void apiExplainsAMalformedYearInFrench() {
        assertThat(this.mvc.get()
            .uri("/api/v1/reports/annual/2024-26")
            .header("Accept-Language", "fr")
            .with(TestUsers.analyst())).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .hasPathSatisfying("$.detail",
                    (detail) -> detail.assertThat().asString().contains("n’est pas un exercice"));
    }

    @Test
    void pageShowsTheYearInEnglishAndFrench() {
        assertThat(this.mvc.get().uri("/reports/annual/2024-25").with(TestUsers.analyst())).hasStatusOk()
            .bodyText()
            .contains("Annual report 2024-25", "2024-25 at a glance", "police officers and civilian experts deployed");
        assertThat(this.mvc.get().uri("/reports/annual/2024-25?lang=fr").with(TestUsers.analyst())).hasStatusOk()
            .bodyText()
            .contains("Rapport annuel 2024-25", "en un coup d’œil", "policiers et experts civils déployés")
            .doesNotContain("at a glance");
    }

    @Test
    void pageRefusesAMalformedYearWithAnErrorPage() {
        assertThat(this.mvc.get().uri("/reports/annual/2024-26").with(TestUsers.analyst()))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyText()
            .contains("YYYY-YY");
    }

    @Test
    void yearPickerLeadsToTheChosenYear() {
        assertThat(this.mvc.get().uri("/reports/annual?year=2024-25").with(TestUsers.analyst()))
            .hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/reports/annual/2024-25");
    }

}
