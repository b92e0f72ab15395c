package ca.contingent.deployment;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A coordinator nominates people of their own agency: the deployment starts PLANNED with
 * its nomination as the first history row; another agency's person is refused as unknown,
 * and every later step stays with headquarters.
 */
@IntegrationTest
@Transactional
class DeploymentNominationIntegrationTests {

    private static final RequestPostProcessor COORDINATOR = SecurityMockMvcRequestPostProcessors.user("t-nom-coord")
        .roles("AGENCY_COORDINATOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    TestRecords records;

    @BeforeEach
    void records() {
        new Accounts(this.jdbc).headquarters();
        this.records = new TestRecords(this.jdbc).agency("T-NAG1")
            .agency("T-NAG2")
            .mission("T-NM", null)
            .person("T-NP1", "Côté", "Éloïse", "F", "POLICE", "T-NAG1", "fr;en")
            .person("T-NP2", "Tremblay", "Marc", "M", "CIVILIAN", "T-NAG2", "en")
            .deployment("T-ND1", "T-NP1", "T-NM", "SHORT", "2035-01-01", "2035-01-31", "PLANNED");
        new Accounts(this.jdbc).coordinator("t-nom-coord", "T-NAG1");
    }

    @Test
    void theFormOffersOnlyTheCoordinatorsOwnPeople() {
        assertThat(this.mvc.get().uri("/deployments/new").with(COORDINATOR)).hasStatusOk()
            .bodyText()
            .contains("T-NP1 – Côté, Éloïse")
            .doesNotContain("T-NP2");
    }

    @Test
    void aCoordinatorNominatesTheirOwnPersonPlannedWithTheirNameInTheHistoryAndTheAuditLog() {
        assertThat(nominate("T-NDNEW", "T-NP1", "DEPLOYED")).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/deployments/T-NDNEW");
        assertThat(this.jdbc.sql("select status from deployment where external_id = 'T-NDNEW'")
            .query(String.class)
            .single()).isEqualTo("PLANNED");
        assertThat(this.jdbc.sql("""
                select t.username || '|' || coalesce(t.from_status, '-') || '|' || t.to_status
                from deployment_transition t join deployment d on d.id = t.deployment_id
                where d.external_id = 'T-NDNEW'""").query(String.class).list())
            .containsExactly("t-nom-coord|-|PLANNED");
        assertThat(this.jdbc.sql("""
                select username || '|' || action from audit_event where entity = 'deployment' and key = 'T-NDNEW'""")
            .query(String.class)
            .list()).containsExactly("t-nom-coord|CREATE");
    }

    @Test
    void aCoordinatorCannotNominateAnotherAgencysPerson() {
        assertThat(nominate("T-NDBAD", "T-NP2", "PLANNED")).hasStatusOk()
            .bodyText()
            .contains("There is no person with the ID T-NP2.");
        assertThat(this.records.count("deployment", "T-NDBAD")).isZero();
    }

    @Test
    void aCoordinatorCannotEditDeployCompleteOrCancel() {
        assertThat(this.mvc.get().uri("/deployments/T-ND1/edit").with(COORDINATOR)).hasStatus(403);
        assertThat(this.mvc.post()
            .uri("/deployments/T-ND1/edit")
            .with(COORDINATOR)
            .with(csrf())
            .param("person", "T-NP1")
            .param("mission", "T-NM")
            .param("role", "Mentor")
            .param("term", "SHORT")
            .param("startDate", "2035-01-01")
            .param("endDate", "2035-01-15")
            .param("version", "0")).hasStatus(403);
        for (String step : new String[] { "deploy", "complete", "cancel" }) {
            assertThat(this.mvc.post()
                .uri("/deployments/T-ND1/" + step)
                .with(COORDINATOR)
                .with(csrf())
                .param("reason", "Postponed")).as(step).hasStatus(403);
        }
        assertThat(this.jdbc.sql("select status || '|' || end_date from deployment where external_id = 'T-ND1'")
            .query(String.class)
            .single()).isEqualTo("PLANNED|2035-01-31");
    }

    private MvcTestResult nominate(String externalId, String person, String status) {
        return this.mvc.post()
            .uri("/deployments/new")
            .with(COORDINATOR)
            .with(csrf())
            .param("externalId", externalId)
            .param("person", person)
            .param("mission", "T-NM")
            .param("role", "Mentor")
            .param("term", "SHORT")
            .param("startDate", "2036-03-01")
            .param("endDate", "2036-03-31")
            .param("status", status)
            .exchange();
    }

}
