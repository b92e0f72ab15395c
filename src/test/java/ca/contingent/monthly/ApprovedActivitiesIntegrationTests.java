package ca.contingent.monthly;

import java.util.List;

import ca.contingent.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.ADMIN;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.COMMANDER;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.MEMBER;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The activity rows an approval writes belong to the report, whatever happened to their
 * neighbours: reopening removes every one of them, so the annual report no longer counts
 * any (issue 9: the removal used to follow the external ids {@code MR-…-1}, {@code -2}, …
 * and stop at the first one missing). Everything rolls back.
 */
@IntegrationTest
@Transactional
class ApprovedActivitiesIntegrationTests {

    static final String THREE_LINES = """
            {"month":"2030-05","results":"Checkpoints staffed.","narrative":"A busy month.",
             "lines":[{"category":"TRAINING","type":"T-MR first line","sessions":1,"participants":10,
                       "participantsWomen":4},
                      {"category":"MENTORING","type":"T-MR second line","sessions":2},
                      {"category":"ADVISORY","type":"T-MR third line","sessions":3,"participants":6}]}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        MonthlyReportWorkflowIntegrationTests.records(this.jdbc);
    }

    @Test
    void reopeningRemovesEveryApprovedActivityEvenAfterOneOfThemWasDeleted() throws Exception {
        approve(THREE_LINES);
        assertThat(generated()).containsExactly("MR-T-MRP1-2030-05-1", "MR-T-MRP1-2030-05-2", "MR-T-MRP1-2030-05-3");
        assertThat(reportedTypes()).containsExactlyInAnyOrder("T-MR first line", "T-MR second line", "T-MR third line");
        assertThat(this.jdbc.sql("""
                select count(*) from activity a join monthly_report r on r.id = a.monthly_report_id
                where r.month = date '2030-05-01'""").query(Integer.class).single())
            .as("rows tied to the report by its key")
            .isEqualTo(3);

        // Headquarters delete the second row on the activities page, then reopen the
        // report.
        assertThat(this.mvc.post().uri("/activities/MR-T-MRP1-2030-05-2/delete").with(ADMIN).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(step("reopen", ADMIN, "{\"reason\":\"Figures to check\"}")).isEqualTo(200);

        assertThat(generated()).as("the report's activity rows after reopening").isEmpty();
        assertThat(reportedTypes()).as("the annual report's activities of the reopened month").isEmpty();
        assertThat(this.jdbc
            .sql("select count(*) from audit_event where entity = 'activity' and action = 'DELETE'"
                    + " and key = 'MR-T-MRP1-2030-05-3'")
            .query(Integer.class)
            .single()).as("the third row's removal is in the audit log").isOne();
    }

    @Test
    void approvingAgainWritesExactlyTheReportsLinesUnderTheSameIds() throws Exception {
        approve(THREE_LINES);
        assertThat(this.mvc.post().uri("/activities/MR-T-MRP1-2030-05-2/delete").with(ADMIN).with(csrf()))
            .hasStatus3xxRedirection();
        step("reopen", ADMIN, "{\"reason\":\"Figures to check\"}");
        assertThat(step("submit", MEMBER, null)).isEqualTo(200);
        assertThat(step("review", COMMANDER, null)).isEqualTo(200);
        assertThat(step("approve", ADMIN, null)).isEqualTo(200);

        assertThat(generated()).containsExactly("MR-T-MRP1-2030-05-1", "MR-T-MRP1-2030-05-2", "MR-T-MRP1-2030-05-3");
        assertThat(reportedTypes()).containsExactlyInAnyOrder("T-MR first line", "T-MR second line", "T-MR third line");
    }

    private void approve(String body) {
        assertThat(this.mvc.post()
            .uri("/api/v1/monthly-reports")
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content(body)).hasStatus(201);
        assertThat(step("submit", MEMBER, null)).isEqualTo(200);
        assertThat(step("review", COMMANDER, null)).isEqualTo(200);
        assertThat(step("approve", ADMIN, null)).isEqualTo(200);
    }

    private int step(String step, RequestPostProcessor caller, String body) {
        var request = this.mvc.post().uri("/api/v1/monthly-reports/" + REPORT + "/" + step).with(caller).with(csrf());
        if (body != null) {
            request = request.contentType("application/json").content(body);
        }
        return request.exchange().getResponse().getStatus();
    }

    /** The activity rows with the report's external ids. */
    private List<String> generated() {
        return this.jdbc
            .sql("select external_id from activity where external_id like 'MR-T-MRP1-2030-05-%' order by external_id")
            .query(String.class)
            .list();
    }

    /**
     * The activity types the annual report of 2030-31 counts for the report's mission, as
     * its API answers them.
     */
    private List<String> reportedTypes() throws Exception {
        String body = this.mvc.get()
            .uri("/api/v1/reports/annual/2030-31")
            .with(ADMIN)
            .exchange()
            .getResponse()
            .getContentAsString();
        return JsonPath.read(body, "$.activities[?(@.mission == 'T-MR1-C')].type");
    }

}
