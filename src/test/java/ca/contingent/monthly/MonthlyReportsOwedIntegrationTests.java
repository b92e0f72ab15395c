package ca.contingent.monthly;

import java.time.LocalDate;
import java.time.YearMonth;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.ADMIN;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.COMMANDER;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.MEMBER;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.OTHER_COMMANDER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder list: months that have ended in which a person was DEPLOYED or COMPLETED
 * on at least one day and no report is SUBMITTED or beyond. The months are taken relative
 * to today (the months before the current one), so the test's deployment lies in the
 * past; everything rolls back.
 */
@IntegrationTest
@Transactional
class MonthlyReportsOwedIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * Three ended months: the deployment runs from the 20th of the first to the 5th of
     * the third.
     */
    private final YearMonth first = YearMonth.now().minusMonths(4);

    @BeforeEach
    void records() {
        MonthlyReportWorkflowIntegrationTests.records(this.jdbc);
        new TestRecords(this.jdbc).person("T-MRP3", "Mrhebert", "Rosalie", "F", "POLICE", "T-MRA", "fr")
            .person("T-MRP4", "Mrimbeault", "Sylvain", "M", "POLICE", "T-MRA", "fr")
            .deployment("T-MRD3", "T-MRP3", "T-MR1-C", "SHORT", this.first.atDay(20).toString(),
                    this.first.plusMonths(2).atDay(5).toString(), "COMPLETED")
            // Planned and cancelled deployments owe nothing.
            .deployment("T-MRD4", "T-MRP4", "T-MR1", "SHORT", this.first.atDay(1).toString(),
                    this.first.plusMonths(1).atEndOfMonth().toString(), "CANCELLED");
    }

    @Test
    void everyEndedMonthOfADeploymentIsOwedUntilAReportIsSubmitted() {
        assertThat(owedMonths("T-MR1")).containsExactly(month(2), month(1), month(0));
        report("T-MRP3", this.first.plusMonths(1), "SUBMITTED");
        report("T-MRP3", this.first.plusMonths(2), "DRAFT");
        report("T-MRP3", this.first, "APPROVED");
        // Submitted and approved months are no longer owed; a draft still is, and says
        // so.
        assertThat(owedMonths("T-MR1")).containsExactly(month(2));
        assertThat(this.mvc.get().uri("/monthly-reports/owed?mission=T-MR1").with(ADMIN)).hasStatusOk()
            .bodyText()
            .contains("Mrhebert")
            .contains("Draft");
        report("T-MRP3", this.first.plusMonths(2), "RETURNED");
        assertThat(owedMonths("T-MR1")).as("a returned report must be resubmitted").containsExactly(month(2));
    }

    @Test
    void theCurrentMonthIsNotOwedYet() {
        this.jdbc.sql("update deployment set end_date = ?, status = 'DEPLOYED' where external_id = 'T-MRD3'")
            .param(LocalDate.now().plusMonths(2))
            .update();
        assertThat(owedMonths("T-MR1")).doesNotContain(YearMonth.now().toString())
            .contains(YearMonth.now().minusMonths(1).toString());
    }

    @Test
    void theListFiltersByMonthAndMissionAndACommanderSeesOnlyTheirMissions() {
        assertThat(this.jdbc.sql("select 1").query(Integer.class).single()).isOne();
        assertThat(this.mvc.get().uri("/monthly-reports/owed?mission=T-MR1&month=" + month(1)).with(ADMIN))
            .hasStatusOk()
            .bodyText()
            .contains("T-MRP3")
            .doesNotContain(month(0))
            .doesNotContain(month(2) + "<");
        assertThat(this.mvc.get().uri("/monthly-reports/owed?mission=T-MR2").with(ADMIN)).bodyText()
            .doesNotContain("T-MRP3");
        // The commander of T-MR1 sees the component's person without a filter; the
        // commander of T-MR2 does not.
        assertThat(this.mvc.get().uri("/monthly-reports/owed").with(COMMANDER)).hasStatusOk()
            .bodyText()
            .contains("T-MRP3")
            .doesNotContain("P0001");
        assertThat(this.mvc.get().uri("/monthly-reports/owed").with(OTHER_COMMANDER)).hasStatusOk()
            .bodyText()
            .doesNotContain("T-MRP3");
        // Headquarters see everyone's, the reference data's people included.
        assertThat(this.mvc.get().uri("/monthly-reports/owed").with(ADMIN)).bodyText().contains("T-MRP3");
        // Members do not chase others.
        assertThat(this.mvc.get().uri("/monthly-reports/owed").with(MEMBER)).hasStatus(403);
    }

    @Test
    void theListDownloadsAsCsv() {
        report("T-MRP3", this.first.plusMonths(1), "SUBMITTED");
        assertThat(this.mvc.get().uri("/monthly-reports/owed.csv?mission=T-MR1").with(ADMIN)).hasStatusOk()
            .hasContentType("text/csv;charset=UTF-8")
            .bodyText()
            .contains("person,family_name,given_name,mission,month,report_status")
            .contains("T-MRP3,Mrhebert,Rosalie,T-MR1-C," + month(0) + ",")
            .contains("T-MRP3,Mrhebert,Rosalie,T-MR1-C," + month(2) + ",")
            .doesNotContain(month(1));
    }

    private java.util.List<String> owedMonths(String mission) {
        return new String(this.mvc.get()
            .uri("/monthly-reports/owed.csv?mission=" + mission)
            .with(ADMIN)
            .exchange()
            .getResponse()
            .getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8).lines()
            .skip(1)
            .filter((line) -> line.startsWith("T-MRP"))
            .map((line) -> line.split(",")[4])
            .toList();
    }

    private String month(int offset) {
        return this.first.plusMonths(offset).toString();
    }

    private void report(String person, YearMonth month, String status) {
        this.jdbc.sql("""
                insert into monthly_report (person_id, deployment_id, month, status)
                values ((select id from person where external_id = ?),
                        (select id from deployment where person_id = (select id from person where external_id = ?)
                         and status <> 'CANCELLED'), ?, ?)
                on conflict (person_id, month) do update set status = excluded.status""")
            .params(person, person, month.atDay(1), status)
            .update();
    }

}
