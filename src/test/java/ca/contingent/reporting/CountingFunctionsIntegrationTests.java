package ca.contingent.reporting;

import java.time.LocalDate;
import java.util.List;

import ca.contingent.IntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 9: the counting rule's one home in the database (migration V70), asked directly:
 * {@code deployment_counts} for a year, a month and a day, {@code counted_deployment} and
 * {@code mission_person} on records of fiscal year 2031-32 only, and the restatement
 * triggers that call the rule. Everything rolls back.
 */
@IntegrationTest
@Transactional
class CountingFunctionsIntegrationTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2031, 4, 1);

    private static final LocalDate LAST_DAY = LocalDate.of(2032, 3, 31);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixture() {
        this.jdbc.sql("""
                insert into agency (code, name_en, name_fr, type, partner_since)
                values ('T-CF', 'A', 'A', 'MUNICIPAL', date '2020-01-01')""").update();
        mission("T-CF-P", null);
        mission("T-CF-C1", "T-CF-P");
        mission("T-CF-C2", "T-CF-P");
        mission("T-CF-S", null);
    }

    @ParameterizedTest(name = "{0} {1}..{2}: {3}")
    @CsvSource({ "COMPLETED, 2030-10-01, 2031-04-01, true", "DEPLOYED, 2032-03-31, 2032-09-30, true",
            "COMPLETED, 2030-10-01, 2031-03-31, false", "DEPLOYED, 2032-04-01, 2032-09-30, false",
            "DEPLOYED, 2031-06-01, 2031-06-30, true", "COMPLETED, 2030-01-01, 2033-01-01, true",
            "PLANNED, 2031-06-01, 2031-06-30, false", "CANCELLED, 2031-06-01, 2031-06-30, false" })
    void aDeploymentCountsForTheYearWhenItsStatusCountsAndItHasADayInIt(String status, LocalDate start, LocalDate end,
            boolean counts) {
        assertThat(counts(status, start, end, FIRST_DAY, LAST_DAY)).isEqualTo(counts);
    }

    @Test
    void aMonthIsItsFirstToItsLastDayAndADayIsItselfToItself() {
        LocalDate first = LocalDate.of(2032, 2, 1);
        LocalDate last = LocalDate.of(2032, 2, 29);
        assertThat(counts("DEPLOYED", LocalDate.of(2031, 12, 1), first, first, last)).isTrue();
        assertThat(counts("DEPLOYED", last, LocalDate.of(2032, 6, 1), first, last)).isTrue();
        assertThat(counts("DEPLOYED", LocalDate.of(2031, 12, 1), LocalDate.of(2032, 1, 31), first, last)).isFalse();
        assertThat(counts("COMPLETED", LocalDate.of(2032, 3, 1), LocalDate.of(2032, 3, 31), first, last)).isFalse();
        assertThat(counts("COMPLETED", first, first, first, first)).isTrue();
        assertThat(counts("COMPLETED", first, last, last, last)).isTrue();
        assertThat(counts("PLANNED", first, last, last, last)).isFalse();
    }

    @Test
    void onlyDeployedAndCompletedStatusesCount() {
        assertThat(this.jdbc.sql("""
                select s from unnest(array['PLANNED', 'DEPLOYED', 'COMPLETED', 'CANCELLED']) s
                where deployment_status_counts(s)""").query(String.class).list()).containsExactly("DEPLOYED",
                "COMPLETED");
    }

    @Test
    void countedDeploymentsAreThoseOfTheRuleWithTheirTopLevelMission() {
        person("T-CF-1", "F");
        person("T-CF-2", "M");
        person("T-CF-3", "M");
        person("T-CF-4", "M");
        deployment("T-CF-1", "T-CF-C1", "2030-10-01", "2031-04-01", "COMPLETED", true);
        deployment("T-CF-2", "T-CF-S", "2032-03-31", "2032-09-30", "DEPLOYED", false);
        deployment("T-CF-3", "T-CF-S", "2031-05-01", "2031-06-30", "PLANNED", false);
        deployment("T-CF-4", "T-CF-S", "2031-05-01", "2031-06-30", "CANCELLED", false);
        deployment("T-CF-4", "T-CF-P", "2032-04-01", "2032-06-30", "DEPLOYED", false);

        assertThat(this.jdbc.sql("""
                select p.external_id, m.code as mission, t.code as top, c.gender, c.leadership
                from counted_deployment(?, ?) c
                join person p on p.id = c.person_id
                join mission m on m.id = c.mission_id
                join mission t on t.id = c.top_mission_id
                where m.code like 'T-CF%' order by p.external_id""")
            .params(FIRST_DAY, LAST_DAY)
            .query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5)))
            .list()).containsExactly(tuple("T-CF-1", "T-CF-C1", "T-CF-P", "F", true),
                    tuple("T-CF-2", "T-CF-S", "T-CF-S", "M", false));
        // A month: the same rule from its first to its last day.
        assertThat(people("select person_id from counted_deployment(date '2032-04-01', date '2032-04-30')"))
            .containsExactly("T-CF-2", "T-CF-4");
    }

    @Test
    void aMissionCountsEachPersonOnceWithItsComponents() {
        person("T-CF-1", "F");
        person("T-CF-2", "M");
        deployment("T-CF-1", "T-CF-C1", "2031-04-01", "2031-06-30", "COMPLETED", false);
        deployment("T-CF-1", "T-CF-C2", "2031-07-01", "2031-12-31", "COMPLETED", true);
        deployment("T-CF-2", "T-CF-P", "2031-07-01", "2031-12-31", "DEPLOYED", false);
        deployment("T-CF-2", "T-CF-S", "2032-01-01", "2032-02-28", "PLANNED", true);

        List<Tuple> rows = this.jdbc.sql("""
                select m.code, p.external_id, mp.gender, mp.leadership
                from mission_person(?, ?) mp
                join mission m on m.id = mp.mission_id
                join person p on p.id = mp.person_id
                where m.code like 'T-CF%' order by m.code, p.external_id""")
            .params(FIRST_DAY, LAST_DAY)
            .query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
            .list();
        assertThat(rows).containsExactly(tuple("T-CF-C1", "T-CF-1", "F", false), tuple("T-CF-C2", "T-CF-1", "F", true),
                tuple("T-CF-P", "T-CF-1", "F", true), tuple("T-CF-P", "T-CF-2", "M", false));
    }

    /**
     * The restatement triggers of a published year follow the same rule: a deployment on
     * the year's first day restates it, one ending the day before or a planned one does
     * not.
     */
    @Test
    void restatementsFollowTheRule() {
        this.jdbc.sql("""
                insert into fiscal_year_publication (fiscal_year, first_day, last_day, published_by, report_en,
                                                     report_fr)
                values ('2031-32', ?, ?, 'test', '{}', '{}')""").params(FIRST_DAY, LAST_DAY).update();
        person("T-CF-1", "F");
        person("T-CF-2", "M");
        person("T-CF-3", "M");
        deployment("T-CF-1", "T-CF-S", "2031-01-01", "2031-04-01", "COMPLETED", false);
        deployment("T-CF-2", "T-CF-S", "2031-01-01", "2031-03-31", "COMPLETED", false);
        deployment("T-CF-3", "T-CF-S", "2031-06-01", "2031-06-30", "PLANNED", false);
        assertThat(restated()).containsExactly("T-CF-1-2031-01-01");

        // Deploying the planned one makes it count.
        this.jdbc.sql("update deployment set status = 'DEPLOYED' where external_id = 'T-CF-3-2031-06-01'").update();
        assertThat(restated()).containsExactly("T-CF-1-2031-01-01", "T-CF-3-2031-06-01");
    }

    private boolean counts(String status, LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        return this.jdbc.sql("select deployment_counts(?, ?, ?, ?, ?)")
            .params(status, start, end, from, to)
            .query(Boolean.class)
            .single();
    }

    private List<String> people(String personIds) {
        return this.jdbc
            .sql("select external_id from person where id in (" + personIds
                    + ") and external_id like 'T-CF%' order by external_id")
            .query(String.class)
            .list();
    }

    private List<String> restated() {
        return this.jdbc.sql("""
                select key from restatement where fiscal_year = '2031-32' and entity = 'deployment' order by id""")
            .query(String.class)
            .list();
    }

    private void mission(String code, String parent) {
        this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language,
                                     armed, start_date)
                values (?, ?, ?, (select id from mission where code = ?), 'UN', 'HT', 'Here', 'fr', false,
                        date '2030-01-01')""").params(code, code, code, parent).update();
    }

    private void person(String externalId, String gender) {
        this.jdbc.sql("""
                insert into person (external_id, family_name, given_name, gender, category, agency_id, languages)
                values (?, 'Test', ?, ?, 'POLICE', (select id from agency where code = 'T-CF'), 'en')""")
            .params(externalId, externalId, gender)
            .update();
    }

    private void deployment(String person, String mission, String start, String end, String status,
            boolean leadership) {
        this.jdbc.sql("""
                insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date,
                                        end_date, status)
                values (?, (select id from person where external_id = ?), (select id from mission where code = ?),
                        'Advisor', ?, 'LONG', ?, ?, ?)""")
            .params(person + "-" + start, person, mission, leadership, LocalDate.parse(start), LocalDate.parse(end),
                    status)
            .update();
    }

}
