package ca.contingent.publication;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The user of a restatement is named when the change commits, from the audit event the
 * change's service wrote in the same transaction (after the change itself). This test
 * commits for real, so it has a year of its own, 2061-62, far from every other test's
 * records; a publication cannot be withdrawn, so it stays in the shared database.
 */
@IntegrationTest
class RestatementAtCommitIntegrationTests {

    private static final String YEAR = "2061-62";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * Other tests count every record of some tables, so the test's records go (their
     * deletion is restated too); the publication, its restatements and the audit events
     * cannot, by design.
     */
    @AfterEach
    void removeRecords() {
        this.jdbc.sql("delete from deployment where external_id = 'T-PUBC-D1'").update();
        this.jdbc.sql("delete from person where external_id = 'T-PUBC-P1'").update();
        this.jdbc.sql("delete from mission where code = 'T-PUBC-M'").update();
        this.jdbc.sql("delete from agency where code = 'T-PUBC-A'").update();
    }

    @Test
    void aCommittedLifecycleStepIsARestatementNamingItsUser() {
        new TestRecords(this.jdbc).agency("T-PUBC-A")
            .mission("T-PUBC-M", null)
            .person("T-PUBC-P1", "Pubcommit", "Ariane", "F", "POLICE", "T-PUBC-A", "fr")
            .deployment("T-PUBC-D1", "T-PUBC-P1", "T-PUBC-M", "LONG", "2061-05-01", "2061-10-31", "DEPLOYED");
        assertThat(this.mvc.post()
            .uri("/api/v1/reports/annual/" + YEAR + "/publication")
            .with(TestUsers.admin())
            .with(csrf())).hasStatus(201);

        assertThat(this.mvc.post()
            .uri("/api/v1/deployments/T-PUBC-D1/complete")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/json")
            .content("{\"endDate\":\"2061-08-31\"}")).hasStatusOk();

        assertThat(this.jdbc.sql("""
                select action || ' ' || coalesce(username, '?') from restatement
                where fiscal_year = ? and entity = 'deployment' and key = 'T-PUBC-D1'""")
            .param(YEAR)
            .query(String.class)
            .list()).containsExactly("UPDATE admin");
        assertThat(this.mvc.get().uri("/reports/annual/" + YEAR + "/publication").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Deployment T-PUBC-D1", ">admin<", "id=\"figures-unchanged\"");
    }

}
