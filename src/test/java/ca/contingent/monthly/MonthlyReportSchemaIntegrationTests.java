package ca.contingent.monthly;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the database itself holds true of monthly reports, with the application bypassed
 * (plain SQL): a report's person is its deployment's person, and an approved report's
 * activity rows name it. Everything rolls back; each refusal is tried in a savepoint so
 * that the test's transaction goes on.
 */
@IntegrationTest
@Transactional
class MonthlyReportSchemaIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        MonthlyReportWorkflowIntegrationTests.records(this.jdbc);
    }

    @Test
    void aReportOnAnotherPersonsDeploymentIsRefused() {
        // T-MRD2 is T-MRP2's deployment.
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> refused("""
                insert into monthly_report (person_id, deployment_id, month)
                values ((select id from person where external_id = 'T-MRP1'),
                        (select id from deployment where external_id = 'T-MRD2'), date '2030-05-01')"""))
            .withMessageContaining("monthly_report_deployment_person_fkey");
        assertThat(insertReport("T-MRP1", "T-MRD1")).as("the person's own deployment").isOne();
        assertThat(reports()).isOne();
    }

    @Test
    void aReportCannotBeMovedToAnotherPersonNorItsDeploymentToAnotherPerson() {
        insertReport("T-MRP1", "T-MRD1");
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> refused("""
                update monthly_report set person_id = (select id from person where external_id = 'T-MRP2')"""));
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> refused("""
                update monthly_report set deployment_id = (select id from deployment where external_id = 'T-MRD2')"""));
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> refused("""
                update deployment set person_id = (select id from person where external_id = 'T-MRP2'),
                                      start_date = date '2031-01-01', end_date = date '2031-02-01'
                where external_id = 'T-MRD1'"""));
        assertThat(this.jdbc.sql("""
                select count(*) from monthly_report r join deployment d on d.id = r.deployment_id
                where d.person_id = r.person_id""").query(Integer.class).single()).isOne();
    }

    @Test
    void anActivityRowNamesTheReportItCameFromWhichCannotGoWhileTheRowIsThere() {
        insertReport("T-MRP1", "T-MRD1");
        long report = this.jdbc.sql("select id from monthly_report").query(Long.class).single();
        this.jdbc.sql("""
                insert into activity (external_id, mission_id, date, category, type, sessions, monthly_report_id)
                values ('MR-T-MRP1-2030-05-1', (select id from mission where code = 'T-MR1-C'), date '2030-05-31',
                        'TRAINING', 'Workshop', 1, ?)""").param(report).update();
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> refused("delete from monthly_report where id = " + report));
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> refused("update activity set monthly_report_id = " + (report + 1_000_000)
                    + " where external_id = 'MR-T-MRP1-2030-05-1'"));
        assertThat(reports()).isOne();
    }

    private int insertReport(String person, String deployment) {
        return this.jdbc
            .sql("""
                    insert into monthly_report (person_id, deployment_id, month)
                    values ((select id from person where external_id = ?), (select id from deployment where external_id = ?),
                            date '2030-05-01')""")
            .params(person, deployment)
            .update();
    }

    /** Runs a statement the database must refuse, in a savepoint rolled back after. */
    private void refused(String sql) {
        this.jdbc.sql("savepoint refused").update();
        try {
            this.jdbc.sql(sql).update();
        }
        finally {
            this.jdbc.sql("rollback to savepoint refused").update();
        }
    }

    private int reports() {
        return this.jdbc.sql("select count(*) from monthly_report").query(Integer.class).single();
    }

}
