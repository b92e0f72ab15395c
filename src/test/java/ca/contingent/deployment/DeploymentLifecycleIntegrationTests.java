package ca.contingent.deployment;

import java.util.List;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.ProblemErrors;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The lifecycle endpoints of the contract: deploy (refused with every reason at once),
 * complete and cancel, the transitions they record, and the same steps from the
 * deployment's page. Mission T-LM requires MEDICAL and PASSPORT and has component T-LM-C,
 * which counts towards T-LM's strength.
 */
@IntegrationTest
@Transactional
class DeploymentLifecycleIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new Accounts(this.jdbc).headquarters();
        new TestRecords(this.jdbc).agency("T-LA")
            .mission("T-LM", null)
            .mission("T-LM-C", "T-LM")
            .person("T-LP1", "Prêt", "Anne", "F", "POLICE", "T-LA", "fr")
            .person("T-LP2", "Manque", "Bruno", "M", "POLICE", "T-LA", "fr")
            .person("T-LP3", "Tiers", "Chloé", "F", "POLICE", "T-LA", "fr")
            .deployment("T-LD1", "T-LP1", "T-LM-C", "SHORT", "2031-01-01", "2031-06-30", "PLANNED")
            .deployment("T-LD2", "T-LP2", "T-LM", "SHORT", "2031-01-01", "2031-06-30", "PLANNED");
        this.jdbc.sql("""
                insert into mission_required_readiness (mission_id, item)
                select id, unnest(array['MEDICAL', 'PASSPORT']) from mission where code = 'T-LM'""").update();
        item("T-LP1", "MEDICAL", "2030-01-01", null);
        item("T-LP1", "PASSPORT", "2030-01-01", "2031-06-30");
    }

    @Test
    void deploysAPlannedDeploymentWhoseReadinessCoversEveryDayAndRecordsTheStep() {
        MvcTestResult result = post("/api/v1/deployments/T-LD1/deploy", null);
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DEPLOYED");
        assertThat(status("T-LD1")).isEqualTo("DEPLOYED");
        assertThat(this.jdbc.sql("""
                select t.username || ' ' || t.from_status || ' ' || t.to_status from deployment_transition t
                join deployment d on d.id = t.deployment_id where d.external_id = 'T-LD1'""")
            .query(String.class)
            .list()).containsExactly("officer PLANNED DEPLOYED");
        assertThat(this.jdbc.sql("select count(*) from audit_event where entity = 'deployment' and key = 'T-LD1'")
            .query(Integer.class)
            .single()).isOne();
        assertThat(this.mvc.get().uri("/deployments/T-LD1").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("officer");
    }

    @Test
    void aMissingItemIsRefusedNamingEachItem() {
        MvcTestResult result = post("/api/v1/deployments/T-LD2/deploy", null);
        assertThat(result).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ProblemErrors.of(result)).extracting((e) -> e.get("code") + " " + e.get("item"))
            .containsExactly("READINESS_MISSING MEDICAL", "READINESS_MISSING PASSPORT");
        assertThat(status("T-LD2")).isEqualTo("PLANNED");
        assertThat(this.jdbc.sql("select count(*) from deployment_transition").query(Integer.class).single()).isZero();
    }

    @Test
    void anItemThatLapsesBeforeTheEndIsRefusedWithTheFirstDayItIsNotValid() {
        item("T-LP2", "MEDICAL", "2030-01-01", "2031-03-31");
        item("T-LP2", "PASSPORT", "2030-01-01", null);
        MvcTestResult result = post("/api/v1/deployments/T-LD2/deploy", null);
        assertThat(result).hasStatus(409);
        List<Map<String, Object>> errors = ProblemErrors.of(result);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).containsEntry("code", "READINESS_EXPIRES")
            .containsEntry("item", "MEDICAL")
            .containsEntry("date", "2031-04-01");
        assertThat((String) errors.get(0).get("message")).contains("MEDICAL", "2031-04-01");
    }

    @Test
    void aComponentCountsTowardsItsParentsStrength() {
        strength("T-LM", 1);
        this.jdbc.sql("update deployment set status = 'DEPLOYED' where external_id = 'T-LD1'").update();
        item("T-LP2", "MEDICAL", "2030-01-01", null);
        item("T-LP2", "PASSPORT", "2030-01-01", null);
        MvcTestResult result = post("/api/v1/deployments/T-LD2/deploy", null);
        assertThat(result).hasStatus(409);
        assertThat(ProblemErrors.of(result)).extracting((e) -> e.get("code") + " " + e.get("date"))
            .containsExactly("STRENGTH_EXCEEDED 2031-01-01");
        strength("T-LM", 2);
        assertThat(post("/api/v1/deployments/T-LD2/deploy", null)).hasStatusOk();
    }

    @Test
    void aLowerStrengthFromADateOnIsCheckedOnTheDaysItIsInForce() {
        strength("T-LM", 2);
        this.jdbc.sql("update deployment set status = 'DEPLOYED' where external_id = 'T-LD1'").update();
        this.jdbc.sql("""
                insert into mission_strength (mission_id, effective_from, strength)
                select id, date '2031-05-01', 1 from mission where code = 'T-LM'""").update();
        item("T-LP2", "MEDICAL", "2030-01-01", null);
        item("T-LP2", "PASSPORT", "2030-01-01", null);
        MvcTestResult result = post("/api/v1/deployments/T-LD2/deploy", null);
        assertThat(result).hasStatus(409);
        assertThat(ProblemErrors.of(result)).extracting((e) -> e.get("code") + " " + e.get("date"))
            .containsExactly("STRENGTH_EXCEEDED 2031-05-01");
    }

    @Test
    void everyReasonIsListedAtOnce() {
        strength("T-LM", 0);
        this.jdbc.sql("update deployment set status = 'CANCELLED' where external_id = 'T-LD2'").update();
        item("T-LP2", "MEDICAL", "2030-01-01", "2031-02-28");
        MvcTestResult result = post("/api/v1/deployments/T-LD2/deploy", null);
        assertThat(result).hasStatus(409);
        assertThat(ProblemErrors.of(result)).extracting((e) -> (String) e.get("code"))
            .containsExactly("INVALID_STATE", "READINESS_EXPIRES", "READINESS_MISSING", "STRENGTH_EXCEEDED");
        assertThat(ProblemErrors.of(result)).allSatisfy((e) -> assertThat((String) e.get("message")).isNotBlank());
    }

    @Test
    void deployingTwiceIsAnInvalidState() {
        assertThat(post("/api/v1/deployments/T-LD1/deploy", null)).hasStatusOk();
        MvcTestResult again = post("/api/v1/deployments/T-LD1/deploy", null);
        assertThat(again).hasStatus(409);
        assertThat(ProblemErrors.of(again)).extracting((e) -> (String) e.get("code")).containsExactly("INVALID_STATE");
    }

    @Test
    void completesOnThePlannedEndOrEarlierButNeverBeforeTheStart() {
        assertThat(post("/api/v1/deployments/T-LD1/complete", null)).hasStatus(409);
        assertThat(post("/api/v1/deployments/T-LD1/deploy", null)).hasStatusOk();
        assertThat(post("/api/v1/deployments/T-LD1/complete", "{\"endDate\":\"2030-12-31\"}")).hasStatus(422);
        assertThat(post("/api/v1/deployments/T-LD1/complete", "{\"endDate\":\"2031-03-15\"}")).hasStatusOk()
            .bodyJson()
            .isLenientlyEqualTo("""
                    {"externalId":"T-LD1","status":"COMPLETED","endDate":"2031-03-15"}""");
        assertThat(post("/api/v1/deployments/T-LD1/complete", null)).hasStatus(409);
        assertThat(this.jdbc.sql("""
                select t.to_status from deployment_transition t join deployment d on d.id = t.deployment_id
                where d.external_id = 'T-LD1' order by t.id""").query(String.class).list()).containsExactly("DEPLOYED",
                "COMPLETED");
    }

    @Test
    void completingWithoutABodyEndsOnThePlannedEnd() {
        assertThat(post("/api/v1/deployments/T-LD1/deploy", null)).hasStatusOk();
        assertThat(post("/api/v1/deployments/T-LD1/complete", "{}")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"status":"COMPLETED","endDate":"2031-06-30"}""");
    }

    @Test
    void cancellingNeedsAReasonAndIsRecordedWithIt() {
        assertThat(post("/api/v1/deployments/T-LD2/cancel", "{}")).hasStatus(422);
        assertThat(post("/api/v1/deployments/T-LD2/cancel", "{\"reason\":\"  \"}")).hasStatus(422);
        assertThat(status("T-LD2")).isEqualTo("PLANNED");
        assertThat(post("/api/v1/deployments/T-LD2/cancel", "{\"reason\":\"Mission postponed\"}")).hasStatusOk()
            .bodyJson()
            .extractingPath("$.status")
            .isEqualTo("CANCELLED");
        assertThat(this.jdbc.sql("select reason from deployment_transition").query(String.class).list())
            .containsExactly("Mission postponed");
        MvcTestResult again = post("/api/v1/deployments/T-LD2/cancel", "{\"reason\":\"Again\"}");
        assertThat(again).hasStatus(409);
        assertThat(ProblemErrors.of(again)).extracting((e) -> (String) e.get("code")).containsExactly("INVALID_STATE");
    }

    @Test
    void anUnknownDeploymentIs404() {
        assertThat(post("/api/v1/deployments/T-NONE/deploy", null)).hasStatus(404);
    }

    @Test
    void refusalsAreInTheCallersLanguage() {
        MvcTestResult result = this.mvc.post()
            .uri("/api/v1/deployments/T-LD2/deploy")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .header("Accept-Language", "fr")
            .exchange();
        assertThat(result).hasStatus(409);
        assertThat((String) ProblemErrors.of(result).get(0).get("message")).contains("La mission exige MEDICAL");
    }

    @Test
    void thePageDeploysAndShowsEveryRefusal() {
        MvcTestResult refused = this.mvc.post()
            .uri("/deployments/T-LD2/deploy")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .exchange();
        assertThat(refused).hasStatus3xxRedirection().hasRedirectedUrl("/deployments/T-LD2");
        assertThat((List<?>) refused.getMvcResult().getFlashMap().get("refusals")).hasSize(2);
        assertThat(this.mvc.post().uri("/deployments/T-LD1/deploy").with(TestUsers.programOfficer()).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(status("T-LD1")).isEqualTo("DEPLOYED");
        assertThat(this.mvc.post()
            .uri("/deployments/T-LD1/cancel")
            .param("reason", "Recalled")
            .with(TestUsers.programOfficer())
            .with(csrf())).hasStatus3xxRedirection();
        assertThat(status("T-LD1")).isEqualTo("CANCELLED");
        assertThat(this.mvc.get().uri("/deployments/T-LD1").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Recalled");
    }

    @Test
    void thePersonPageShowsReadinessAndWhatIsMissingForPlannedDeployments() {
        assertThat(this.mvc.get().uri("/people/T-LP2").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("T-LD2", "MEDICAL is missing", "PASSPORT is missing");
        assertThat(this.mvc.get().uri("/people/T-LP1").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Medical", "Passport", "every required item is valid throughout");
    }

    private MvcTestResult post(String uri, String json) {
        var request = this.mvc.post().uri(uri).with(TestUsers.programOfficer()).with(csrf());
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return request.exchange();
    }

    private String status(String externalId) {
        return this.jdbc.sql("select status from deployment where external_id = ?")
            .param(externalId)
            .query(String.class)
            .single();
    }

    private void strength(String mission, int strength) {
        this.jdbc.sql("update mission set authorized_strength = ? where code = ?").params(strength, mission).update();
    }

    private void item(String person, String item, String from, String until) {
        this.jdbc.sql("""
                insert into readiness_item (person_id, item, valid_from, valid_until)
                values ((select id from person where external_id = ?), ?, cast(? as date), cast(? as date))""")
            .params(person, item, from, until)
            .update();
    }

}
