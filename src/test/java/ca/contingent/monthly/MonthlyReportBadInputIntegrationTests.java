package ca.contingent.monthly;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.ADMIN;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.COMMANDER;
import static ca.contingent.monthly.MonthlyReportWorkflowIntegrationTests.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Bad input: each refused with a 4xx whose message names the field (and the line),
 * nothing written. The member T-MRP1 is deployed from 2030-04-15 to 2030-09-30.
 */
@IntegrationTest
@Transactional
class MonthlyReportBadInputIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        MonthlyReportWorkflowIntegrationTests.records(this.jdbc);
    }

    @Test
    void aMonthWithoutDeploymentIsRefusedNamingTheMonth() {
        for (String month : new String[] { "2030-03", "2030-10", "2031-01" }) {
            assertThat(create("{\"month\":\"%s\",\"lines\":[]}".formatted(month))).hasStatus(422)
                .bodyJson()
                .satisfies((json) -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("month");
                    assertThat(json).extractingPath("$.errors[0].message").asString().contains(month);
                });
        }
        // A planned or cancelled deployment is no deployment in the month.
        this.jdbc.sql("update deployment set status = 'PLANNED' where external_id = 'T-MRD1'").update();
        assertThat(create("{\"month\":\"2030-05\"}")).hasStatus(422).bodyText().contains("month");
        assertThat(reports()).isZero();
    }

    @Test
    void aPartialMonthOfDeploymentIsEnough() {
        // Deployed from 2030-04-15: April counts.
        assertThat(create("{\"month\":\"2030-04\"}")).hasStatus(201);
    }

    @Test
    void aMalformedMonthIsRefusedNamingTheField() {
        for (String month : new String[] { "2030-13", "2030-5", "May 2030", "2030-05-01", "" }) {
            assertThat(create("{\"month\":\"%s\"}".formatted(month))).as(month)
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("month");
        }
        assertThat(create("{}")).hasStatus(422).bodyText().contains("month");
        assertThat(reports()).isZero();
    }

    @Test
    void womenAboveParticipantsAndNegativeSessionsAreRefusedNamingFieldAndLine() {
        String body = """
                {"month":"2030-05","lines":[
                  {"category":"TRAINING","type":"Workshop","sessions":1,"participants":10,"participantsWomen":4},
                  {"category":"TRAINING","type":"Workshop","sessions":2,"participants":10,"participantsWomen":12},
                  {"category":"MENTORING","type":"Mentoring","sessions":-1},
                  {"category":"PATROL","type":"","sessions":1,"participantsWomen":1}]}""";
        assertThat(create(body)).hasStatus(422).bodyJson().satisfies((json) -> {
            assertThat(json).extractingPath("$.errors[0].field").isEqualTo("lines[1].participantsWomen");
            assertThat(json).extractingPath("$.errors[0].message")
                .asString()
                .contains("Line 2")
                .contains("12")
                .contains("10");
            assertThat(json).extractingPath("$.errors[1].field").isEqualTo("lines[2].sessions");
            assertThat(json).extractingPath("$.errors[1].message").asString().contains("Line 3");
            assertThat(json).extractingPath("$.errors[2].field").isEqualTo("lines[3].category");
            assertThat(json).extractingPath("$.errors[3].field").isEqualTo("lines[3].type");
            assertThat(json).extractingPath("$.errors[4].field").isEqualTo("lines[3].participantsWomen");
            assertThat(json).extractingPath("$.errors.length()").isEqualTo(5);
        });
        assertThat(reports()).isZero();
        assertThat(this.jdbc.sql("select count(*) from monthly_report_line").query(Integer.class).single()).isZero();
    }

    @Test
    void theMessageIsInTheCallersLanguage() {
        assertThat(this.mvc.post()
            .uri("/api/v1/monthly-reports?lang=fr")
            .header("Accept-Language", "fr")
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content("{\"month\":\"2031-01\"}")).hasStatus(422).bodyText().contains("aucun déploiement");
    }

    @Test
    void aSecondReportForTheSameMonthIsRefused() {
        assertThat(create("{\"month\":\"2030-05\",\"narrative\":\"First\"}")).hasStatus(201);
        assertThat(create("{\"month\":\"2030-05\",\"narrative\":\"Second\"}")).hasStatus(422)
            .bodyJson()
            .satisfies((json) -> {
                assertThat(json).extractingPath("$.errors[0].field").isEqualTo("month");
                assertThat(json).extractingPath("$.errors[0].message").asString().contains("already");
            });
        assertThat(reports()).isEqualTo(1);
        assertThat(this.jdbc.sql("select narrative from monthly_report").query(String.class).list())
            .containsExactly("First");
    }

    @Test
    void aNarrativeBeyondItsBoundIsRefused() {
        assertThat(create("{\"month\":\"2030-05\",\"narrative\":\"%s\"}".formatted("x".repeat(2001)))).hasStatus(422)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("narrative");
        assertThat(reports()).isZero();
    }

    @Test
    void editingAnApprovedReportIsRefusedAndChangesNothing() {
        assertThat(create("{\"month\":\"2030-05\",\"narrative\":\"Approved text\"}")).hasStatus(201);
        step("submit", MEMBER);
        step("review", COMMANDER);
        step("approve", ADMIN);
        int version = this.jdbc.sql("select version from monthly_report").query(Integer.class).single();
        assertThat(this.mvc.put()
            .uri("/api/v1/monthly-reports/T-MRP1-2030-05")
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content("{\"version\":%d,\"narrative\":\"Changed\"}".formatted(version))).hasStatus(409)
            .bodyJson()
            .extractingPath("$.detail")
            .asString()
            .contains("locked");
        assertThat(this.jdbc.sql("select narrative from monthly_report").query(String.class).single())
            .isEqualTo("Approved text");
    }

    @Test
    void anEditAtAnOldVersionIsAConflict() {
        assertThat(create("{\"month\":\"2030-05\",\"narrative\":\"One\"}")).hasStatus(201);
        assertThat(this.mvc.put()
            .uri("/api/v1/monthly-reports/T-MRP1-2030-05")
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content("{\"version\":0,\"narrative\":\"Two\"}")).hasStatusOk();
        assertThat(this.mvc.put()
            .uri("/api/v1/monthly-reports/T-MRP1-2030-05")
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content("{\"version\":0,\"narrative\":\"Three\"}")).hasStatus(409);
        assertThat(this.jdbc.sql("select narrative from monthly_report").query(String.class).single()).isEqualTo("Two");
    }

    @Test
    void aDeploymentWithReportsCannotBeDeletedAndAMembersPersonNeitherWithoutTheirAccount() {
        assertThat(create("{\"month\":\"2030-05\"}")).hasStatus(201);
        assertThat(this.mvc.post().uri("/deployments/T-MRD1/delete").with(ADMIN).with(csrf())).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/deployments/T-MRD1");
        assertThat(this.jdbc.sql("select count(*) from deployment where external_id = 'T-MRD1'")
            .query(Integer.class)
            .single()).isOne();
        this.jdbc.sql("delete from monthly_report").update();
        this.jdbc.sql("delete from deployment where external_id = 'T-MRD1'").update();
        assertThat(this.mvc.post().uri("/people/T-MRP1/delete").with(ADMIN).with(csrf())).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/people/T-MRP1");
        assertThat(
                this.jdbc.sql("select count(*) from person where external_id = 'T-MRP1'").query(Integer.class).single())
            .isOne();
    }

    @Test
    void onlyAMemberWritesReports() {
        assertThat(this.mvc.post()
            .uri("/api/v1/monthly-reports")
            .with(ADMIN)
            .with(csrf())
            .contentType("application/json")
            .content("{\"month\":\"2030-05\"}")).hasStatus(403);
        assertThat(reports()).isZero();
    }

    private MvcTestResult create(String body) {
        return this.mvc.post()
            .uri("/api/v1/monthly-reports")
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content(body)
            .exchange();
    }

    private void step(String step, org.springframework.test.web.servlet.request.RequestPostProcessor caller) {
        assertThat(this.mvc.post().uri("/api/v1/monthly-reports/T-MRP1-2030-05/" + step).with(caller).with(csrf()))
            .hasStatusOk();
    }

    private int reports() {
        return this.jdbc.sql("select count(*) from monthly_report").query(Integer.class).single();
    }

}
