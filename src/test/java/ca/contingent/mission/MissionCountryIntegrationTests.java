package ca.contingent.mission;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A mission's country is a {@link ca.contingent.shared.CountryCode} on its pages: the
 * form takes only a code that names a country and offers them all, the page names it in
 * the reader's language. Rolled back.
 */
@IntegrationTest
@Transactional
class MissionCountryIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormRefusesACodeThatNamesNoCountry() {
        assertThat(create("T-CTRY-XX", "XX")).hasStatusOk()
            .bodyText()
            .contains("Use a two-letter ISO country code in capitals, for example HT.");
        assertThat(this.jdbc.sql("select count(*) from mission where code = 'T-CTRY-XX'").query(Integer.class).single())
            .isZero();
    }

    @Test
    void thePageNamesTheCountryInTheReadersLanguageAndTheFormOffersEveryCountry() {
        assertThat(create("T-CTRY-DE", "DE")).hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/missions/T-CTRY-DE").with(admin()).exchange()).bodyText()
            .contains("DE – Germany");
        assertThat(this.mvc.get().uri("/missions/T-CTRY-DE?lang=fr").with(admin()).exchange()).bodyText()
            .contains("DE – Allemagne");
        assertThat(this.mvc.get().uri("/missions/new").with(admin()).exchange()).bodyText()
            .contains("<option value=\"HT\">Haiti</option>")
            .contains("<option value=\"ZM\">Zambia</option>");
    }

    @Test
    void aStoredCodeThatNamesNoCountryIsShownAsItIs() {
        this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, organization, country, location, language, armed,
                                     start_date)
                values ('T-CTRY-OLD', 'Old', 'Ancienne', 'UN', 'XX', 'Here', 'en', false, date '2030-04-01')""")
            .update();
        assertThat(this.mvc.get().uri("/missions/T-CTRY-OLD").with(admin()).exchange()).hasStatusOk()
            .bodyText()
            .contains("<dd>XX</dd>");
    }

    private MvcTestResult create(String code, String country) {
        return this.mvc.post()
            .uri("/missions/new")
            .with(admin())
            .with(csrf())
            .param("code", code)
            .param("nameEn", "Test")
            .param("nameFr", "Essai")
            .param("organization", "UN")
            .param("country", country)
            .param("location", "Here")
            .param("language", "en")
            .param("armed", "false")
            .param("startDate", "2030-04-01")
            .exchange();
    }

}
