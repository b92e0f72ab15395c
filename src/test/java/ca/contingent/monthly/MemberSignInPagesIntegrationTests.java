package ca.contingent.monthly;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A fresh deployed member, end to end through the pages: an administrator creates the
 * MEMBER user on the Users page, the member signs in with their password and files, fixes
 * and submits a monthly report. Also the user API's rules for a member's person.
 * Everything rolls back.
 */
@IntegrationTest
@Transactional
class MemberSignInPagesIntegrationTests {

    private static final String PASSWORD = "a-long-enough-password-42";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        MonthlyReportWorkflowIntegrationTests.records(this.jdbc);
        new TestRecords(this.jdbc).person("T-MRP5", "Mrjoly", "Théodore", "M", "POLICE", "T-MRA", "fr")
            .deployment("T-MRD5", "T-MRP5", "T-MR1", "SHORT", "2030-06-01", "2030-08-31", "DEPLOYED");
    }

    @Test
    void anAdministratorCreatesAMemberWhoSignsInAndFilesAReport() {
        assertThat(this.mvc.get().uri("/users/new").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("T-MRP5")
            .contains("name=\"person\"");
        assertThat(this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .with(csrf())
            .param("username", "t-mr-newmember")
            .param("password", PASSWORD)
            .param("role", "MEMBER")
            .param("person", "T-MRP5")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/users/t-mr-newmember");
        assertThat(this.mvc.get().uri("/users/t-mr-newmember").with(TestUsers.admin())).bodyText()
            .contains("T-MRP5")
            .contains("Deployed member");

        MockHttpSession session = signIn("t-mr-newmember", PASSWORD);
        assertThat(this.mvc.get().uri("/").session(session)).hasStatusOk()
            .bodyText()
            .contains("/monthly-reports")
            .doesNotContain("href=\"/imports\"");
        assertThat(this.mvc.get().uri("/people/T-MRP5").session(session)).hasStatusOk();
        assertThat(this.mvc.get().uri("/people/T-MRP1").session(session)).hasStatus(404);
        assertThat(this.mvc.get().uri("/reports/annual").session(session)).hasStatus(403);
        assertThat(this.mvc.get().uri("/monthly-reports/new").session(session)).hasStatusOk()
            .bodyText()
            .contains("T-MRD5");

        // A wrong line is shown next to its row, and nothing is written.
        assertThat(this.mvc.post()
            .uri("/monthly-reports/new")
            .session(session)
            .with(csrf())
            .param("month", "2030-07")
            .param("lines[0].category", "TRAINING")
            .param("lines[0].type", "Checkpoint drill")
            .param("lines[0].sessions", "2")
            .param("lines[0].participants", "10")
            .param("lines[0].participantsWomen", "11")).hasStatusOk().bodyText().contains("Line 1, participants_women");
        assertThat(this.jdbc
            .sql("select count(*) from monthly_report r join person p on p.id = r.person_id"
                    + " where p.external_id = 'T-MRP5'")
            .query(Integer.class)
            .single()).isZero();

        MvcTestResult created = this.mvc.post()
            .uri("/monthly-reports/new")
            .session(session)
            .with(csrf())
            .param("month", "2030-07")
            .param("deployment", "")
            .param("lines[0].category", "TRAINING")
            .param("lines[0].type", "Checkpoint drill")
            .param("lines[0].sessions", "2")
            .param("lines[0].participants", "10")
            .param("lines[0].participantsWomen", "4")
            .param("lines[1].category", "")
            .param("lines[1].type", "")
            .param("lines[1].sessions", "")
            .param("lines[1].participants", "")
            .param("lines[1].participantsWomen", "")
            .param("results", "Checkpoints now staffed at night")
            .param("narrative", "Rainy season.")
            .exchange();
        assertThat(created).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/monthly-reports/T-MRP5-2030-07");
        assertThat(this.mvc.get().uri("/monthly-reports/T-MRP5-2030-07").session(session)).hasStatusOk()
            .bodyText()
            .contains("Checkpoint drill")
            .contains("Draft")
            .contains("/monthly-reports/T-MRP5-2030-07/submit");

        assertThat(this.mvc.post().uri("/monthly-reports/T-MRP5-2030-07/submit").session(session).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/monthly-reports").session(session)).hasStatusOk()
            .bodyText()
            .contains("2030-07")
            .contains("Submitted")
            .doesNotContain("T-MRP1");
        assertThat(this.jdbc
            .sql("select status from monthly_report r join person p on p.id = r.person_id"
                    + " where p.external_id = 'T-MRP5'")
            .query(String.class)
            .single()).isEqualTo("SUBMITTED");
    }

    @Test
    void theCommanderReturnsAndTheMemberFixesAndResubmitsThroughThePages() {
        MockHttpSession member = signInAs("t-mr-pagemember");
        assertThat(this.mvc.post()
            .uri("/monthly-reports/new")
            .session(member)
            .with(csrf())
            .param("month", "2030-06")
            .param("lines[0].category", "ADVISORY")
            .param("lines[0].type", "Advice to the chief")
            .param("lines[0].sessions", "1")).hasStatus3xxRedirection();
        assertThat(this.mvc.post().uri("/monthly-reports/T-MRP5-2030-06/submit").session(member).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(this.mvc.get()
            .uri("/monthly-reports/T-MRP5-2030-06")
            .with(MonthlyReportWorkflowIntegrationTests.COMMANDER)).hasStatusOk()
            .bodyText()
            .contains("/monthly-reports/T-MRP5-2030-06/return")
            .contains("/monthly-reports/T-MRP5-2030-06/review");
        assertThat(this.mvc.post()
            .uri("/monthly-reports/T-MRP5-2030-06/return")
            .with(MonthlyReportWorkflowIntegrationTests.COMMANDER)
            .with(csrf())
            .param("comment", "Name the chief")).hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/monthly-reports/T-MRP5-2030-06").session(member)).bodyText()
            .contains("Name the chief")
            .contains("Returned")
            .contains("t-mr-cmdr1");
        int version = this.jdbc
            .sql("select r.version from monthly_report r join person p on p.id = r.person_id"
                    + " where p.external_id = 'T-MRP5'")
            .query(Integer.class)
            .single();
        assertThat(this.mvc.get().uri("/monthly-reports/T-MRP5-2030-06/edit").session(member)).hasStatusOk()
            .bodyText()
            .contains("Advice to the chief");
        assertThat(this.mvc.post()
            .uri("/monthly-reports/T-MRP5-2030-06/edit")
            .session(member)
            .with(csrf())
            .param("version", String.valueOf(version))
            .param("lines[0].category", "ADVISORY")
            .param("lines[0].type", "Advice to Chief Dorval")
            .param("lines[0].sessions", "1")).hasStatus3xxRedirection();
        assertThat(this.mvc.post().uri("/monthly-reports/T-MRP5-2030-06/submit").session(member).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(this.jdbc
            .sql("select l.type from monthly_report_line l join monthly_report r on r.id = l.report_id"
                    + " join person p on p.id = r.person_id where p.external_id = 'T-MRP5'")
            .query(String.class)
            .single()).isEqualTo("Advice to Chief Dorval");
    }

    @Test
    void theUserApiRequiresAKnownPersonForAMember() {
        String body = "{\"username\":\"t-mr-apimember\",\"password\":\"%s\",\"role\":\"MEMBER\"%s}";
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/json")
            .content(body.formatted(PASSWORD, ""))).hasStatus(422)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("person");
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/json")
            .content(body.formatted(PASSWORD, ",\"person\":\"T-NO-SUCH\""))).hasStatus(422)
            .bodyText()
            .contains("T-NO-SUCH");
        // One account per person.
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/json")
            .content(body.formatted(PASSWORD, ",\"person\":\"T-MRP1\""))).hasStatus(422);
        // Another role carries no person.
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/json")
            .content("{\"username\":\"t-mr-apianalyst\",\"password\":\"%s\",\"role\":\"ANALYST\",\"person\":\"T-MRP5\"}"
                .formatted(PASSWORD)))
            .hasStatus(422);
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/json")
            .content(body.formatted(PASSWORD, ",\"person\":\"T-MRP5\""))).hasStatus(201)
            .bodyJson()
            .extractingPath("$.person")
            .isEqualTo("T-MRP5");
        assertThat(this.jdbc.sql("select count(*) from audit_event where entity = 'user' and key = 't-mr-apimember'")
            .query(Integer.class)
            .single()).isOne();
    }

    private MockHttpSession signInAs(String username) {
        assertThat(this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/json")
            .content("{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"MEMBER\",\"person\":\"T-MRP5\"}"
                .formatted(username, PASSWORD)))
            .hasStatus(201);
        return signIn(username, PASSWORD);
    }

    private MockHttpSession signIn(String username, String password) {
        MvcTestResult result = this.mvc.post()
            .uri("/login")
            .param("username", username)
            .param("password", password)
            .with(csrf())
            .exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

}
