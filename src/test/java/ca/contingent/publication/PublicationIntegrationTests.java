package ca.contingent.publication;

import java.time.LocalDate;
import java.util.List;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import ca.contingent.retention.Retention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Item 7 of issue 5: publishing (freezing) a fiscal year, and the restatements logged for
 * every later change that can alter its figures, whatever path the change takes. The
 * test's own records lie in 2031-32 (published here) and 2033-34 (never published);
 * everything rolls back, so the shared reference year is never touched.
 */
@IntegrationTest
@Transactional
class PublicationIntegrationTests {

    private static final String YEAR = "2031-32";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Retention retention;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-PUB-A")
            .agency("T-PUB-B")
            .mission("T-PUB-M", null)
            .mission("T-PUB-MC", "T-PUB-M")
            .mission("T-PUB-M2", null)
            .person("T-PUB-P1", "Pubarsenault", "Olive", "F", "POLICE", "T-PUB-A", "en")
            .person("T-PUB-P2", "Pubbouchard", "Rémi", "M", "POLICE", "T-PUB-B", "fr")
            .person("T-PUB-P3", "Pubcaron", "Yvette", "F", "CIVILIAN", "T-PUB-B", "fr")
            .deployment("T-PUB-D1", "T-PUB-P1", "T-PUB-M", "LONG", "2031-05-01", "2031-09-30", "DEPLOYED")
            .deployment("T-PUB-D2", "T-PUB-P2", "T-PUB-MC", "SHORT", "2031-06-01", "2031-07-31", "COMPLETED")
            .deployment("T-PUB-D3", "T-PUB-P3", "T-PUB-M", "SHORT", "2031-10-01", "2031-11-30", "PLANNED")
            .deployment("T-PUB-D9", "T-PUB-P2", "T-PUB-M2", "SHORT", "2033-05-01", "2033-06-30", "COMPLETED");
        activity("T-PUB-ACT1", "T-PUB-M", "2031-06-01", 2);
        activity("T-PUB-ACT9", "T-PUB-M", "2033-07-01", 3);
        new Accounts(this.jdbc).headquarters();
    }

    @Test
    void publishingKeepsTheReportJsonAsItWasAtThatMomentWithWhoAndWhen() throws Exception {
        JsonNode english = report("/api/v1/reports/annual/" + YEAR);
        JsonNode french = report("/api/v1/reports/annual/" + YEAR + "?lang=fr");
        assertThat(english.get("published").isNull()).as("not published yet").isTrue();
        assertThat(english.get("totals").get("personnel").asInt()).isEqualTo(2);

        MvcTestResult created = this.mvc.post()
            .uri("/api/v1/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .exchange();
        assertThat(created).hasStatus(201);
        JsonNode answer = this.json.readTree(created.getResponse().getContentAsString());
        assertThat(answer.get("fiscalYear").asString()).isEqualTo(YEAR);
        assertThat(answer.get("by").asString()).isEqualTo("officer");
        assertThat(answer.get("at").asString()).isNotBlank();
        assertThat(created.getResponse().getHeader("Location"))
            .endsWith("/api/v1/reports/annual/" + YEAR + "/publication");

        JsonNode published = report("/api/v1/reports/annual/" + YEAR + "/publication");
        assertThat(published.get("published").get("by").asString()).isEqualTo("officer");
        assertThat(published.get("published").get("at").asString()).isEqualTo(answer.get("at").asString());
        assertThat(withoutPublished(published)).isEqualTo(withoutPublished(english));
        assertThat(withoutPublished(report("/api/v1/reports/annual/" + YEAR + "/publication?lang=fr")))
            .isEqualTo(withoutPublished(french));
        // The current report says it is published, and keeps every member of its contract
        // shape.
        JsonNode current = report("/api/v1/reports/annual/" + YEAR);
        assertThat(current.get("published").get("by").asString()).isEqualTo("officer");
        assertThat(withoutPublished(current)).isEqualTo(withoutPublished(english));

        assertThat(this.jdbc.sql("""
                select username from audit_event where entity = 'publication' and key = ? and action = 'CREATE'""")
            .param(YEAR)
            .query(String.class)
            .list()).containsExactly("officer");
        assertThat(this.mvc.post()
            .uri("/api/v1/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.admin())
            .with(csrf())).hasStatus(409).bodyText().contains("officer");
    }

    @Test
    void aMalformedYearIs400AndAYearNotPublishedIs404() {
        assertThat(
                this.mvc.post().uri("/api/v1/reports/annual/2031-33/publication").with(TestUsers.admin()).with(csrf()))
            .hasStatus(400);
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2031-33/publication").with(TestUsers.admin()))
            .hasStatus(400);
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/" + YEAR + "/publication").with(TestUsers.admin()))
            .hasStatus(404);
    }

    @Test
    void anAnalystReadsThePublicationButCannotPublish() {
        assertThat(this.mvc.post()
            .uri("/api/v1/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.analyst())
            .with(csrf())).hasStatus(403);
        assertThat(this.mvc.post()
            .uri("/reports/annual/" + YEAR + "/publication")
            .param("confirm", "yes")
            .with(TestUsers.analyst())
            .with(csrf())).hasStatus(403);
        assertThat(count("select count(*) from fiscal_year_publication where fiscal_year = ?", YEAR)).isZero();
        // No publish button for them either.
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication").with(TestUsers.analyst()))
            .hasStatusOk()
            .bodyText()
            .contains("id=\"not-published\"")
            .doesNotContain("id=\"publish\"");

        publish();
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/" + YEAR + "/publication").with(TestUsers.analyst()))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.published.by")
            .isEqualTo("admin");
    }

    @Test
    void thePagePublishesOnlyAfterTheConfirmation() {
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication").with(TestUsers.programOfficer()))
            .hasStatusOk()
            .bodyText()
            .contains("id=\"publish\"", "name=\"confirm\"", "Publish " + YEAR);
        assertThat(this.mvc.post()
            .uri("/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.programOfficer())
            .with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/reports/annual/" + YEAR + "/publication");
        assertThat(count("select count(*) from fiscal_year_publication where fiscal_year = ?", YEAR)).isZero();

        assertThat(this.mvc.post()
            .uri("/reports/annual/" + YEAR + "/publication")
            .param("confirm", "yes")
            .with(TestUsers.programOfficer())
            .with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/reports/annual/" + YEAR);
        assertThat(this.jdbc.sql("select published_by from fiscal_year_publication where fiscal_year = ?")
            .param(YEAR)
            .query(String.class)
            .single()).isEqualTo("officer");
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication").with(TestUsers.programOfficer()))
            .hasStatusOk()
            .bodyText()
            .contains("Published on ", " by officer", "The current figures are the published")
            .doesNotContain("id=\"publish\"");
    }

    @Test
    void aChangeThroughAFormIsARestatementNamingTheRecordAndTheUserAndThePageShowsBothFigures() throws Exception {
        publish();
        // Move the first person from T-PUB-M to T-PUB-M2: one more mission, one person
        // fewer for T-PUB-M.
        assertThat(this.mvc.post()
            .uri("/deployments/T-PUB-D1/edit")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .param("externalId", "T-PUB-D1")
            .param("person", "T-PUB-P1")
            .param("mission", "T-PUB-M2")
            .param("role", "Police Advisor")
            .param("term", "LONG")
            .param("startDate", "2031-05-01")
            .param("endDate", "2031-09-30")
            .param("status", "DEPLOYED")
            .param("version", "0")).hasStatus3xxRedirection();

        assertThat(restatements()).containsExactly(List.of(YEAR, "deployment", "T-PUB-D1", "UPDATE", "officer"));

        String page = this.mvc.get()
            .uri("/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.admin())
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"figures-differ\"", "id=\"compare-totals\"", "id=\"compare-missions\"");
        // Missions: published 1, current 2, the difference written out, not told by
        // colour alone.
        assertThat(row(page, "compare-total-missions")).contains(">1<", ">2<", ">+1<");
        assertThat(row(page, "compare-total-personnel")).contains(">2<", "unchanged");
        assertThat(row(page, "compare-mission-T-PUB-M")).contains("personnel \u22121", "women \u22121");
        assertThat(row(page, "compare-mission-T-PUB-M2")).contains("personnel +1");
        // The restatement: who, what record.
        assertThat(page).contains("id=\"restatements\"", "Deployment T-PUB-D1", ">officer<", "Changed");
        // The report itself keeps answering the current figures.
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/" + YEAR).with(TestUsers.admin())).bodyJson()
            .extractingPath("$.totals.missions")
            .isEqualTo(2);
    }

    @Test
    void aChangeThroughAnImportIsARestatementAndThePageShowsTheActivityBothWays() throws Exception {
        publish();
        assertThat(this.mvc.post()
            .uri("/api/v1/imports/activities")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .contentType("text/csv")
            .content("""
                    external_id,mission_code,date,category,type,sessions,participants,participants_women
                    T-PUB-ACT1,T-PUB-M,2031-06-01,TRAINING,Workshop,5,,
                    T-PUB-ACT9,T-PUB-M,2033-07-01,TRAINING,Workshop,7,,
                    """)).hasStatusOk().bodyText().contains("\"updated\":2");

        assertThat(restatements()).containsExactly(List.of(YEAR, "activity", "T-PUB-ACT1", "UPDATE", "officer"));
        String page = this.mvc.get()
            .uri("/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.admin())
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"compare-activities\"", ">5 (+3)<", "Activity T-PUB-ACT1");
    }

    @Test
    void aLifecycleStepIsARestatement() {
        publish();
        assertThat(this.mvc.post()
            .uri("/api/v1/deployments/T-PUB-D3/deploy")
            .with(TestUsers.programOfficer())
            .with(csrf())).hasStatusOk();
        assertThat(restatements()).containsExactly(List.of(YEAR, "deployment", "T-PUB-D3", "UPDATE", "officer"));
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/" + YEAR).with(TestUsers.admin())).bodyJson()
            .extractingPath("$.totals.personnel")
            .isEqualTo(3);
    }

    @Test
    void aPersonsGenderOrAgencyRestatesTheYearsTheyCountInAndTheirNameDoesNot() {
        publish();
        String[] form = { "externalId", "T-PUB-P2", "familyName", "Pubbouchard-Roy", "givenName", "Rémi", "gender", "M",
                "category", "POLICE", "agency", "T-PUB-B", "rank", "Constable", "languages", "fr", "version", "0" };
        assertThat(
                this.mvc.post().uri("/people/T-PUB-P2/edit").with(TestUsers.admin()).with(csrf()).params(params(form)))
            .hasStatus3xxRedirection();
        assertThat(restatements()).isEmpty();

        form[form.length - 1] = "1";
        form[7] = "F";
        assertThat(
                this.mvc.post().uri("/people/T-PUB-P2/edit").with(TestUsers.admin()).with(csrf()).params(params(form)))
            .hasStatus3xxRedirection();
        // Their 2033-34 deployment is in no published year: one restatement, of 2031-32.
        assertThat(restatements()).containsExactly(List.of(YEAR, "person", "T-PUB-P2", "UPDATE", "admin"));
    }

    @Test
    void changesToRecordsOfAnotherYearAreNoRestatement() {
        publish();
        this.jdbc.sql("update deployment set end_date = date '2033-06-15' where external_id = 'T-PUB-D9'").update();
        this.jdbc.sql("update activity set sessions = 9 where external_id = 'T-PUB-ACT9'").update();
        this.jdbc.sql("delete from activity where external_id = 'T-PUB-ACT9'").update();
        new TestRecords(this.jdbc).deployment("T-PUB-D10", "T-PUB-P1", "T-PUB-M2", "SHORT", "2033-01-01", "2033-02-28",
                "COMPLETED");
        // A role is no figure, even in the published year.
        this.jdbc.sql("update deployment set role = 'Mentor' where external_id = 'T-PUB-D1'").update();
        assertThat(restatements()).isEmpty();
        // The control: the same kind of change inside the year is one.
        this.jdbc.sql("update deployment set end_date = date '2031-09-15' where external_id = 'T-PUB-D1'").update();
        assertThat(restatements()).extracting((r) -> r.get(2)).containsExactly("T-PUB-D1");
    }

    @Test
    void anonymisationByRetentionRestatesNothingSinceNoFigureChanges() {
        publish();
        int anonymised = this.retention.anonymise(LocalDate.parse("2045-01-01"));
        assertThat(anonymised).isGreaterThan(3);
        assertThat(count("select count(*) from person where external_id like 'T-PUB-P%' and anonymised_at is not null",
                null))
            .isEqualTo(3);
        // Nothing restated in this transaction, neither 2031-32 nor the reference year,
        // published at start.
        assertThat(count("select count(*) from restatement where txid = txid_current()", null)).isZero();
    }

    @Test
    void theAnnualReportPageLoadsThePublicationInPlaceAndTheFragmentIsThePanelAlone() {
        publish();
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR).with(TestUsers.analyst())).hasStatusOk()
            .bodyText()
            .contains("hx-get=\"/reports/annual/" + YEAR + "/publication\"",
                    "href=\"/reports/annual/" + YEAR + "/publication\"");
        assertThat(this.mvc.get()
            .uri("/reports/annual/" + YEAR + "/publication")
            .header("HX-Request", "true")
            .with(TestUsers.analyst())).hasStatusOk()
            .bodyText()
            .startsWith("<section id=\"publication\"")
            .contains("id=\"published-note\"")
            .doesNotContain("<html");
    }

    @Test
    void thePageIsInEnglishAndInFrench() {
        publish();
        this.jdbc.sql("update activity set sessions = 4 where external_id = 'T-PUB-ACT1'").update();
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication?lang=en").with(TestUsers.admin()))
            .hasStatusOk()
            .bodyText()
            .contains("Publication of " + YEAR, "Published on ", "by admin", "A publication is final",
                    "Restatements since publication (1)", "Activity T-PUB-ACT1");
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication?lang=fr").with(TestUsers.admin()))
            .hasStatusOk()
            .bodyText()
            .contains("Publication de " + YEAR, "Publié le ", "par admin", "Une publication est définitive",
                    "Retraitements depuis la publication (1)", "Activité T-PUB-ACT1", "Séances, publié")
            .doesNotContain("Published on", "Restatements", "unchanged");
    }

    @Test
    void personalRecordsAreNamedOnlyToTheRolesThatMayKnowThem() {
        publish();
        this.jdbc.sql("update deployment set end_date = date '2031-09-15' where external_id = 'T-PUB-D1'").update();
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication").with(TestUsers.admin())).bodyText()
            .contains("Deployment T-PUB-D1");
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication").with(TestUsers.analyst())).bodyText()
            .contains("Deployment<")
            .doesNotContain("T-PUB-D1");
    }

    @Test
    @WithMockUser
    void aPublicationAndItsRestatementsCannotBeChangedOrWithdrawn() {
        publish();
        this.jdbc.sql("update activity set sessions = 4 where external_id = 'T-PUB-ACT1'").update();
        restatements();
        for (String sql : List.of("update fiscal_year_publication set published_by = 'x'",
                "delete from fiscal_year_publication where fiscal_year = '" + YEAR + "'",
                "update restatement set key = 'x' where fiscal_year = '" + YEAR + "'",
                "delete from restatement where fiscal_year = '" + YEAR + "'")) {
            assertThatExceptionOfType(Exception.class).as(sql)
                .isThrownBy(() -> this.jdbc.sql("savepoint s; " + sql).update());
            this.jdbc.sql("rollback to savepoint s").update();
        }
    }

    @Test
    void theReferenceYearWasPublishedWhenTheReferenceDataWasLoadedAndStillHasItsFigures() {
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25/publication").with(TestUsers.analyst()))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.published.by")
            .isEqualTo("reference data");
        assertThat(this.mvc.get().uri("/reports/annual/2024-25/publication").with(TestUsers.analyst())).hasStatusOk()
            .bodyText()
            .contains("by reference data", "id=\"figures-unchanged\"");
    }

    private void publish() {
        assertThat(this.mvc.post()
            .uri("/api/v1/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.admin())
            .with(csrf())).hasStatus(201);
    }

    /**
     * The restatements of the test's year, as rows (year, entity, key, action, user). The
     * user is named when the change commits; the test runs what commit runs first, the
     * deferred triggers, and defers them again.
     */
    private List<List<Object>> restatements() {
        this.jdbc.sql("set constraints all immediate").update();
        this.jdbc.sql("set constraints all deferred").update();
        return this.jdbc.sql("""
                select fiscal_year, entity, key, action, username from restatement where fiscal_year = ? order by id""")
            .param(YEAR)
            .query((rs, row) -> java.util.Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5)))
            .list();
    }

    private JsonNode report(String uri) throws Exception {
        return this.json.readTree(this.mvc.get()
            .uri(uri)
            .with(TestUsers.analyst())
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode withoutPublished(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        copy.remove("published");
        return copy;
    }

    /** The HTML of the table row with that id. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private int count(String sql, String param) {
        var statement = this.jdbc.sql(sql);
        if (param != null) {
            statement = statement.param(param);
        }
        return statement.query(Integer.class).single();
    }

    private void activity(String externalId, String mission, String date, int sessions) {
        this.jdbc.sql("""
                insert into activity (external_id, mission_id, date, category, type, sessions)
                values (?, (select id from mission where code = ?), cast(? as date), 'TRAINING', 'Workshop', ?)
                """).params(externalId, mission, date, sessions).update();
    }

    private static org.springframework.util.MultiValueMap<String, String> params(String... pairs) {
        org.springframework.util.LinkedMultiValueMap<String, String> map = new org.springframework.util.LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

}
