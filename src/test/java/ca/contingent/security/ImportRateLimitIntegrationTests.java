package ca.contingent.security;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The filter in front of both import paths answers 429 once a user's budget for the
 * minute is spent.
 */
@IntegrationTest
class ImportRateLimitIntegrationTests {

    static final String CSV = "code,name_en,name_fr,type,province,partner_since\nT-RATE,Rate,Débit,MUNICIPAL,ON,2030-01-01\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ImportRateLimit limit;

    @Test
    void anImportBeyondTheBudgetIsRefusedWith429InTheUsersLanguage() {
        assertThat(this.mvc.post()
            .uri("/api/v1/imports/agencies?dryRun=true")
            .contentType("text/csv")
            .content(CSV)
            .with(user("t-rate-limited").roles("PROGRAM_OFFICER"))
            .with(csrf())).hasStatusOk();
        while (this.limit.tryAcquire("t-rate-limited")) {
            // spend the rest of this minute's budget (the test profile sets a large one)
        }
        assertThat(this.mvc.post()
            .uri("/api/v1/imports/agencies?dryRun=true")
            .contentType("text/csv")
            .content(CSV)
            .header("Accept-Language", "fr")
            .with(user("t-rate-limited").roles("PROGRAM_OFFICER"))
            .with(csrf()))
            .hasStatus(429)
            .satisfies((result) -> assertThat(Integer.parseInt(result.getResponse().getHeader("Retry-After")))
                .isBetween(1, 60))
            .bodyText()
            .contains("Trop d’importations");
        assertThat(this.mvc.post()
            .uri("/api/v1/imports/agencies?dryRun=true")
            .contentType("text/csv")
            .content(CSV)
            .with(user("t-another-user").roles("PROGRAM_OFFICER"))
            .with(csrf())).as("others keep their budget").hasStatusOk();
    }

}
