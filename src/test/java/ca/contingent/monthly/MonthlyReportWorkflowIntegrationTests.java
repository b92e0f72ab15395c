package ca.contingent.monthly;

import java.util.List;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.person.Accounts;
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
 * The monthly report workflow through the API: each step only to its role (and a
 * commander only on their missions' reports), 409 for a step the status does not allow,
 * the lock of an approved month, reopening with a reason, and the activity rows an
 * approval writes and a reopening removes. Everything rolls back.
 */
@IntegrationTest
@Transactional
class MonthlyReportWorkflowIntegrationTests {

    static final RequestPostProcessor MEMBER = user("t-mr-member1").roles("MEMBER");

    static final RequestPostProcessor OTHER_MEMBER = user("t-mr-member2").roles("MEMBER");

    static final RequestPostProcessor COMMANDER = user("t-mr-cmdr1").roles("MISSION_COMMANDER");

    static final RequestPostProcessor OTHER_COMMANDER = user("t-mr-cmdr2").roles("MISSION_COMMANDER");

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    static final RequestPostProcessor OFFICER = user("officer").roles("PROGRAM_OFFICER");

    static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");

    static final RequestPostProcessor COORDINATOR = user("t-mr-coord").roles("AGENCY_COORDINATOR");

    static final RequestPostProcessor AUDITOR = user("t-mr-auditor").roles("AUDITOR");

    static final String REPORT = "T-MRP1-2030-05";

    static final String BODY = """
            {"month":"2030-05","results":"Two units now patrol at night.","narrative":"A quiet month.",
             "lines":[{"category":"TRAINING","type":"Night patrol workshop","sessions":3,"participants":24,
                       "participantsWomen":9},
                      {"category":"MENTORING","type":"Station commander mentoring","sessions":8}]}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        records(this.jdbc);
    }

    /**
     * Agency T-MRA; missions T-MR1 (component T-MR1-C) and T-MR2; a member deployed to
     * each; their users.
     */
    static void records(JdbcClient jdbc) {
        new TestRecords(jdbc).agency("T-MRA")
            .mission("T-MR1", null)
            .mission("T-MR1-C", "T-MR1")
            .mission("T-MR2", null)
            .person("T-MRP1", "Mrfontaine", "Odile", "F", "POLICE", "T-MRA", "fr")
            .person("T-MRP2", "Mrgagnon", "Paulin", "M", "POLICE", "T-MRA", "en")
            .deployment("T-MRD1", "T-MRP1", "T-MR1-C", "LONG", "2030-04-15", "2030-09-30", "DEPLOYED")
            .deployment("T-MRD2", "T-MRP2", "T-MR2", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED");
        new Accounts(jdbc).headquarters()
            .member("t-mr-member1", "T-MRP1")
            .member("t-mr-member2", "T-MRP2")
            .commander("t-mr-cmdr1", "T-MR1")
            .commander("t-mr-cmdr2", "T-MR2")
            .coordinator("t-mr-coord", "T-MRA")
            .user("t-mr-auditor", "AUDITOR");
    }

    @Test
    void aMemberCreatesADraftForAMonthOfTheirDeployment() {
        assertThat(create(BODY)).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports/" + REPORT).with(MEMBER)).hasStatusOk()
            .bodyJson()
            .satisfies((json) -> {
                assertThat(json).extractingPath("$.deployment").isEqualTo("T-MRD1");
                assertThat(json).extractingPath("$.mission").isEqualTo("T-MR1-C");
                assertThat(json).extractingPath("$.lines[0].participantsWomen").isEqualTo(9);
                assertThat(json).extractingPath("$.lines[1].type").isEqualTo("Station commander mentoring");
            });
        assertThat(audits("CREATE")).isEqualTo(1);
    }

    @Test
    void eachStepIsAllowedOnlyToItsRole() {
        create(BODY);
        List<RequestPostProcessor> everyone = List.of(ADMIN, OFFICER, COORDINATOR, COMMANDER, ANALYST, AUDITOR, MEMBER);
        // submit: the member only
        for (RequestPostProcessor caller : except(everyone, MEMBER)) {
            assertThat(step("submit", caller, null)).hasStatus(403);
        }
        assertThat(step("submit", MEMBER, null)).hasStatusOk();
        // review: the commander only
        for (RequestPostProcessor caller : except(everyone, COMMANDER)) {
            assertThat(step("review", caller, null)).hasStatus(403);
        }
        assertThat(step("review", COMMANDER, null)).hasStatusOk();
        // approve: headquarters only
        for (RequestPostProcessor caller : except(everyone, ADMIN, OFFICER)) {
            assertThat(step("approve", caller, null)).hasStatus(403);
        }
        assertThat(step("approve", OFFICER, null)).hasStatusOk();
        // reopen: headquarters only
        for (RequestPostProcessor caller : except(everyone, ADMIN, OFFICER)) {
            assertThat(step("reopen", caller, "{\"reason\":\"Wrong figures\"}")).hasStatus(403);
        }
        assertThat(step("reopen", ADMIN, "{\"reason\":\"Wrong figures\"}")).hasStatusOk();
        // return: the commander and headquarters, not the member nor the other roles
        assertThat(step("submit", MEMBER, null)).hasStatusOk();
        for (RequestPostProcessor caller : List.of(MEMBER, COORDINATOR, ANALYST, AUDITOR)) {
            assertThat(step("return", caller, "{\"comment\":\"Add the women\"}")).hasStatus(403);
        }
        assertThat(step("return", COMMANDER, "{\"comment\":\"Add the women\"}")).hasStatusOk();
        assertThat(status()).isEqualTo("RETURNED");
        // Every step is in the report's history with who took it and the comment.
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports/" + REPORT).with(MEMBER)).bodyJson()
            .satisfies((json) -> {
                assertThat(json).extractingPath("$.steps.length()").isEqualTo(6);
                assertThat(json).extractingPath("$.steps[5].user").isEqualTo("t-mr-cmdr1");
                assertThat(json).extractingPath("$.steps[5].comment").isEqualTo("Add the women");
                assertThat(json).extractingPath("$.steps[3].comment").isEqualTo("Wrong figures");
            });
        // Headquarters return a reviewed report too.
        step("submit", MEMBER, null);
        step("review", COMMANDER, null);
        assertThat(step("return", OFFICER, "{\"comment\":\"Missing results\"}")).hasStatusOk();
    }

    @Test
    void aStepTheStatusDoesNotAllowIsAConflict() {
        create(BODY);
        assertThat(step("approve", ADMIN, null)).hasStatus(409).bodyText().contains(REPORT).contains("DRAFT");
        assertThat(step("review", COMMANDER, null)).hasStatus(409);
        assertThat(step("reopen", ADMIN, "{\"reason\":\"x\"}")).hasStatus(409);
        assertThat(step("return", COMMANDER, "{\"comment\":\"x\"}")).hasStatus(409);
        step("submit", MEMBER, null);
        assertThat(step("submit", MEMBER, null)).hasStatus(409);
        assertThat(step("approve", ADMIN, null)).as("approval waits for the commander's review").hasStatus(409);
        assertThat(status()).isEqualTo("SUBMITTED");
    }

    @Test
    void aReturnNeedsAComment() {
        create(BODY);
        step("submit", MEMBER, null);
        assertThat(step("return", COMMANDER, null)).hasStatus(422).bodyText().contains("comment");
        assertThat(step("return", COMMANDER, "{\"comment\":\"  \"}")).hasStatus(422);
        assertThat(status()).isEqualTo("SUBMITTED");
    }

    @Test
    void anApprovedMonthIsLockedAndOnlyReopeningWithAReasonUnlocksIt() {
        approve(BODY);
        String edit = BODY.replace("\"month\":\"2030-05\",", "\"version\":%d,".formatted(version()));
        assertThat(this.mvc.put()
            .uri("/api/v1/monthly-reports/" + REPORT)
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content(edit)).hasStatus(409).bodyText().contains("locked");
        // The page refuses it too and shows no edit form.
        assertThat(this.mvc.get().uri("/monthly-reports/" + REPORT + "/edit").with(MEMBER)).hasStatus(302);
        assertThat(this.mvc.post()
            .uri("/monthly-reports/" + REPORT + "/edit")
            .with(MEMBER)
            .with(csrf())
            .param("narrative", "Changed")
            .param("version", String.valueOf(version()))).hasStatusOk().bodyText().contains("locked");
        assertThat(this.jdbc
            .sql("select narrative from monthly_report r join person p on p.id = r.person_id"
                    + " where p.external_id = 'T-MRP1'")
            .query(String.class)
            .single()).isEqualTo("A quiet month.");
        // Reopening needs a reason
        assertThat(step("reopen", ADMIN, null)).hasStatus(422).bodyText().contains("reason");
        assertThat(step("reopen", ADMIN, "{\"reason\":\"\"}")).hasStatus(422);
        assertThat(status()).isEqualTo("APPROVED");
        assertThat(step("reopen", ADMIN, "{\"reason\":\"Sessions double-counted\"}")).hasStatusOk()
            .bodyJson()
            .extractingPath("$.status")
            .isEqualTo("RETURNED");
        // ...recorded in the audit log with the reason
        String after = this.jdbc.sql("""
                select after::text from audit_event where entity = 'monthly_report' and key = ?
                order by id desc limit 1""").param(REPORT).query(String.class).single();
        assertThat(after).contains("REOPEN").contains("Sessions double-counted").contains("RETURNED");
        assertThat(this.jdbc
            .sql("select username from audit_event where entity = 'monthly_report' and key = ?"
                    + " order by id desc limit 1")
            .param(REPORT)
            .query(String.class)
            .single()).isEqualTo("admin");
        // ...and the member may edit again.
        assertThat(this.mvc.put()
            .uri("/api/v1/monthly-reports/" + REPORT)
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content("{\"version\":%d,\"narrative\":\"Corrected\",\"lines\":[]}".formatted(version()))).hasStatusOk();
    }

    @Test
    void approvalWritesTheLinesAsActivitiesAndReopeningAndReapprovingReplacesThem() {
        approve(BODY);
        List<Map<String, Object>> rows = activities();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("external_id", "MR-T-MRP1-2030-05-1")
            .containsEntry("code", "T-MR1-C")
            .containsEntry("category", "TRAINING")
            .containsEntry("type", "Night patrol workshop")
            .containsEntry("sessions", 3)
            .containsEntry("participants", 24)
            .containsEntry("participants_women", 9);
        assertThat(rows.get(0).get("date").toString()).isEqualTo("2030-05-31");
        assertThat(rows.get(1)).containsEntry("external_id", "MR-T-MRP1-2030-05-2").containsEntry("sessions", 8);
        assertThat(this.jdbc
            .sql("select count(*) from audit_event where entity = 'activity' and action = 'CREATE'"
                    + " and key like 'MR-T-MRP1-2030-05-%'")
            .query(Integer.class)
            .single()).isEqualTo(2);

        step("reopen", OFFICER, "{\"reason\":\"Second line belongs to June\"}");
        assertThat(activities()).isEmpty();
        assertThat(this.jdbc
            .sql("select count(*) from audit_event where entity = 'activity' and action = 'DELETE'"
                    + " and key like 'MR-T-MRP1-2030-05-%'")
            .query(Integer.class)
            .single()).isEqualTo(2);

        String oneLine = """
                {"version":%d,"results":"Two units now patrol at night.","narrative":"A quiet month.",
                 "lines":[{"category":"TRAINING","type":"Night patrol workshop","sessions":4,"participants":30,
                           "participantsWomen":12}]}""".formatted(version());
        assertThat(this.mvc.put()
            .uri("/api/v1/monthly-reports/" + REPORT)
            .with(MEMBER)
            .with(csrf())
            .contentType("application/json")
            .content(oneLine)).hasStatusOk();
        step("submit", MEMBER, null);
        step("review", COMMANDER, null);
        assertThat(step("approve", ADMIN, null)).hasStatusOk();
        rows = activities();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("external_id", "MR-T-MRP1-2030-05-1")
            .containsEntry("sessions", 4)
            .containsEntry("participants_women", 12);
    }

    @Test
    void aMemberCannotReadAnotherMembersReportAndACommanderCannotReviewAnotherMissions() {
        create(BODY);
        step("submit", MEMBER, null);
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports/" + REPORT).with(OTHER_MEMBER)).hasStatus(404);
        assertThat(this.mvc.get().uri("/monthly-reports/" + REPORT).with(OTHER_MEMBER)).hasStatus(404);
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports").with(OTHER_MEMBER)).hasStatusOk()
            .bodyText()
            .doesNotContain("T-MRP1");
        assertThat(step("review", OTHER_COMMANDER, null)).hasStatus(404);
        assertThat(step("return", OTHER_COMMANDER, "{\"comment\":\"no\"}")).hasStatus(404);
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports/" + REPORT).with(OTHER_COMMANDER)).hasStatus(404);
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports").with(OTHER_COMMANDER)).bodyText()
            .doesNotContain("T-MRP1");
        assertThat(status()).isEqualTo("SUBMITTED");
        // The commander of the parent mission reaches the component's report.
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports?mission=T-MR1").with(COMMANDER)).hasStatusOk()
            .bodyText()
            .contains(REPORT);
        // A member reads their own person record and deployments only.
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-MRP1").with(MEMBER)).hasStatusOk();
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-MRP2").with(MEMBER)).hasStatus(404);
        assertThat(this.mvc.get().uri("/api/v1/deployments").with(MEMBER)).hasStatusOk()
            .bodyText()
            .contains("T-MRD1")
            .doesNotContain("T-MRD2");
        assertThat(this.mvc.get().uri("/people").with(MEMBER)).hasStatusOk()
            .bodyText()
            .contains("Mrfontaine")
            .doesNotContain("Mrgagnon");
        // The list's download holds what the list shows, and nothing of another member or
        // mission.
        assertThat(this.mvc.get().uri("/monthly-reports/export.csv").with(OTHER_MEMBER)).hasStatusOk()
            .bodyText()
            .doesNotContain("T-MRP1");
        assertThat(this.mvc.get().uri("/monthly-reports/export.csv").with(OTHER_COMMANDER)).hasStatusOk()
            .bodyText()
            .doesNotContain("T-MRP1");
        assertThat(this.mvc.get().uri("/monthly-reports/export.csv").with(COMMANDER)).hasStatusOk()
            .bodyText()
            .contains("2030-05,T-MRP1,\"Mrfontaine, Odile\",T-MR1-C,SUBMITTED");
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

    private void approve(String body) {
        assertThat(create(body)).hasStatus(201);
        assertThat(step("submit", MEMBER, null)).hasStatusOk();
        assertThat(step("review", COMMANDER, null)).hasStatusOk();
        assertThat(step("approve", ADMIN, null)).hasStatusOk();
    }

    MvcTestResult step(String step, RequestPostProcessor caller, String body) {
        var request = this.mvc.post().uri("/api/v1/monthly-reports/" + REPORT + "/" + step).with(caller).with(csrf());
        if (body != null) {
            request = request.contentType("application/json").content(body);
        }
        return request.exchange();
    }

    private String status() {
        return this.jdbc
            .sql("select status from monthly_report r join person p on p.id = r.person_id"
                    + " where p.external_id = 'T-MRP1' and r.month = date '2030-05-01'")
            .query(String.class)
            .single();
    }

    private int version() {
        return this.jdbc
            .sql("select r.version from monthly_report r join person p on p.id = r.person_id"
                    + " where p.external_id = 'T-MRP1' and r.month = date '2030-05-01'")
            .query(Integer.class)
            .single();
    }

    private int audits(String action) {
        return this.jdbc
            .sql("select count(*) from audit_event where entity = 'monthly_report' and key = ?" + " and action = ?")
            .params(REPORT, action)
            .query(Integer.class)
            .single();
    }

    private List<Map<String, Object>> activities() {
        return this.jdbc.sql("""
                select a.external_id, m.code, a.date, a.category, a.type, a.sessions, a.participants,
                       a.participants_women
                from activity a join mission m on m.id = a.mission_id
                where a.external_id like 'MR-T-MRP1-%' order by a.external_id""").query().listOfRows();
    }

    private static List<RequestPostProcessor> except(List<RequestPostProcessor> all, RequestPostProcessor... allowed) {
        return all.stream().filter((caller) -> !List.of(allowed).contains(caller)).toList();
    }

}
