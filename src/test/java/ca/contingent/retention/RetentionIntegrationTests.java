package ca.contingent.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The retention rule, the anonymisation and the page, on people of this test's own (codes
 * T-RET-*) next to the reference data; everything rolls back. "Today" is passed in, so
 * the boundary is exact whatever day the test runs.
 */
@IntegrationTest
@Transactional
class RetentionIntegrationTests {

    /**
     * With the default of 7 years, the cutoff is 2033-06-15: a last deployment ending
     * before it is due.
     */
    private static final LocalDate TODAY = LocalDate.parse("2040-06-15");

    @Autowired
    Retention retention;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob job;

    @Autowired
    ScheduledTaskHolder tasks;

    @BeforeEach
    void mission() {
        this.jdbc
            .sql("""
                    insert into mission (code, name_en, name_fr, organization, country, location, language, armed, start_date)
                    values ('T-RET', 'Retention (en)', 'Retention (fr)', 'UN', 'HT', 'Somewhere', 'fr', false, '2000-01-01')
                    """)
            .update();
    }

    @Test
    void dueWhenTheLastDeploymentThatIsNotCancelledEndedMoreThanTheYearsBeforeToday() {
        long withoutBefore = this.retention.preview(TODAY).withoutDeployment();
        person("T-RET-DAY-BEFORE");
        deployment("T-RET-DAY-BEFORE", "2030-01-01", "2033-06-14", "COMPLETED");
        person("T-RET-ON-CUTOFF");
        deployment("T-RET-ON-CUTOFF", "2030-01-01", "2033-06-15", "COMPLETED");
        person("T-RET-CANCELLED-LATER");
        deployment("T-RET-CANCELLED-LATER", "2019-01-01", "2020-12-31", "COMPLETED");
        deployment("T-RET-CANCELLED-LATER", "2038-01-01", "2039-12-31", "CANCELLED");
        person("T-RET-PLANNED-LATER");
        deployment("T-RET-PLANNED-LATER", "2019-01-01", "2020-12-31", "COMPLETED");
        deployment("T-RET-PLANNED-LATER", "2035-01-01", "2035-12-31", "PLANNED");
        person("T-RET-ONLY-CANCELLED");
        deployment("T-RET-ONLY-CANCELLED", "2010-01-01", "2010-12-31", "CANCELLED");
        person("T-RET-NONE");

        RetentionPreview preview = this.retention.preview(TODAY);

        assertThat(preview.cutoff()).isEqualTo("2033-06-15");
        assertThat(preview.due()).extracting(DuePerson::externalId)
            .filteredOn((id) -> id.startsWith("T-RET"))
            .containsExactly("T-RET-CANCELLED-LATER", "T-RET-DAY-BEFORE");
        assertThat(preview.due()).filteredOn((p) -> p.externalId().equals("T-RET-DAY-BEFORE"))
            .singleElement()
            .isEqualTo(
                    new DuePerson("T-RET-DAY-BEFORE", "Zyxfamily", "Zyxgiven", "RCMP", LocalDate.parse("2033-06-14")));
        // Only a cancelled deployment, or none: left to review, counted apart.
        assertThat(preview.withoutDeployment()).isEqualTo(withoutBefore + 2);
        assertThat(this.retention.preview(LocalDate.parse("2040-06-14")).due()).extracting(DuePerson::externalId)
            .filteredOn((id) -> id.startsWith("T-RET"))
            .containsExactly("T-RET-CANCELLED-LATER");

        this.retention.anonymise(TODAY);

        assertThat(anonymised("T-RET-DAY-BEFORE")).isTrue();
        assertThat(anonymised("T-RET-CANCELLED-LATER")).isTrue();
        assertThat(anonymised("T-RET-ON-CUTOFF")).isFalse();
        assertThat(anonymised("T-RET-PLANNED-LATER")).isFalse();
        assertThat(anonymised("T-RET-ONLY-CANCELLED")).isFalse();
        assertThat(anonymised("T-RET-NONE")).isFalse();
    }

    @Test
    void namesRankAndRolesAreReplacedAndEverythingElseIsKept() {
        person("T-RET-A");
        deployment("T-RET-A", "2010-01-01", "2010-12-31", "COMPLETED");
        deployment("T-RET-A", "2012-01-01", "2012-06-30", "CANCELLED");
        this.jdbc.sql("update deployment set leadership = true where external_id = 'T-RET-A-2010-01-01'").update();
        List<Map<String, Object>> linksBefore = links("T-RET-A");
        Map<String, Object> kept = kept("T-RET-A");
        long id = this.jdbc.sql("select id from person where external_id = 'T-RET-A'").query(Long.class).single();

        this.retention.anonymise(TODAY);

        Map<String, Object> row = this.jdbc.sql("""
                select family_name, given_name, rank, family_key, anonymised_at is not null as anonymised
                from person where external_id = 'T-RET-A'""").query().singleRow();
        assertThat(row).containsEntry("family_name", "Anonymised")
            .containsEntry("given_name", "Person " + id)
            .containsEntry("rank", null)
            .containsEntry("family_key", "anonymised")
            .containsEntry("anonymised", true);
        assertThat(kept("T-RET-A")).isEqualTo(kept);
        assertThat(links("T-RET-A")).isEqualTo(linksBefore).hasSize(2);
        assertThat(
                this.jdbc.sql("select role from deployment where person_id = ?").param(id).query(String.class).list())
            .containsOnly("—");
    }

    @Test
    void theFreeTextOfTheirMonthlyReportsIsBlankedAndTheReportsAreKept() {
        person("T-RET-M");
        deployment("T-RET-M", "2010-01-01", "2010-12-31", "COMPLETED");
        long report = this.jdbc.sql("""
                insert into monthly_report (person_id, deployment_id, month, status, results, narrative, created_at,
                                            updated_at)
                select d.person_id, d.id, date '2010-05-01', 'APPROVED', 'Met the chief, Mr Example.', 'Long story.',
                       now(), now()
                from deployment d join person p on p.id = d.person_id where p.external_id = 'T-RET-M'
                returning id""").query(Long.class).single();
        this.jdbc.sql("""
                insert into monthly_report_step (report_id, at, username, from_status, to_status, comment)
                values (?, now(), 'officer', 'SUBMITTED', 'RETURNED', 'Ask Ms Example about it.')""")
            .param(report)
            .update();

        this.retention.anonymise(TODAY);

        assertThat(this.jdbc.sql("select results || '|' || narrative || '|' || status from monthly_report where id = ?")
            .param(report)
            .query(String.class)
            .single()).isEqualTo("||APPROVED");
        assertThat(this.jdbc.sql("select comment from monthly_report_step where report_id = ?")
            .param(report)
            .query(String.class)
            .list()).containsOnlyNulls();
    }

    @Test
    void anAnonymisedPersonIsNotDoneAgainAndItsAuditEventHoldsNoPersonalData() {
        person("T-RET-B");
        deployment("T-RET-B", "2010-01-01", "2010-12-31", "COMPLETED");

        int first = this.retention.anonymise(TODAY);
        int version = this.jdbc.sql("select version from person where external_id = 'T-RET-B'")
            .query(Integer.class)
            .single();

        assertThat(first).isPositive();
        assertThat(this.retention.anonymise(TODAY)).isZero();
        assertThat(this.retention.preview(TODAY).dueCount()).isZero();
        assertThat(
                this.jdbc.sql("select version from person where external_id = 'T-RET-B'").query(Integer.class).single())
            .isEqualTo(version);
        List<Map<String, Object>> events = this.jdbc.sql("""
                select username, action, entity, before::text as before, after::text as after
                from audit_event where entity = 'person' and key = 'T-RET-B'""").query().listOfRows();
        assertThat(events).singleElement().satisfies((event) -> {
            assertThat(event).containsEntry("username", "system")
                .containsEntry("action", "UPDATE")
                .containsEntry("before", null);
            assertThat((String) event.get("after")).contains("anonymised under the retention rule")
                .contains("family_name")
                .doesNotContain("Zyx")
                .doesNotContain("Sergeant")
                .doesNotContain("Secret role");
        });
    }

    @Test
    void namesWrittenBackByAnImportOrAnEditMakeThePersonDueAgain() {
        person("T-RET-BACK");
        deployment("T-RET-BACK", "2010-01-01", "2010-12-31", "COMPLETED");
        this.retention.anonymise(TODAY);

        this.jdbc.sql("""
                update person set agency_id = (select id from agency where code = 'OPP')
                where external_id = 'T-RET-BACK'""").update();
        assertThat(anonymised("T-RET-BACK")).isTrue();
        this.jdbc.sql("update person set family_name = 'Zyxfamily' where external_id = 'T-RET-BACK'").update();
        assertThat(anonymised("T-RET-BACK")).isFalse();

        assertThat(this.retention.preview(TODAY).due()).extracting(DuePerson::externalId).contains("T-RET-BACK");
        this.retention.anonymise(TODAY);
        assertThat(anonymised("T-RET-BACK")).isTrue();
        assertThat(this.jdbc.sql("select family_name from person where external_id = 'T-RET-BACK'")
            .query(String.class)
            .single()).isEqualTo("Anonymised");
    }

    @Test
    void theJobRunsNightlyOnTheClocksTodayAsTheSystem() {
        person("T-RET-JOB");
        deployment("T-RET-JOB", "2010-01-01", "2010-12-31", "COMPLETED");

        assertThat(this.tasks.getScheduledTasks()).extracting(ScheduledTask::getTask)
            .filteredOn(CronTask.class::isInstance)
            .map((task) -> ((CronTask) task).getExpression())
            .contains("0 30 2 * * *");
        this.job.run();

        assertThat(anonymised("T-RET-JOB")).isTrue();
        assertThat(this.jdbc.sql("select username from audit_event where entity = 'person' and key = 'T-RET-JOB'")
            .query(String.class)
            .single()).isEqualTo("system");
    }

    @Test
    void administratorsPreviewAndRunItOnThePageInEnglishAndFrench() {
        new Accounts(this.jdbc).headquarters();
        person("T-RET-PAGE");
        deployment("T-RET-PAGE", "2010-01-01", "2010-12-31", "COMPLETED");

        assertThat(this.mvc.get().uri("/retention").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Retention of personal data")
            .contains("T-RET-PAGE")
            .contains("Zyxfamily, Zyxgiven")
            .contains("2010-12-31")
            .contains("Anonymise now")
            .contains("href=\"/retention\"");
        assertThat(this.mvc.get().uri("/retention?lang=fr").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Conservation des renseignements personnels")
            .contains("T-RET-PAGE")
            .contains("Anonymiser maintenant")
            .contains("plus de 7 ans");

        assertThat(this.mvc.post().uri("/retention/run").with(TestUsers.admin()).with(csrf()))
            .hasStatus(HttpStatus.FOUND)
            .hasRedirectedUrl("/retention")
            .flash()
            .containsKey("flash");
        assertThat(anonymised("T-RET-PAGE")).isTrue();
        assertThat(this.jdbc.sql("select username from audit_event where entity = 'person' and key = 'T-RET-PAGE'")
            .query(String.class)
            .single()).isEqualTo("admin");
        assertThat(this.mvc.get().uri("/retention?lang=fr").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .doesNotContain("T-RET-PAGE");
    }

    @Test
    void theRunNeedsACsrfTokenAndOnlyAdministratorsMayUseThePage() {
        new Accounts(this.jdbc).headquarters();
        person("T-RET-DENIED");
        deployment("T-RET-DENIED", "2010-01-01", "2010-12-31", "COMPLETED");

        assertThat(this.mvc.get().uri("/retention").with(TestUsers.programOfficer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.post().uri("/retention/run").with(TestUsers.programOfficer()).with(csrf()))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.post().uri("/retention/run").with(TestUsers.admin())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.get().uri("/").with(TestUsers.programOfficer())).bodyText()
            .doesNotContain("href=\"/retention\"");
        assertThat(anonymised("T-RET-DENIED")).isFalse();
    }

    private void person(String externalId) {
        this.jdbc.sql("""
                insert into person (external_id, family_name, given_name, gender, category, agency_id, rank, languages)
                values (?, 'Zyxfamily', 'Zyxgiven', 'F', 'POLICE', (select id from agency where code = 'RCMP'),
                        'Sergeant', 'en;fr')""").param(externalId).update();
    }

    private void deployment(String person, String start, String end, String status) {
        this.jdbc
            .sql("""
                    insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date, end_date, status)
                    values (?, (select id from person where external_id = ?), (select id from mission where code = 'T-RET'),
                            'Secret role', false, 'LONG', ?, ?, ?)""")
            .params(person + "-" + start, person, LocalDate.parse(start), LocalDate.parse(end), status)
            .update();
    }

    private boolean anonymised(String externalId) {
        return this.jdbc.sql("select anonymised_at is not null from person where external_id = ?")
            .param(externalId)
            .query(Boolean.class)
            .single();
    }

    private Map<String, Object> kept(String externalId) {
        return this.jdbc.sql("""
                select id, external_id, gender, category, agency_id, languages from person where external_id = ?""")
            .param(externalId)
            .query()
            .singleRow();
    }

    private List<Map<String, Object>> links(String externalId) {
        return this.jdbc.sql("""
                select d.id, d.external_id, d.mission_id, d.leadership, d.term, d.start_date, d.end_date, d.status
                from deployment d join person p on p.id = d.person_id where p.external_id = ? order by d.id""")
            .param(externalId)
            .query()
            .listOfRows();
    }

}
