package ca.contingent;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records a test needs, written with SQL so that tests do not depend on the modules (or
 * the reference data) that would otherwise provide them. Codes start with {@code T-} and
 * dates lie from 2030 on, away from the 2024-25 reference figures.
 */
public final class TestRecords {

    private final JdbcClient jdbc;

    public TestRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TestRecords agency(String code) {
        this.jdbc.sql("""
                insert into agency (code, name_en, name_fr, type, partner_since)
                values (?, ?, ?, 'MUNICIPAL', date '2030-01-01')
                """).params(code, "Test agency " + code, "Organisme d’essai " + code).update();
        return this;
    }

    public TestRecords mission(String code, String parentCode) {
        this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language,
                                     armed, start_date)
                values (?, ?, ?, (select id from mission where code = ?), 'UN', 'HT', 'Port-au-Prince', 'fr', false,
                        date '2030-01-01')
                """).params(code, "Test mission " + code, "Mission d’essai " + code, parentCode).update();
        return this;
    }

    public TestRecords person(String externalId, String familyName, String givenName, String gender, String category,
            String agencyCode, String languages) {
        this.jdbc.sql("""
                insert into person (external_id, family_name, given_name, gender, category, agency_id, rank, languages)
                values (?, ?, ?, ?, ?, (select id from agency where code = ?), 'Constable', ?)
                """).params(externalId, familyName, givenName, gender, category, agencyCode, languages).update();
        return this;
    }

    public TestRecords deployment(String externalId, String person, String mission, String term, String start,
            String end, String status) {
        this.jdbc.sql("""
                insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date,
                                        end_date, status)
                values (?, (select id from person where external_id = ?), (select id from mission where code = ?),
                        'Police Advisor', false, ?, cast(? as date), cast(? as date), ?)
                """).params(externalId, person, mission, term, start, end, status).update();
        return this;
    }

    public int version(String table, String externalId) {
        return this.jdbc.sql("select version from " + table + " where external_id = ?")
            .param(externalId)
            .query(Integer.class)
            .single();
    }

    public int count(String table, String externalId) {
        return this.jdbc.sql("select count(*) from " + table + " where external_id = ?")
            .param(externalId)
            .query(Integer.class)
            .single();
    }

}
