package ca.contingent.reporting;

import java.time.LocalDate;

import ca.contingent.IntegrationTest;
import ca.contingent.reporting.AnnualReport.MissionFigures;
import ca.contingent.shared.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's counting rules, checked on the real SQL behind every report: fiscal-year
 * 2031-32 holds only this test's records, and everything rolls back.
 */
@IntegrationTest
@Transactional
class CountingRulesIntegrationTests {

    static final FiscalYear YEAR = FiscalYear.parse("2031-32");

    @Autowired
    AnnualReports reports;

    @Autowired
    JdbcClient jdbc;

    int partnersBefore;

    @BeforeEach
    void fixture() {
        this.partnersBefore = this.jdbc.sql("select count(*) from agency where partner_since <= '2032-03-31'")
            .query(Integer.class)
            .single();
        agency("T-OLD", "2020-01-01");
        agency("T-NEW", "2031-04-01");
        agency("T-LAST", "2032-03-31");
        agency("T-LATER", "2032-04-01");
        mission("T-PARENT", null);
        mission("T-C1", "T-PARENT");
        mission("T-C2", "T-PARENT");
        mission("T-SOLO", null);
        mission("T-EMPTY", null);
    }

    @Test
    void countsDeploymentsTouchingTheFirstOrLastDayOfTheYear() {
        person("T-1", "F", "T-OLD");
        person("T-2", "M", "T-OLD");
        person("T-3", "M", "T-OLD");
        person("T-4", "M", "T-OLD");
        deployment("T-1", "T-SOLO", "2030-10-01", "2031-04-01", "COMPLETED", false);
        deployment("T-2", "T-SOLO", "2032-03-31", "2032-09-30", "DEPLOYED", false);
        deployment("T-3", "T-SOLO", "2030-10-01", "2031-03-31", "COMPLETED", false);
        deployment("T-4", "T-SOLO", "2032-04-01", "2032-09-30", "DEPLOYED", false);

        MissionFigures solo = mission(this.reports.of(YEAR, "en"), "T-SOLO");
        assertThat(solo.personnel()).isEqualTo(2);
        assertThat(solo.women()).isEqualTo(1);
    }

    @Test
    void plannedAndCancelledDeploymentsDoNotCount() {
        person("T-1", "F", "T-OLD");
        person("T-2", "M", "T-OLD");
        person("T-3", "M", "T-OLD");
        deployment("T-1", "T-SOLO", "2031-05-01", "2031-10-31", "PLANNED", false);
        deployment("T-2", "T-SOLO", "2031-05-01", "2031-10-31", "CANCELLED", false);
        deployment("T-3", "T-SOLO", "2031-05-01", "2031-10-31", "COMPLETED", false);

        AnnualReport report = this.reports.of(YEAR, "en");
        assertThat(mission(report, "T-SOLO").personnel()).isEqualTo(1);
        assertThat(report.totals().personnel()).isEqualTo(1);
        assertThat(report.missions()).extracting(MissionFigures::code).doesNotContain("T-EMPTY");
    }

    @Test
    void aPersonInTwoComponentsCountsOnceForTheParent() {
        person("T-1", "F", "T-OLD");
        deployment("T-1", "T-C1", "2031-04-01", "2031-06-30", "COMPLETED", false);
        deployment("T-1", "T-C2", "2031-07-01", "2031-12-31", "COMPLETED", false);

        AnnualReport report = this.reports.of(YEAR, "en");
        assertThat(mission(report, "T-C1").personnel()).isEqualTo(1);
        assertThat(mission(report, "T-C2").personnel()).isEqualTo(1);
        MissionFigures parent = mission(report, "T-PARENT");
        assertThat(parent.personnel()).isEqualTo(1);
        assertThat(parent.women()).isEqualTo(1);
        assertThat(parent.parent()).isNull();
        assertThat(mission(report, "T-C1").parent()).isEqualTo("T-PARENT");
        assertThat(report.totals().missions()).isEqualTo(1);
    }

    @Test
    void aPersonInTwoMissionsCountsOnceInTheTotals() {
        person("T-1", "F", "T-OLD");
        person("T-2", "M", "T-NEW");
        deployment("T-1", "T-SOLO", "2031-04-01", "2031-06-30", "COMPLETED", true);
        deployment("T-1", "T-C1", "2031-07-01", "2031-12-31", "COMPLETED", true);
        deployment("T-2", "T-C1", "2031-07-01", "2031-12-31", "DEPLOYED", false);

        AnnualReport.Totals totals = this.reports.of(YEAR, "en").totals();
        assertThat(totals.personnel()).isEqualTo(2);
        assertThat(totals.women()).isEqualTo(1);
        assertThat(totals.womenPercent()).isEqualTo(50);
        assertThat(totals.missions()).isEqualTo(2);
        assertThat(totals.contributingAgencies()).isEqualTo(2);
        assertThat(totals.womenInLeadership()).isEqualTo(1);
    }

    @Test
    void womenInLeadershipCountsWomenLeadingOnlyInCountingDeployments() {
        person("T-1", "F", "T-OLD");
        person("T-2", "M", "T-OLD");
        person("T-3", "F", "T-OLD");
        deployment("T-1", "T-SOLO", "2031-04-01", "2031-06-30", "COMPLETED", true);
        deployment("T-2", "T-SOLO", "2031-04-01", "2031-06-30", "COMPLETED", true);
        deployment("T-3", "T-SOLO", "2031-04-01", "2031-06-30", "PLANNED", true);

        assertThat(this.reports.of(YEAR, "en").totals().womenInLeadership()).isEqualTo(1);
    }

    @Test
    void partnerAgenciesAreThoseJoinedByTheLastDayAndNewOnesJoinedWithinTheYear() {
        AnnualReport.Totals totals = this.reports.of(YEAR, "en").totals();
        assertThat(totals.partnerAgencies()).isEqualTo(this.partnersBefore + 3);
        assertThat(totals.newPartnerAgencies()).isEqualTo(2);
    }

    @Test
    void agenciesOfAMissionAreSortedByPersonnelThenCode() {
        agency("T-AAA", "2020-01-01");
        person("T-1", "M", "T-OLD");
        person("T-2", "M", "T-OLD");
        person("T-3", "M", "T-NEW");
        person("T-4", "M", "T-AAA");
        for (String person : new String[] { "T-1", "T-2", "T-3", "T-4" }) {
            deployment(person, "T-SOLO", "2031-05-01", "2031-05-31", "COMPLETED", false);
        }
        assertThat(mission(this.reports.of(YEAR, "en"), "T-SOLO").agencies())
            .extracting(AnnualReport.AgencyCount::code, AnnualReport.AgencyCount::personnel)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("T-OLD", 2),
                    org.assertj.core.groups.Tuple.tuple("T-AAA", 1), org.assertj.core.groups.Tuple.tuple("T-NEW", 1));
    }

    @Test
    void activitiesOfTheYearAreSummedPerMissionCategoryAndType() {
        activity("T-A1", "T-C1", "2031-04-01", "TRAINING", "Community policing", 2, 10, 4);
        activity("T-A2", "T-C1", "2032-03-31", "TRAINING", "Community policing", 3, null, null);
        activity("T-A3", "T-C1", "2032-04-01", "TRAINING", "Community policing", 50, 50, 50);
        activity("T-A4", "T-C1", "2031-06-01", "MENTORING", "Mentoring", 7, 3, 1);

        assertThat(this.reports.of(YEAR, "en").activities()).filteredOn((activity) -> activity.mission().equals("T-C1"))
            .containsExactly(new AnnualReport.ActivityFigures("T-C1", "MENTORING", "Mentoring", 7, 3, 1),
                    new AnnualReport.ActivityFigures("T-C1", "TRAINING", "Community policing", 5, 10, 4));
    }

    @Test
    void namesMissionsInTheRequestedLanguage() {
        person("T-1", "M", "T-OLD");
        deployment("T-1", "T-SOLO", "2031-05-01", "2031-05-31", "COMPLETED", false);
        assertThat(mission(this.reports.of(YEAR, "fr"), "T-SOLO").name()).isEqualTo("T-SOLO (fr)");
        assertThat(mission(this.reports.of(YEAR, "en"), "T-SOLO").name()).isEqualTo("T-SOLO (en)");
    }

    private static MissionFigures mission(AnnualReport report, String code) {
        return report.missions()
            .stream()
            .filter((m) -> m.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no figures for " + code + " in " + report.missions()));
    }

    private void agency(String code, String partnerSince) {
        this.jdbc
            .sql("insert into agency (code, name_en, name_fr, type, partner_since) values (?, ?, ?, 'MUNICIPAL', ?)")
            .params(code, code + " (en)", code + " (fr)", LocalDate.parse(partnerSince))
            .update();
    }

    private void mission(String code, String parent) {
        this.jdbc
            .sql("""
                    insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language, armed, start_date)
                    values (?, ?, ?, (select id from mission where code = ?), 'UN', 'HT', 'Somewhere', 'fr', false, '2030-01-01')
                    """)
            .params(code, code + " (en)", code + " (fr)", parent)
            .update();
    }

    private void person(String externalId, String gender, String agency) {
        this.jdbc.sql("""
                insert into person (external_id, family_name, given_name, gender, category, agency_id, languages)
                values (?, 'Test', ?, ?, 'POLICE', (select id from agency where code = ?), 'en')
                """).params(externalId, externalId, gender, agency).update();
    }

    private void deployment(String person, String mission, String start, String end, String status, boolean leads) {
        this.jdbc
            .sql("""
                    insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date, end_date, status)
                    values (?, (select id from person where external_id = ?), (select id from mission where code = ?),
                            'Advisor', ?, 'LONG', ?, ?, ?)
                    """)
            .params(person + "-" + mission + "-" + start, person, mission, leads, LocalDate.parse(start),
                    LocalDate.parse(end), status)
            .update();
    }

    private void activity(String id, String mission, String date, String category, String type, int sessions,
            Integer participants, Integer women) {
        this.jdbc
            .sql("""
                    insert into activity (external_id, mission_id, date, category, type, sessions, participants, participants_women)
                    values (?, (select id from mission where code = ?), ?, ?, ?, ?, ?, ?)
                    """)
            .params(id, mission, LocalDate.parse(date), category, type, sessions, participants, women)
            .update();
    }

}
