package ca.contingent.publication;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the restatement triggers cost a bulk write: 100,000 deployments inserted and then
 * updated in one statement each, with the triggers off, with a publication elsewhere (the
 * rows restate nothing), and inside a published year (every row is a restatement), and
 * the naming of their users that commit runs. Not a test: it asserts nothing, runs only
 * with {@code ./mvnw -Pbenchmark verify} and rolls back.
 */
@IntegrationTest
@Transactional
class RestatementBenchmark {

    private static final int PEOPLE = 20_000;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bulkWrites() {
        this.jdbc.sql("""
                insert into agency (code, name_en, name_fr, type, partner_since)
                values ('T-BEN-A', 'Bench', 'Banc', 'MUNICIPAL', date '2030-01-01')""").update();
        this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, organization, country, location, language, armed,
                                     start_date)
                values ('T-BEN-M', 'Bench', 'Banc', 'UN', 'HT', 'Jacmel', 'fr', false, date '2030-01-01')""").update();
        this.jdbc.sql("""
                insert into person (external_id, family_name, given_name, gender, category, agency_id, languages)
                select 'T-BEN-P' || i, 'Bench', 'Person', 'F', 'POLICE', (select id from agency where code = 'T-BEN-A'),
                       'en'
                from generate_series(1, ?) i""").param(PEOPLE).update();
        this.jdbc.sql("""
                insert into fiscal_year_publication (fiscal_year, first_day, last_day, published_by, report_en,
                                                     report_fr)
                values ('2041-42', date '2041-04-01', date '2042-03-31', 'bench', '{}', '{}')""").update();
        for (String[] run : new String[][] { { "triggers off", "2043", "off" },
                { "published year elsewhere", "2045", "on" }, { "every row restates", "2041", "on" } }) {
            if ("off".equals(run[2])) {
                this.jdbc.sql("alter table deployment disable trigger user").update();
            }
            long started = System.nanoTime();
            this.jdbc
                .sql("""
                        insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date,
                                                end_date, status)
                        select 'T-BEN-D' || ? || '-' || p.id || '-' || k, p.id, (select id from mission where code = 'T-BEN-M'),
                               'Bench', false, 'SHORT', make_date(?, 4 + k, 1), make_date(?, 4 + k, 20), 'COMPLETED'
                        from person p cross join generate_series(0, 4) k where p.external_id like 'T-BEN-P%'""")
                .params(run[1], Integer.parseInt(run[1]), Integer.parseInt(run[1]))
                .update();
            long inserted = System.nanoTime();
            this.jdbc.sql("update deployment set leadership = true where external_id like ?")
                .param("T-BEN-D" + run[1] + "-%")
                .update();
            long updated = System.nanoTime();
            if ("off".equals(run[2])) {
                this.jdbc.sql("alter table deployment enable trigger user").update();
            }
            System.out.printf("[benchmark] %,d deployments, %s: insert %,d ms, update %,d ms%n", PEOPLE * 5, run[0],
                    (inserted - started) / 1_000_000, (updated - inserted) / 1_000_000);
        }
        // What the commit adds: the deferred triggers that name each restatement's user
        // (the test rolls back).
        long naming = System.nanoTime();
        this.jdbc.sql("set constraints all immediate").update();
        System.out.printf("[benchmark] naming the users at commit: %,d ms%n", (System.nanoTime() - naming) / 1_000_000);
        System.out.printf("[benchmark] restatements written: %,d%n",
                this.jdbc.sql("select count(*) from restatement where fiscal_year = '2041-42'")
                    .query(Long.class)
                    .single());
    }

}
