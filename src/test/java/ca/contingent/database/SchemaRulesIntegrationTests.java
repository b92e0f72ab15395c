package ca.contingent.database;

import java.time.LocalDate;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules the database holds by itself, whatever path a write takes (plain SQL here, no
 * Java check).
 */
@IntegrationTest
@Transactional
class SchemaRulesIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixture() {
        this.jdbc.sql(
                "insert into agency (code, name_en, name_fr, type, partner_since) values ('T-AG', 'A', 'A', 'MUNICIPAL', '2030-01-01')")
            .update();
        this.jdbc
            .sql("""
                    insert into mission (code, name_en, name_fr, organization, country, location, language, armed, start_date)
                    values ('T-M', 'M', 'M', 'UN', 'HT', 'Here', 'fr', false, '2030-01-01')""")
            .update();
        this.jdbc.sql("""
                insert into person (external_id, family_name, given_name, gender, category, agency_id, languages)
                values ('T-P', 'Doe', 'Jan', 'F', 'POLICE', (select id from agency where code = 'T-AG'), 'en')""")
            .update();
        deployment("T-D1", "2031-01-01", "2031-06-30", "DEPLOYED");
    }

    @Test
    void refusesOverlappingDeploymentsOfOnePerson() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> deployment("T-D2", "2031-06-30", "2031-12-31", "PLANNED"))
            .withMessageContaining("deployment_no_overlap");
    }

    @Test
    void letsACancelledDeploymentOverlapAndANextOneStartTheDayAfter() {
        assertThatCode(() -> {
            deployment("T-D2", "2031-03-01", "2031-04-30", "CANCELLED");
            deployment("T-D3", "2031-07-01", "2031-12-31", "PLANNED");
        }).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> deployment("T-D2", "2032-06-30", "2032-06-01", "PLANNED"))
            .withMessageContaining("deployment_dates_check");
    }

    @Test
    void refusesUnknownStatuses() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> deployment("T-D2", "2032-01-01", "2032-02-01", "ON_HOLD"));
    }

    @Test
    void refusesUnknownGenders() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> this.jdbc.sql("update person set gender = 'Q' where external_id = 'T-P'").update());
    }

    @Test
    void keepsComponentsOneLevelDeep() {
        this.jdbc
            .sql("""
                    insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language, armed, start_date)
                    values ('T-C', 'C', 'C', (select id from mission where code = 'T-M'), 'UN', 'HT', 'Here', 'fr', false, '2030-01-01')""")
            .update();
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
            .sql("""
                    insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language, armed, start_date)
                    values ('T-CC', 'C', 'C', (select id from mission where code = 'T-C'), 'UN', 'HT', 'Here', 'fr', false, '2030-01-01')""")
            .update()).withMessageContaining("component");
    }

    @Test
    void refusesDeletingAnAgencyThatPeopleBelongTo() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
            .isThrownBy(() -> this.jdbc.sql("delete from agency where code = 'T-AG'").update());
    }

    private void deployment(String id, String start, String end, String status) {
        this.jdbc
            .sql("""
                    insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date, end_date, status)
                    values (?, (select id from person where external_id = 'T-P'), (select id from mission where code = 'T-M'),
                            'Advisor', false, 'LONG', ?, ?, ?)""")
            .params(id, LocalDate.parse(start), LocalDate.parse(end), status)
            .update();
    }

}
