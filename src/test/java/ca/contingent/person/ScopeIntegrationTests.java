package ca.contingent.person;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Object-level access: two agencies and two missions (one with a component) of the test's
 * own, and for each scoped role every path to a person or a deployment (list, search,
 * filter, page, history, API list and get). Everything outside the caller's scope must be
 * absent, and a single record outside it must answer exactly like a missing one.
 */
@IntegrationTest
@Transactional
class ScopeIntegrationTests {

    private static final RequestPostProcessor COORDINATOR_A = user("t-coord-a").roles("AGENCY_COORDINATOR");

    private static final RequestPostProcessor COMMANDER_M1 = user("t-cmdr-m1").roles("MISSION_COMMANDER");

    private static final RequestPostProcessor COMMANDER_M1C = user("t-cmdr-m1c").roles("MISSION_COMMANDER");

    private static final List<String> PEOPLE = List.of("T-SPA1", "T-SPA2", "T-SPB1", "T-SPB2");

    private static final List<String> DEPLOYMENTS = List.of("T-SD1", "T-SD2", "T-SD3", "T-SD4", "T-SD5");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-SA")
            .agency("T-SB")
            .mission("T-SM1", null)
            .mission("T-SM1-C", "T-SM1")
            .mission("T-SM2", null)
            .person("T-SPA1", "Tessier", "Anne", "F", "POLICE", "T-SA", "fr")
            .person("T-SPA2", "Scopea", "Bruno", "M", "POLICE", "T-SA", "en")
            .person("T-SPB1", "Tessaro", "Carla", "F", "POLICE", "T-SB", "en")
            .person("T-SPB2", "Scopeb", "Denis", "M", "CIVILIAN", "T-SB", "fr")
            .deployment("T-SD1", "T-SPA1", "T-SM1-C", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED")
            .deployment("T-SD2", "T-SPB1", "T-SM2", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED")
            .deployment("T-SD3", "T-SPB2", "T-SM1", "SHORT", "2031-05-01", "2031-06-30", "PLANNED")
            .deployment("T-SD4", "T-SPB2", "T-SM2", "SHORT", "2030-05-01", "2030-06-30", "COMPLETED")
            .deployment("T-SD5", "T-SPA1", "T-SM2", "SHORT", "2032-05-01", "2032-06-30", "PLANNED");
        new Accounts(this.jdbc).headquarters()
            .coordinator("t-coord-a", "T-SA")
            .commander("t-cmdr-m1", "T-SM1")
            .commander("t-cmdr-m1c", "T-SM1-C")
            .user("t-analyst", "ANALYST")
            .user("t-auditor", "AUDITOR");
    }

    @Test
    void aCoordinatorSeesThePeopleOfTheirAgencyInListsAndSearches() {
        assertThat(shown(page("/people", COORDINATOR_A), PEOPLE)).containsExactly("T-SPA1", "T-SPA2");
        assertThat(shown(page("/people?q=tess", COORDINATOR_A), PEOPLE)).containsExactly("T-SPA1");
        assertThat(shown(page("/people?agency=T-SB", COORDINATOR_A), PEOPLE)).isEmpty();
        assertThat(shown(page("/people?q=scope&gender=M", COORDINATOR_A), PEOPLE)).containsExactly("T-SPA2");
        assertThat(apiIds("/api/v1/personnel", COORDINATOR_A)).containsExactlyInAnyOrder("T-SPA1", "T-SPA2");
        assertThat(apiIds("/api/v1/personnel?agency=T-SB", COORDINATOR_A)).isEmpty();
        assertThat(apiIds("/api/v1/personnel?q=tess", COORDINATOR_A)).containsExactly("T-SPA1");
    }

    @Test
    void aCoordinatorSeesTheDeploymentsOfTheirPeopleWhereverTheyServe() {
        assertThat(shown(page("/deployments", COORDINATOR_A), DEPLOYMENTS)).containsExactlyInAnyOrder("T-SD1", "T-SD5");
        assertThat(shown(page("/deployments?mission=T-SM2", COORDINATOR_A), DEPLOYMENTS)).containsExactly("T-SD5");
        assertThat(shown(page("/deployments?person=T-SPB1", COORDINATOR_A), DEPLOYMENTS)).isEmpty();
        assertThat(apiIds("/api/v1/deployments", COORDINATOR_A)).containsExactlyInAnyOrder("T-SD1", "T-SD5");
        assertThat(apiIds("/api/v1/deployments?person=T-SPB2", COORDINATOR_A)).isEmpty();
        assertThat(shown(page("/people/T-SPA1", COORDINATOR_A), DEPLOYMENTS)).containsExactlyInAnyOrder("T-SD1",
                "T-SD5");
        assertThat(page("/deployments/T-SD5", COORDINATOR_A)).contains("T-SPA1");
    }

    @Test
    void aRecordOutsideACoordinatorsScopeAnswersLikeAMissingOne() {
        assertNotFoundLikeMissing("/people/T-SPB1", "/people/T-NOBODY", COORDINATOR_A);
        assertNotFoundLikeMissing("/deployments/T-SD2", "/deployments/T-NONE", COORDINATOR_A);
        assertNotFoundLikeMissing("/api/v1/personnel/T-SPB1", "/api/v1/personnel/T-NOBODY", COORDINATOR_A);
        assertNotFoundLikeMissing("/api/v1/deployments/T-SD4", "/api/v1/deployments/T-NONE", COORDINATOR_A);
    }

    @Test
    void aCommanderSeesThePeopleDeployedToTheirMissionAndItsComponents() {
        assertThat(shown(page("/people", COMMANDER_M1), PEOPLE)).containsExactlyInAnyOrder("T-SPA1", "T-SPB2");
        assertThat(shown(page("/people?q=tess", COMMANDER_M1), PEOPLE)).containsExactly("T-SPA1");
        assertThat(apiIds("/api/v1/personnel", COMMANDER_M1)).containsExactlyInAnyOrder("T-SPA1", "T-SPB2");
        assertThat(shown(page("/deployments", COMMANDER_M1), DEPLOYMENTS)).containsExactlyInAnyOrder("T-SD1", "T-SD3");
        assertThat(apiIds("/api/v1/deployments", COMMANDER_M1)).containsExactlyInAnyOrder("T-SD1", "T-SD3");
        // The person's history shows only the deployments to the commander's missions,
        // not their other ones.
        assertThat(shown(page("/people/T-SPA1", COMMANDER_M1), DEPLOYMENTS)).containsExactly("T-SD1");
        assertThat(apiIds("/api/v1/deployments?person=T-SPB2", COMMANDER_M1)).containsExactly("T-SD3");
        assertNotFoundLikeMissing("/people/T-SPA2", "/people/T-NOBODY", COMMANDER_M1);
        assertNotFoundLikeMissing("/deployments/T-SD5", "/deployments/T-NONE", COMMANDER_M1);
        assertNotFoundLikeMissing("/api/v1/personnel/T-SPB1", "/api/v1/personnel/T-NOBODY", COMMANDER_M1);
        assertNotFoundLikeMissing("/api/v1/deployments/T-SD4", "/api/v1/deployments/T-NONE", COMMANDER_M1);
    }

    @Test
    void aComponentsCommanderDoesNotSeeTheParentMission() {
        assertThat(shown(page("/people", COMMANDER_M1C), PEOPLE)).containsExactly("T-SPA1");
        assertThat(apiIds("/api/v1/deployments", COMMANDER_M1C)).containsExactly("T-SD1");
        assertThat(this.mvc.get().uri("/deployments/T-SD3").with(COMMANDER_M1C)).hasStatus(404);
    }

    @Test
    void aCoordinatorEntersAndEditsThePeopleOfTheirOwnAgencyOnly() {
        assertThat(this.mvc.get().uri("/people/new").with(COORDINATOR_A)).hasStatusOk()
            .bodyText()
            .contains("value=\"T-SA\"")
            .doesNotContain("value=\"T-SB\"");
        assertThat(personForm("/people/new", "T-SP9", "T-SA", null)).hasStatus3xxRedirection();
        assertThat(new TestRecords(this.jdbc).count("person", "T-SP9")).isEqualTo(1);
        // Another agency's person cannot be entered: the agency field says why, nothing
        // is written.
        assertThat(personForm("/people/new", "T-SP8", "T-SB", null)).hasStatusOk().bodyText().contains("T-SB");
        assertThat(new TestRecords(this.jdbc).count("person", "T-SP8")).isZero();
        // Their own person may be edited but not moved to another agency.
        int version = new TestRecords(this.jdbc).version("person", "T-SPA2");
        assertThat(this.mvc.get().uri("/people/T-SPA2/edit").with(COORDINATOR_A)).hasStatusOk();
        assertThat(personForm("/people/T-SPA2/edit", "T-SPA2", "T-SB", version)).hasStatusOk();
        assertThat(personForm("/people/T-SPA2/edit", "T-SPA2", "T-SA", version)).hasStatus3xxRedirection();
        assertThat(this.jdbc
            .sql("select a.code from person p join agency a on a.id = p.agency_id" + " where p.external_id = 'T-SPA2'")
            .query(String.class)
            .single()).isEqualTo("T-SA");
        // Someone of another agency is absent, for the form and for the write alike.
        int otherVersion = new TestRecords(this.jdbc).version("person", "T-SPB1");
        assertThat(this.mvc.get().uri("/people/T-SPB1/edit").with(COORDINATOR_A)).hasStatus(404);
        assertThat(personForm("/people/T-SPB1/edit", "T-SPB1", "T-SA", otherVersion)).hasStatus(404);
        assertThat(new TestRecords(this.jdbc).version("person", "T-SPB1")).isEqualTo(otherVersion);
        // A commander enters no one.
        assertThat(this.mvc.get().uri("/people/new").with(COMMANDER_M1)).hasStatus(403);
    }

    @Test
    void scopedReadersGetNoOtherFormsAndNoOtherWrites() {
        assertThat(this.mvc.get().uri("/people/T-SPA1/edit").with(COMMANDER_M1)).hasStatus(403);
        // A coordinator nominates (GET /deployments/new) but edits no deployment.
        assertThat(this.mvc.get().uri("/deployments/T-SD1/edit").with(COORDINATOR_A)).hasStatus(403);
        assertThat(this.mvc.get().uri("/deployments/T-SD1/edit").with(COMMANDER_M1)).hasStatus(403);
        assertThat(this.mvc.post().uri("/people/T-SPA1/delete").with(COORDINATOR_A).with(csrf())).hasStatus(403);
        assertThat(this.mvc.post().uri("/deployments/T-SD1/delete").with(COMMANDER_M1).with(csrf())).hasStatus(403);
        assertThat(new TestRecords(this.jdbc).count("person", "T-SPA1")).isEqualTo(1);
        assertThat(new TestRecords(this.jdbc).count("deployment", "T-SD1")).isEqualTo(1);
        String show = page("/people/T-SPA1", COORDINATOR_A);
        assertThat(show).doesNotContain("/people/T-SPA1/delete", "/deployments/new");
        // The navigation offers the pages the role can open.
        assertThat(show).contains("href=\"/people\"", "href=\"/deployments\"").doesNotContain("href=\"/agencies\"");
        assertThat(page("/", COMMANDER_M1)).contains("href=\"/people\"", "href=\"/deployments\"");
    }

    @Test
    void analystsAndAuditorsReadNoPersonalRecord() {
        for (RequestPostProcessor role : List.of(user("t-analyst").roles("ANALYST"),
                user("t-auditor").roles("AUDITOR"))) {
            assertThat(page("/", role)).doesNotContain("href=\"/people\"", "href=\"/deployments\"");
            for (String uri : List.of("/people", "/people/T-SPA1", "/deployments", "/deployments/T-SD1",
                    "/api/v1/personnel", "/api/v1/personnel/T-SPA1", "/api/v1/deployments",
                    "/api/v1/deployments/T-SD1")) {
                assertThat(this.mvc.get().uri(uri).with(role)).as(uri).hasStatus(403);
            }
        }
    }

    @Test
    void theScopeFailsClosedWhenTheUserRecordDisagreesWithTheSession() {
        // Signed in as an administrator, but the user record now says coordinator: the
        // narrower record wins.
        RequestPostProcessor demoted = user("t-coord-a").roles("ADMIN");
        assertThat(shown(page("/people", demoted), PEOPLE)).isEmpty();
        // No user record at all: nothing, whatever the session claims.
        RequestPostProcessor unknown = user("t-nobody").roles("PROGRAM_OFFICER");
        assertThat(apiIds("/api/v1/personnel?agency=T-SA", unknown)).isEmpty();
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-SPA1").with(unknown)).hasStatus(404);
        // A disabled coordinator sees nothing either.
        this.jdbc.sql("update app_user set enabled = false where username = 't-coord-a'").update();
        assertThat(this.mvc.get().uri("/people/T-SPA1").with(COORDINATOR_A)).hasStatus(404);
    }

    @Test
    void headquartersSeeEveryAgencyAndMission() {
        RequestPostProcessor officer = user("officer").roles("PROGRAM_OFFICER");
        assertThat(shown(page("/people?q=tess", officer), PEOPLE)).containsExactlyInAnyOrder("T-SPA1", "T-SPB1");
        assertThat(apiIds("/api/v1/deployments?mission=T-SM2", officer)).containsExactlyInAnyOrder("T-SD2", "T-SD4",
                "T-SD5");
    }

    private MvcTestResult personForm(String uri, String externalId, String agency, Integer version) {
        return this.mvc.post()
            .uri(uri)
            .with(COORDINATOR_A)
            .with(csrf())
            .param("externalId", externalId)
            .param("familyName", "Scopec")
            .param("givenName", "Eve")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", agency)
            .param("languages", "fr")
            .param("version", version == null ? "" : String.valueOf(version))
            .exchange();
    }

    /**
     * The 404 for a record out of scope has the same body as the one for a record that
     * does not exist.
     */
    private void assertNotFoundLikeMissing(String outOfScope, String missing, RequestPostProcessor caller) {
        MvcTestResult refused = this.mvc.get().uri(outOfScope).with(caller).exchange();
        MvcTestResult absent = this.mvc.get().uri(missing).with(caller).exchange();
        assertThat(refused).as(outOfScope).hasStatus(404);
        assertThat(absent).as(missing).hasStatus(404);
        String outOfScopeId = outOfScope.substring(outOfScope.lastIndexOf('/') + 1);
        String missingId = missing.substring(missing.lastIndexOf('/') + 1);
        // The sign-out form's CSRF token is masked afresh on every response; everything
        // else must be identical.
        assertThat(withoutCsrf(body(refused)).replace(outOfScopeId, "ID"))
            .isEqualTo(withoutCsrf(body(absent)).replace(missingId, "ID"));
    }

    private static String withoutCsrf(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private String page(String uri, RequestPostProcessor caller) {
        MvcTestResult result = this.mvc.get().uri(uri).with(caller).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return body(result);
    }

    /** The test's own records in an API answer, whichever kind it lists. */
    private List<String> apiIds(String uri, RequestPostProcessor caller) {
        String json = page(uri, caller);
        return Stream.concat(PEOPLE.stream(), DEPLOYMENTS.stream())
            .filter((id) -> json.contains("\"externalId\":\"" + id + "\""))
            .toList();
    }

    /**
     * Which of the test's own records a page or answer shows: the shared reference data
     * is never counted.
     */
    private static List<String> shown(String body, List<String> ids) {
        return ids.stream().filter((id) -> body.contains(">" + id + "<")).toList();
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

}
