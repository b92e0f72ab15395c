package ca.contingent.readiness;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static ca.contingent.TestUsers.analyst;
import static ca.contingent.TestUsers.programOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The readiness settings page: lists the codes in both languages and adds one; everything
 * rolls back.
 */
@IntegrationTest
@Transactional
class ReadinessSettingsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheCodesWithTheirNamesInBothLanguages() {
        assertThat(this.mvc.get().uri("/settings/readiness").with(admin()).exchange()).hasStatusOk()
            .bodyText()
            .contains("Readiness items", "MEDICAL", "Medical", "Examen médical");
        assertThat(this.mvc.get().uri("/settings/readiness?lang=fr").with(admin()).exchange()).hasStatusOk()
            .bodyText()
            .contains("Éléments de préparation", "Ajouter un élément", "Passeport");
    }

    @Test
    void addsACodeAndAuditsIt() {
        assertThat(this.mvc.post()
            .uri("/settings/readiness")
            .with(programOfficer())
            .with(csrf())
            .param("code", "T_DIVING")
            .param("nameEn", "Diving")
            .param("nameFr", "Plongée")
            .exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/settings/readiness");

        assertThat(this.jdbc.sql("select name_fr from readiness_item_code where code = 'T_DIVING'")
            .query(String.class)
            .single()).isEqualTo("Plongée");
        assertThat(this.jdbc.sql("""
                select username from audit_event where entity = 'readiness_item_code' and key = 'T_DIVING'
                and action = 'CREATE'""").query(String.class).list()).containsExactly("officer");
        assertThat(this.mvc.get().uri("/settings/readiness").with(programOfficer()).exchange()).bodyText()
            .contains("T_DIVING", "Diving", "Plongée");
    }

    @Test
    void refusesADuplicateAsAFieldErrorInBothLanguages() {
        assertThat(this.mvc.post()
            .uri("/settings/readiness")
            .with(admin())
            .with(csrf())
            .param("code", "MEDICAL")
            .param("nameEn", "Again")
            .param("nameFr", "Encore")
            .exchange()).hasStatusOk().bodyText().contains("Readiness item MEDICAL already exists.");
        assertThat(this.mvc.post()
            .uri("/settings/readiness?lang=fr")
            .with(admin())
            .with(csrf())
            .param("code", "MEDICAL")
            .param("nameEn", "Again")
            .param("nameFr", "Encore")
            .exchange()).hasStatusOk().bodyText().contains("L’élément de préparation MEDICAL existe déjà.");
        assertThat(this.jdbc.sql("select name_en from readiness_item_code where code = 'MEDICAL'")
            .query(String.class)
            .single()).isEqualTo("Medical");
    }

    @Test
    void refusesABadCodeAndMissingNames() {
        assertThat(this.mvc.post()
            .uri("/settings/readiness")
            .with(admin())
            .with(csrf())
            .param("code", "t-lower")
            .param("nameEn", "")
            .param("nameFr", "")
            .exchange()).hasStatusOk().bodyText().contains("field-error");
        assertThat(this.jdbc.sql("select count(*) from readiness_item_code where code = 't-lower'")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void theAnalystIsRefused() {
        assertThat(this.mvc.get().uri("/settings/readiness").with(analyst()).exchange()).hasStatus(403);
        assertThat(this.mvc.post()
            .uri("/settings/readiness")
            .with(analyst())
            .with(csrf())
            .param("code", "T_SNEAK")
            .param("nameEn", "Sneak")
            .param("nameFr", "Furtif")
            .exchange()).hasStatus(403);
    }

}
