package ca.contingent.deployment;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static ca.contingent.TestUsers.analyst;
import static ca.contingent.TestUsers.programOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@Transactional
class DeploymentPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    TestRecords records;

    @BeforeEach
    void records() {
        new Accounts(this.jdbc).headquarters();
        this.records = new TestRecords(this.jdbc).agency("T-AG1")
            .agency("T-AG2")
            .mission("T-MA", null)
            .mission("T-MA-C", "T-MA")
            .mission("T-MB", null)
            .person("T-PA", "Côté", "Éloïse", "F", "POLICE", "T-AG1", "fr;en")
            .person("T-PB", "Tremblay", "Marc", "M", "CIVILIAN", "T-AG2", "en")
            .deployment("T-D1", "T-PA", "T-MA-C", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED")
            .deployment("T-D2", "T-PB", "T-MB", "SHORT", "2031-05-01", "2031-06-30", "PLANNED");
    }

    @Test
    void filtersByMissionIncludingItsComponents() {
        assertThat(page("/deployments", "mission", "T-MA")).contains(">T-D1<").doesNotContain(">T-D2<");
        assertThat(page("/deployments", "mission", "T-MA-C")).contains(">T-D1<").doesNotContain(">T-D2<");
        assertThat(page("/deployments", "mission", "T-MB")).contains(">T-D2<").doesNotContain(">T-D1<");
    }

    @Test
    void filtersByAgencyStatusTermAndPerson() {
        assertThat(page("/deployments", "agency", "T-AG1")).contains(">T-D1<").doesNotContain(">T-D2<");
        assertThat(page("/deployments", "agency", "T-AG2", "status", "PLANNED", "term", "SHORT")).contains(">T-D2<");
        assertThat(page("/deployments", "agency", "T-AG2", "status", "DEPLOYED")).doesNotContain(">T-D2<");
        assertThat(page("/deployments", "person", "T-PA")).contains(">T-D1<").doesNotContain(">T-D2<");
    }

    @Test
    void filtersByFiscalYearOverlap() {
        assertThat(page("/deployments", "year", "2030-31", "mission", "T-MA")).contains(">T-D1<");
        assertThat(page("/deployments", "year", "2030-31", "mission", "T-MB")).doesNotContain(">T-D2<");
        assertThat(page("/deployments", "year", "2031-32", "mission", "T-MB")).contains(">T-D2<");
        assertThat(page("/deployments", "year", "2029-30", "mission", "T-MA")).doesNotContain(">T-D1<");
    }

    @Test
    void aMalformedFiscalYearIsAMessageNotAnError() {
        assertThat(page("/deployments", "year", "2030-32", "mission", "T-MA"))
            .contains("“2030-32” is not a fiscal year", ">T-D1<");
        assertThat(pageInFrench("/deployments", "year", "abc")).contains("« abc » n’est pas un exercice");
    }

    @Test
    void sortsByStartPersonAndMission() {
        String byStart = page("/deployments", "person", "", "sort", "start", "dir", "asc", "mission", "");
        assertThat(byStart.indexOf(">T-D1<")).isLessThan(byStart.indexOf(">T-D2<"));
        String byStartDesc = page("/deployments", "sort", "start", "dir", "desc");
        assertThat(byStartDesc.indexOf(">T-D1<")).isGreaterThan(byStartDesc.indexOf(">T-D2<"));
        String byMissionDesc = page("/deployments", "sort", "mission", "dir", "desc");
        assertThat(byMissionDesc.indexOf(">T-D2<")).isLessThan(byMissionDesc.indexOf(">T-D1<"));
        String byPerson = page("/deployments", "sort", "person", "dir", "asc");
        assertThat(byPerson.indexOf(">T-D1<")).isLessThan(byPerson.indexOf(">T-D2<"));
    }

    @Test
    void theNewFormPreselectsTheGivenPersonAndOffersPeopleAndMissions() {
        assertThat(page("/deployments/new", "person", "T-PA")).contains("value=\"T-PA\"", "<datalist id=\"people\"",
                "T-PA – Côté, Éloïse", "T-MA-C – Test mission T-MA-C");
    }

    @Test
    void createsADeployment() {
        MvcTestResult result = create("T-DNEW", "T-PA", "2030-10-01", "2030-12-31", "PLANNED").exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/deployments/T-DNEW");
        assertThat(this.jdbc.sql("""
                select p.external_id || '|' || m.code || '|' || d.leadership || '|' || d.status
                from deployment d join person p on p.id = d.person_id join mission m on m.id = d.mission_id
                where d.external_id = 'T-DNEW'
                """).query(String.class).single()).isEqualTo("T-PA|T-MB|true|PLANNED");
    }

    @Test
    void generatesAnExternalIdWhenNoneIsGiven() {
        assertThat(create("", "T-PA", "2032-01-01", "2032-01-31", "PLANNED")).hasStatus3xxRedirection()
            .redirectedUrl()
            .matches("/deployments/D-[0-9A-F]{8}");
    }

    @Test
    void refusesAnEndBeforeTheStartOnTheEndDateInEnglishAndFrench() {
        String english = body(create("T-DBAD", "T-PA", "2033-05-02", "2033-05-01", "PLANNED").exchange());
        assertThat(english).contains("The end date cannot be before the start date.");
        String french = body(
                create("T-DBAD", "T-PA", "2033-05-02", "2033-05-01", "PLANNED").header("Accept-Language", "fr")
                    .exchange());
        assertThat(french).contains("La date de fin ne peut pas précéder la date de début.");
        assertThat(this.records.count("deployment", "T-DBAD")).isZero();
    }

    @Test
    void refusesMissingFieldsAndUnknownPeopleWithFieldErrors() {
        String missing = body(this.mvc.post()
            .uri("/deployments/new")
            .with(admin())
            .with(csrf())
            .header("Accept-Language", "fr")
            .param("person", "T-PA")
            .exchange());
        assertThat(missing).contains("Choisissez une mission.", "Entrez le rôle.", "Entrez la date de début.",
                "aria-invalid=\"true\"");
        assertThat(body(create("T-DBAD", "T-NOBODY", "2033-01-01", "2033-01-31", "PLANNED").exchange()))
            .contains("There is no person with the ID T-NOBODY.");
    }

    @Test
    void refusesAnOverlapNamingTheOtherDeployment() {
        String english = body(create("T-DOVER", "T-PA", "2030-09-30", "2030-10-31", "PLANNED").exchange());
        assertThat(english)
            .contains("These dates overlap deployment T-D1 of the same person, from 2030-04-01 to" + " 2030-09-30.");
        String french = body(
                create("T-DOVER", "T-PA", "2030-05-01", "2030-05-31", "DEPLOYED").header("Accept-Language", "fr")
                    .exchange());
        assertThat(french).contains(
                "Ces dates chevauchent le déploiement T-D1 de la même personne, du 2030-04-01 au" + " 2030-09-30.");
        assertThat(this.records.count("deployment", "T-DOVER")).isZero();
    }

    @Test
    void aCancelledDeploymentDoesNotBlockANewOneOnTheSameDays() {
        this.jdbc.sql("update deployment set status = 'CANCELLED' where external_id = 'T-D1'").update();
        assertThat(create("T-DCXL", "T-PA", "2030-05-01", "2030-05-31", "PLANNED")).hasStatus3xxRedirection();
        assertThat(this.records.count("deployment", "T-DCXL")).isOne();
    }

    @Test
    void aNewDeploymentIsPlannedWhateverStatusIsPostedAndItsHistoryStartsAtTheNomination() {
        assertThat(create("T-DNOM", "T-PA", "2034-05-01", "2034-05-31", "CANCELLED")).hasStatus3xxRedirection();
        assertThat(status("T-DNOM")).isEqualTo("PLANNED");
        assertThat(this.jdbc.sql("""
                select t.username || '|' || coalesce(t.from_status, '-') || '|' || t.to_status
                from deployment_transition t join deployment d on d.id = t.deployment_id
                where d.external_id = 'T-DNOM'""").query(String.class).list()).containsExactly("officer|-|PLANNED");
        assertThat(page("/deployments/T-DNOM")).contains("Nominated", "officer");
        assertThat(pageInFrench("/deployments/T-DNOM")).contains("Proposé");
    }

    @Test
    void aPostedStatusIsIgnoredOnEditAndTheFormOnlyShowsIt() {
        assertThat(page("/deployments/T-D1/edit")).doesNotContain("name=\"status\"").contains("Deployed");
        int version = this.records.version("deployment", "T-D1");
        assertThat(edit("T-D1", "T-PA", "2030-04-01", "2030-09-30", "CANCELLED", version)).hasStatus3xxRedirection();
        assertThat(status("T-D1")).isEqualTo("DEPLOYED");
        assertThat(this.jdbc.sql("""
                select count(*) from deployment_transition t join deployment d on d.id = t.deployment_id
                where d.external_id = 'T-D1'""").query(Long.class).single()).isZero();
    }

    private String status(String externalId) {
        return this.jdbc.sql("select status from deployment where external_id = ?")
            .param(externalId)
            .query(String.class)
            .single();
    }

    @Test
    void editsWithTheCurrentVersionWithoutOverlappingItselfAndRefusesAStaleOne() {
        int version = this.records.version("deployment", "T-D1");
        assertThat(page("/deployments/T-D1/edit")).contains("value=\"T-PA\"", "value=\"2030-04-01\"");
        assertThat(edit("T-D1", "T-PA", "2030-04-01", "2030-10-31", "DEPLOYED", version)).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/deployments/T-D1");
        assertThat(body(edit("T-D1", "T-PA", "2030-04-01", "2030-10-31", "DEPLOYED", version)))
            .contains("Deployment T-D1 was changed by someone else since you opened it.");
    }

    @Test
    void showsEverythingWithLinksToPersonAndMission() {
        assertThat(page("/deployments/T-D1")).contains("href=\"/people/T-PA\"", "href=\"/missions/T-MA-C\"",
                "href=\"/missions/T-MA\"", "Côté, Éloïse", "Police Advisor", "Long term", "2030-04-01", "2030-09-30",
                "Deployed");
        assertThat(pageInFrench("/deployments/T-D1")).contains("Longue durée", "Déployé", "Composante de");
    }

    @Test
    void deletesADeployment() {
        assertThat(this.mvc.post().uri("/deployments/T-D2/delete").with(admin()).with(csrf())).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/deployments");
        assertThat(this.records.count("deployment", "T-D2")).isZero();
    }

    @Test
    void analystsMayNotSeeTheDeploymentPages() {
        assertThat(this.mvc.get().uri("/deployments").with(analyst())).hasStatus(403);
        assertThat(this.mvc.get().uri("/deployments/T-D1").with(analyst())).hasStatus(403);
    }

    private MockMvcRequestBuilder create(String externalId, String person, String start, String end, String status) {
        return this.mvc.post()
            .uri("/deployments/new")
            .with(programOfficer())
            .with(csrf())
            .param("externalId", externalId)
            .param("person", person)
            .param("mission", "T-MB")
            .param("role", "Mentor")
            .param("leadership", "true")
            .param("_leadership", "on")
            .param("term", "SHORT")
            .param("startDate", start)
            .param("endDate", end)
            .param("status", status);
    }

    private MvcTestResult edit(String externalId, String person, String start, String end, String status, int version) {
        return this.mvc.post()
            .uri("/deployments/" + externalId + "/edit")
            .with(admin())
            .with(csrf())
            .param("externalId", externalId)
            .param("person", person)
            .param("mission", "T-MA-C")
            .param("role", "Police Advisor")
            .param("_leadership", "on")
            .param("term", "LONG")
            .param("startDate", start)
            .param("endDate", end)
            .param("status", status)
            .param("version", String.valueOf(version))
            .exchange();
    }

    private String page(String uri, String... params) {
        MockMvcRequestBuilder request = this.mvc.get().uri(uri).with(admin());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private String pageInFrench(String uri, String... params) {
        MockMvcRequestBuilder request = this.mvc.get().uri(uri).with(admin()).header("Accept-Language", "fr");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return body(result);
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
