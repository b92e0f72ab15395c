package ca.contingent.deployment;

import ca.contingent.IntegrationTest;
import ca.contingent.web.Flash;
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
 * A deployment with monthly reports is kept: the monthly reports' foreign key refuses the
 * delete, and the refusal is the deployment page's message, not an error. Rolled back.
 */
@IntegrationTest
@Transactional
class DeploymentDeleteIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeploymentWithAMonthlyReportIsKeptWithAMessage() {
        deployment("T-DEL-1", "2031-01-01", "2031-03-31");
        this.jdbc.sql("""
                insert into monthly_report (person_id, deployment_id, month)
                select person_id, id, date '2031-01-01' from deployment where external_id = 'T-DEL-1'""").update();

        MvcTestResult refused = delete("T-DEL-1");
        assertThat(refused).hasStatus3xxRedirection().hasRedirectedUrl("/deployments/T-DEL-1");
        assertThat(refused).flash().extractingByKey("flash").isInstanceOfSatisfying(Flash.class, (flash) -> {
            assertThat(flash.key()).isEqualTo("deployment.delete.referenced");
            assertThat(flash.arguments()).containsExactly("T-DEL-1");
        });
        // The refused statement was undone alone, in its savepoint: the database
        // transaction is not aborted, and the deployment and its report are there.
        assertThat(this.jdbc.sql("""
                select count(*) from deployment d join monthly_report r on r.deployment_id = d.id
                where d.external_id = 'T-DEL-1'""").query(Integer.class).single()).isOne();
        assertThat(events("T-DEL-1")).isZero();
    }

    @Test
    void aDeploymentWithoutMonthlyReportsIsDeleted() {
        deployment("T-DEL-2", "2031-05-01", "2031-06-30");
        assertThat(delete("T-DEL-2")).hasStatus3xxRedirection().hasRedirectedUrl("/deployments");
        assertThat(this.jdbc.sql("select count(*) from deployment where external_id = 'T-DEL-2'")
            .query(Integer.class)
            .single()).isZero();
        assertThat(events("T-DEL-2")).isOne();
    }

    private int events(String externalId) {
        return this.jdbc
            .sql("select count(*) from audit_event where entity = 'deployment' and key = ? and action = 'DELETE'")
            .param(externalId)
            .query(Integer.class)
            .single();
    }

    private MvcTestResult delete(String externalId) {
        return this.mvc.post().uri("/deployments/{id}/delete", externalId).with(admin()).with(csrf()).exchange();
    }

    private void deployment(String externalId, String start, String end) {
        this.jdbc
            .sql("""
                    insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date,
                                            end_date, status)
                    values (?, (select id from person where external_id = 'P0001'), (select id from mission where code = 'CPMU'),
                            'Advisor', false, 'LONG', ?::date, ?::date, 'DEPLOYED')""")
            .params(externalId, start, end)
            .update();
    }

}
