package ca.contingent.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 9: the database's checks on fiscal years say what {@link FiscalYear} says. Every
 * {@code fiscal_year} column is held to {@code fiscal_year_valid} (or refers to one that
 * is), and that function accepts exactly the texts {@link FiscalYear#parse} reads. Every
 * write here is rolled back.
 */
@IntegrationTest
class FiscalYearRuleIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyFiscalYearColumnIsHeldToTheOneRule() {
        List<String> tables = this.jdbc.sql("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'fiscal_year' order by table_name""")
            .query(String.class)
            .list();
        assertThat(tables).contains("fiscal_year_publication", "highlight", "indicator_target", "restatement");
        for (String table : tables) {
            List<String> rules = this.jdbc.sql("""
                    select pg_get_constraintdef(c.oid) from pg_constraint c
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
                    where c.conrelid = cast(? as regclass) and a.attname = 'fiscal_year' and c.contype in ('c', 'f')""")
                .param(table)
                .query(String.class)
                .list();
            assertThat(rules).as(table)
                .anySatisfy((rule) -> assertThat(rule).satisfiesAnyOf(
                        (check) -> assertThat(check).contains("fiscal_year_valid((fiscal_year)::text)"),
                        (reference) -> assertThat(reference)
                            .contains("REFERENCES fiscal_year_publication(fiscal_year)")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-25", "1999-00", "1900-01", "2998-99", "1899-00", "2999-00", "0999-00", "9999-00",
            "2024-99", "2024-26", "2025-24", "2024-2025", "24-25", "2024/25", "2024-25 x", "abcd-ef", "", "2024-5",
            "20245-26", "٢٠٢٤-٢٥" })
    void theDatabaseAcceptsExactlyWhatFiscalYearReads(String text) {
        assertThat(database(text)).as(text).isEqualTo(java(text));
    }

    /**
     * Seeded: texts of the right shape over the whole range of four digits (where the
     * bounds and the consecutive years decide), and texts of other shapes.
     */
    @Test
    void agreeOnGeneratedTexts() {
        long seed = System.nanoTime();
        System.out.println("FiscalYearRuleIntegrationTests seed: " + seed);
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int start = random.nextInt(10_000);
            int end = random.nextBoolean() ? (start + 1) % 100 : random.nextInt(100);
            texts.add(String.format("%04d-%02d", start, end));
        }
        String alphabet = "0123456789-/ aZ";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(10); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString().strip());
        }
        List<Boolean> answers = this.jdbc.sql("select fiscal_year_valid(t) from unnest(cast(? as text[])) t")
            .param(texts.toArray(String[]::new))
            .query(Boolean.class)
            .list();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(answers.get(i)).as("%s (seed %d)", texts.get(i), seed).isEqualTo(java(texts.get(i)));
        }
    }

    /**
     * The bug of issue 9: a publication took 2024-99, whose first and last days are those
     * of 2024-25.
     */
    @Test
    void eachTableRefusesWhatFiscalYearRefuses() {
        for (String invalid : List.of("2024-99", "1899-00")) {
            assertThat(java(invalid)).isFalse();
            refused((jdbc) -> jdbc.sql("""
                    insert into fiscal_year_publication (fiscal_year, first_day, last_day, published_by, report_en,
                                                         report_fr)
                    values (?, date '2024-04-01', date '2025-03-31', 'test', '{}', '{}')""").param(invalid).update());
            refused((jdbc) -> highlight(jdbc, invalid));
            refused((jdbc) -> target(jdbc, invalid));
        }
        accepted((jdbc) -> highlight(jdbc, "2030-31"));
        accepted((jdbc) -> target(jdbc, "2030-31"));
    }

    private void highlight(JdbcClient jdbc, String year) {
        jdbc.sql(
                """
                        insert into mission (code, name_en, name_fr, organization, country, location, language, armed, start_date)
                        values ('T-FY', 'M', 'M', 'UN', 'HT', 'Here', 'fr', false, date '2030-01-01')""")
            .update();
        jdbc.sql("""
                insert into highlight (mission_id, fiscal_year, position, title_en, title_fr, text_en, text_fr)
                values ((select id from mission where code = 'T-FY'), ?, 1, 'T', 'T', 'T', 'T')""")
            .param(year)
            .update();
    }

    private void target(JdbcClient jdbc, String year) {
        jdbc.sql("insert into outcome (code, name_en, name_fr, level) values ('T-FY-U', 'U', 'U', 'ULTIMATE')")
            .update();
        jdbc.sql("""
                insert into indicator (code, name_en, name_fr, outcome_id, numerator, unit)
                values ('T-FY-I', 'I', 'I', (select id from outcome where code = 'T-FY-U'), 'SESSIONS', 'COUNT')""")
            .update();
        jdbc.sql("""
                insert into indicator_target (indicator_id, fiscal_year, target)
                values ((select id from indicator where code = 'T-FY-I'), ?, 1)""").param(year).update();
    }

    private void refused(Consumer<JdbcClient> write) {
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> rolledBack(write));
    }

    private void accepted(Consumer<JdbcClient> write) {
        assertThatCode(() -> rolledBack(write)).doesNotThrowAnyException();
    }

    private void rolledBack(Consumer<JdbcClient> write) {
        new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
            status.setRollbackOnly();
            write.accept(this.jdbc);
        });
    }

    private boolean database(String text) {
        return this.jdbc.sql("select fiscal_year_valid(?)").params(List.of(text)).query(Boolean.class).single();
    }

    private static boolean java(String text) {
        try {
            FiscalYear.parse(text);
            return true;
        }
        catch (InvalidFiscalYearException ex) {
            return false;
        }
    }

}
