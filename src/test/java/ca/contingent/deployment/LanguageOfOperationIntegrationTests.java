package ca.contingent.deployment;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment page warns, without refusing anything, when the person speaks neither
 * the mission's language nor its parent's. Mission T-LW operates in French; its component
 * T-LW-C in English.
 */
@IntegrationTest
@Transactional
class LanguageOfOperationIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new Accounts(this.jdbc).headquarters();
        new TestRecords(this.jdbc).agency("T-WA")
            .mission("T-LW", null)
            .mission("T-LW-C", "T-LW")
            .person("T-WP1", "Anglo", "Ann", "F", "POLICE", "T-WA", "en")
            .person("T-WP2", "Bilingue", "Bea", "F", "POLICE", "T-WA", "en;fr")
            .deployment("T-WD1", "T-WP1", "T-LW", "SHORT", "2031-01-01", "2031-06-30", "PLANNED")
            .deployment("T-WD2", "T-WP2", "T-LW", "SHORT", "2031-01-01", "2031-06-30", "PLANNED")
            .deployment("T-WD3", "T-WP1", "T-LW-C", "SHORT", "2032-01-01", "2032-06-30", "PLANNED");
        this.jdbc.sql("update mission set language = 'en' where code = 'T-LW-C'").update();
    }

    @Test
    void warnsInBothLanguagesWhenThePersonDoesNotSpeakTheMissionsLanguage() {
        assertThat(this.mvc.get().uri("/deployments/T-WD1").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("language-warning", "the mission operates in French");
        assertThat(this.mvc.get().uri("/deployments/T-WD1?lang=fr").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("la mission se déroule en français");
    }

    @Test
    void noWarningWhenThePersonSpeaksTheMissionsOrItsParentsLanguage() {
        assertThat(this.mvc.get().uri("/deployments/T-WD2").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .doesNotContain("language-warning");
        assertThat(this.mvc.get().uri("/deployments/T-WD3").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .doesNotContain("language-warning");
    }

}
