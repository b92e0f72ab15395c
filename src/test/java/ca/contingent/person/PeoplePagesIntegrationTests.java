package ca.contingent.person;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.web.Flash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static ca.contingent.TestUsers.analyst;
import static ca.contingent.TestUsers.programOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@Transactional
class PeoplePagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    TestRecords records;

    @BeforeEach
    void records() {
        new Accounts(this.jdbc).headquarters();
        this.records = new TestRecords(this.jdbc).agency("T-AG1")
            .agency("T-AG2")
            .person("T-PA", "Côté", "Éloïse", "F", "POLICE", "T-AG1", "fr;en")
            .person("T-PB", "Tremblay", "Marc", "M", "CIVILIAN", "T-AG1", "en")
            .person("T-PC", "Abbott", "Zoé", "X", "POLICE", "T-AG2", "en;es");
    }

    @Test
    void listsThePeopleOfAnAgency() {
        String body = page("/people?agency=T-AG1");
        assertThat(body).contains(">T-PA<", ">T-PB<", "Côté, Éloïse", "Tremblay, Marc").doesNotContain(">T-PC<");
    }

    @Test
    void searchesTheStartOfFamilyOrGivenNameIgnoringCaseAndAccents() {
        assertThat(page("/people", "q", "cote")).contains(">T-PA<");
        assertThat(page("/people", "q", "ÉLO")).contains(">T-PA<");
        assertThat(page("/people", "q", "marc", "agency", "T-AG1")).contains(">T-PB<").doesNotContain(">T-PA<");
        assertThat(page("/people", "q", "ote")).doesNotContain(">T-PA<");
    }

    @Test
    void searchTreatsWildcardsAsText() {
        assertThat(page("/people", "q", "%", "agency", "T-AG1")).doesNotContain(">T-PA<", ">T-PB<");
        assertThat(page("/people", "q", "_ote", "agency", "T-AG1")).doesNotContain(">T-PA<");
    }

    @Test
    void filtersByGenderCategoryAndLanguage() {
        assertThat(page("/people?agency=T-AG1&gender=F")).contains(">T-PA<").doesNotContain(">T-PB<");
        assertThat(page("/people?agency=T-AG1&category=CIVILIAN")).contains(">T-PB<").doesNotContain(">T-PA<");
        assertThat(page("/people?agency=T-AG1&language=fr")).contains(">T-PA<").doesNotContain(">T-PB<");
        assertThat(page("/people?agency=T-AG2&language=ES")).contains(">T-PC<");
    }

    @Test
    void sortsByNameAccentInsensitivelyAndByOtherColumns() {
        String byName = page("/people?q=&sort=name&dir=asc&gender=&agency=T-AG1");
        assertThat(byName.indexOf(">T-PA<")).isLessThan(byName.indexOf(">T-PB<"));
        String byNameDesc = page("/people?sort=name&dir=desc&agency=T-AG1");
        assertThat(byNameDesc.indexOf(">T-PA<")).isGreaterThan(byNameDesc.indexOf(">T-PB<"));
        String byCategory = page("/people?sort=category&dir=asc&agency=T-AG1");
        assertThat(byCategory.indexOf(">T-PB<")).isLessThan(byCategory.indexOf(">T-PA<"));
        assertThat(page("/people?sort=nonsense;drop&agency=T-AG1")).contains(">T-PA<");
    }

    @Test
    void createsAPersonWithNormalisedLanguages() {
        MvcTestResult result = this.mvc.post()
            .uri("/people/new")
            .with(programOfficer())
            .with(csrf())
            .param("externalId", "T-PNEW")
            .param("familyName", " Gagné ")
            .param("givenName", "Luc")
            .param("gender", "M")
            .param("category", "POLICE")
            .param("agency", "T-AG2")
            .param("rank", "")
            .param("languages", "FR, en")
            .exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/people/T-PNEW");
        assertThat(this.jdbc.sql("""
                select family_name || '|' || languages || '|' || coalesce(rank, '-') || '|' || a.code
                from person p join agency a on a.id = p.agency_id where external_id = 'T-PNEW'
                """).query(String.class).single()).isEqualTo("Gagné|fr;en|-|T-AG2");
        assertThat(page("/people/T-PNEW")).contains("Gagné, Luc", "fr, en");
    }

    @Test
    void generatesAnExternalIdWhenNoneIsGiven() {
        MvcTestResult result = this.mvc.post()
            .uri("/people/new")
            .with(admin())
            .with(csrf())
            .param("familyName", "Sans-Identifiant")
            .param("givenName", "Anne")
            .param("gender", "F")
            .param("category", "CIVILIAN")
            .param("agency", "T-AG1")
            .param("languages", "fr")
            .exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().matches("/people/P-[0-9A-F]{8}");
    }

    @Test
    void refusesInvalidInputWithFieldErrorsInEnglish() {
        String body = invalidCreate("en");
        assertThat(body).contains("Enter the family name.", "Choose a gender.", "Enter two-letter language codes",
                "aria-invalid=\"true\"", "aria-describedby=\"familyName-error\"", "id=\"familyName-error\"",
                "aria-describedby=\"languages-hint languages-error\"");
        assertThat(this.records.count("person", "T-PBAD")).isZero();
    }

    @Test
    void refusesInvalidInputWithFieldErrorsInFrench() {
        assertThat(invalidCreate("fr")).contains("Entrez le nom de famille.", "Choisissez un genre.",
                "Entrez des codes de langue de deux lettres");
        String viaParameter = body(this.mvc.post()
            .uri("/people/new?lang=fr")
            .with(admin())
            .with(csrf())
            .param("externalId", "T-PBAD")
            .param("givenName", "X")
            .param("agency", "T-AG1")
            .param("languages", "fr")
            .exchange());
        assertThat(viaParameter).contains("Entrez le nom de famille.");
    }

    @Test
    void refusesAnUnknownAgencyAndATakenId() {
        assertThat(this.mvc.post()
            .uri("/people/new")
            .with(admin())
            .with(csrf())
            .param("externalId", "T-PZ")
            .param("familyName", "A")
            .param("givenName", "B")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", "T-NONE")
            .param("languages", "en")).hasStatusOk().bodyText().contains("There is no agency with the code T-NONE.");
        assertThat(this.mvc.post()
            .uri("/people/new")
            .with(admin())
            .with(csrf())
            .param("externalId", "T-PA")
            .param("familyName", "A")
            .param("givenName", "B")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", "T-AG1")
            .param("languages", "en")).hasStatusOk().bodyText().contains("A person with the ID T-PA already exists.");
    }

    @Test
    void editsWithTheCurrentVersionAndRefusesAStaleOne() {
        int version = this.records.version("person", "T-PB");
        assertThat(page("/people/T-PB/edit")).contains("value=\"Tremblay\"", "value=\"" + version + "\"");
        assertThat(edit("T-PB", version)).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/people/T-PB");
        assertThat(this.jdbc.sql("select rank from person where external_id = 'T-PB'").query(String.class).single())
            .isEqualTo("Sergeant");
        assertThat(edit("T-PB", version)).hasStatusOk()
            .bodyText()
            .contains("Person T-PB was changed by someone else since you opened it.");
    }

    @Test
    void refusesToDeleteAPersonWithDeploymentsAndSaysHowMany() {
        this.records.mission("T-MA", null)
            .deployment("T-DA", "T-PA", "T-MA", "LONG", "2030-04-01", "2030-09-30", "PLANNED");
        MvcTestResult result = this.mvc.post().uri("/people/T-PA/delete").with(admin()).with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/people/T-PA");
        Flash flash = (Flash) result.getMvcResult().getFlashMap().get("flash");
        assertThat(flash.level()).isEqualTo("error");
        assertThat(this.messages.getMessage(flash.key(), flash.arguments(), Locale.ENGLISH))
            .isEqualTo("Person T-PA cannot be deleted: 1 deployment refers to them.");
        assertThat(this.messages.getMessage(flash.key(), flash.arguments(), Locale.FRENCH))
            .isEqualTo("La personne T-PA ne peut pas être supprimée : 1 déploiement y fait référence.");
        assertThat(this.records.count("person", "T-PA")).isOne();
    }

    @Test
    void deletesAPersonWithoutDeployments() {
        assertThat(this.mvc.post().uri("/people/T-PC/delete").with(admin()).with(csrf())).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/people");
        assertThat(this.records.count("person", "T-PC")).isZero();
    }

    @Test
    void showsThePersonWithTheirDeploymentHistoryNewestFirst() {
        this.records.mission("T-MA", null)
            .mission("T-MB", null)
            .deployment("T-DOLD", "T-PA", "T-MA", "LONG", "2030-04-01", "2030-09-30", "COMPLETED")
            .deployment("T-DNEW", "T-PA", "T-MB", "SHORT", "2031-01-10", "2031-02-10", "PLANNED");
        String body = page("/people/T-PA");
        assertThat(body).contains("Côté", "Éloïse", "Test agency T-AG1", "T-MA", "T-MB", "Police Advisor", "2030-04-01",
                "2031-02-10", "Completed", "Planned", "Short term");
        assertThat(body.indexOf(">T-DNEW<")).isLessThan(body.indexOf(">T-DOLD<"));
        assertThat(pageInFrench("/people/T-PA")).contains("Historique des déploiements", "Terminé", "Prévu");
    }

    @Test
    void escapesNamesAsText() {
        this.records.person("T-PX", "<script>alert(1)</script>", "Eve", "F", "POLICE", "T-AG2", "en");
        assertThat(page("/people/T-PX")).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            .doesNotContain("<script>alert(1)");
    }

    @Test
    void answersNotFoundForAnUnknownPerson() {
        assertThat(this.mvc.get().uri("/people/T-NOBODY").with(admin())).hasStatus(404);
    }

    @Test
    void analystsMayNotSeeThePeoplePages() {
        assertThat(this.mvc.get().uri("/people").with(analyst())).hasStatus(403);
        assertThat(this.mvc.get().uri("/people/T-PA").with(analyst())).hasStatus(403);
    }

    private String page(String uri, String... params) {
        var request = this.mvc.get().uri(uri).with(admin());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private String pageInFrench(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).with(admin()).header("Accept-Language", "fr").exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private String invalidCreate(String language) {
        MvcTestResult result = this.mvc.post()
            .uri("/people/new")
            .with(admin())
            .with(csrf())
            .header("Accept-Language", language)
            .param("externalId", "T-PBAD")
            .param("familyName", " ")
            .param("givenName", "Anne")
            .param("category", "POLICE")
            .param("agency", "T-AG1")
            .param("languages", "english")
            .exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private MvcTestResult edit(String externalId, int version) {
        return this.mvc.post()
            .uri("/people/" + externalId + "/edit")
            .with(programOfficer())
            .with(csrf())
            .param("externalId", externalId)
            .param("familyName", "Tremblay")
            .param("givenName", "Marc")
            .param("gender", "M")
            .param("category", "CIVILIAN")
            .param("agency", "T-AG1")
            .param("rank", "Sergeant")
            .param("languages", "en")
            .param("version", String.valueOf(version))
            .exchange();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
