package ca.contingent.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;

import ca.contingent.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Times the annual report on a data set shaped like the one of
 * reference/performance-baselines.md (deterministic, generated in SQL), at a scale set by
 * {@code -Dbenchmark.scale} (1.0 = 100,000 people, 1,000,000 deployments, 10,000,000
 * activities; default 0.1). Not a test: it asserts nothing and runs only with
 * {@code ./mvnw -Pbenchmark
 * verify}; it prints min / median / max of 5 timed runs after 1 warm-up.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "contingent.reference-data=false", "contingent.durable=true" })
class AnnualReportBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnnualReports reports;

    @Test
    void annualReport() {
        double scale = Double.parseDouble(System.getProperty("benchmark.scale", "0.1"));
        int persons = (int) (100_000 * scale);
        int deployments = (int) (1_000_000 * scale);
        int activities = (int) (10_000_000 * scale);
        long started = System.nanoTime();
        generate(persons, deployments, activities);
        System.out.printf("%n[benchmark] data set: %,d people, %,d deployments, %,d activities built in %,d ms%n",
                persons, deployments, activities, (System.nanoTime() - started) / 1_000_000);

        FiscalYear year = FiscalYear.parse("2015-16");
        AnnualReport report = time("annual report FY 2015-16 (all parts)", () -> this.reports.of(year, "en"));
        System.out.printf("[benchmark] FY 2015-16: %,d people, %,d missions listed, %,d activity rows%n",
                report.totals().personnel(), report.missions().size(), report.activities().size());
        time("years with data (35 FYs)", () -> this.reports.yearsWithData());

        Map<String, Object> period = Map.of("from", year.from(), "to", year.to());
        Map<String, String> parts = new LinkedHashMap<>();
        ReportQueries queries = ReportQueries.PROGRAM;
        parts.put("totals", queries.totals());
        parts.put("partners", queries.partners());
        parts.put("missions", queries.missions());
        parts.put("mission agencies", queries.missionAgencies());
        parts.put("activities", queries.activities());
        parts.forEach((name, sql) -> {
            List<String> plan = this.jdbc.sql("explain (analyze, buffers) " + sql)
                .params(period)
                .query(String.class)
                .list();
            System.out.printf("[benchmark] part %s: %s%n", name,
                    plan.stream().filter((line) -> line.contains("Execution Time")).findFirst().orElse("?").trim());
            if (Boolean.getBoolean("benchmark.plans")) {
                plan.forEach((line) -> System.out.println("    " + line));
            }
        });
    }

    private <T> T time(String what, Supplier<T> work) {
        T result = work.get();
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            result = work.get();
            runs.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(runs);
        System.out.printf("[benchmark] %s: min %d / median %d / max %d ms%n", what, runs.get(0), runs.get(2),
                runs.get(4));
        return result;
    }

    /** The baseline's generator: h(n, salt) = hashint8extended(n, salt) & 2147483647. */
    private void generate(int persons, int deployments, int activities) {
        this.jdbc.sql("""
                insert into agency (code, name_en, name_fr, type, partner_since)
                select 'B' || n, 'Agency ' || n, 'Organisme ' || n, 'MUNICIPAL', date '1989-01-01' + (n * 97 % 12000)
                from generate_series(1, 100) n""").update();
        this.jdbc
            .sql("""
                    insert into mission (code, name_en, name_fr, organization, country, location, language, armed, start_date)
                    select 'BM' || n, 'Mission ' || n, 'Mission ' || n, 'UN', 'HT', 'Somewhere', 'en', false, date '1989-01-01'
                    from generate_series(1, 240) n""")
            .update();
        this.jdbc
            .sql("""
                    insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language, armed, start_date)
                    select 'BC' || n, 'Component ' || n, 'Composante ' || n,
                           (select id from mission where code = 'BM' || (1 + (n * 7) % 240)), 'UN', 'HT', 'Somewhere', 'en', false, date '1989-01-01'
                    from generate_series(1, 60) n""")
            .update();
        this.jdbc.sql("""
                insert into person (external_id, family_name, given_name, gender, category, agency_id, languages)
                select 'BP' || n,
                       initcap(substr(md5(n::text), 1, (4 + (hashint8extended(n, 1) & 2147483647) % 7)::int)), 'Given',
                       case when (hashint8extended(n, 2) & 2147483647) % 100 < 22 then 'F'
                            when (hashint8extended(n, 2) & 2147483647) % 100 < 99 then 'M' else 'X' end,
                       'POLICE', (select min(id) from agency) + (hashint8extended(n, 3) & 2147483647) % 100, 'en'
                from generate_series(1, ?) n""").param(persons).update();
        // Each person's deployments follow one another (the exclusion constraint holds):
        // a person's k-th tour
        // starts after the previous one, spread over 1990..2025.
        this.jdbc
            .sql("""
                    insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date, end_date, status)
                    select 'BD' || n, p.id, (select min(id) from mission) + (hashint8extended(n, 4) & 2147483647) % 300,
                           'Advisor', (hashint8extended(n, 5) & 2147483647) % 100 < 5, 'LONG',
                           s.start, s.start + (30 + (hashint8extended(n, 6) & 2147483647) % 370)::int,
                           case when (hashint8extended(n, 7) & 2147483647) % 10 < 7 then 'COMPLETED'
                                when (hashint8extended(n, 7) & 2147483647) % 10 = 7 then 'DEPLOYED'
                                when (hashint8extended(n, 7) & 2147483647) % 10 = 8 then 'PLANNED' else 'CANCELLED' end
                    from generate_series(1, ?) n
                    join person p on p.external_id = 'BP' || (1 + (n - 1) % ?)
                    cross join lateral (select date '1990-04-01' + (((n - 1) / ?) * 1280 + (hashint8extended(n, 8) & 2147483647) % 800)::int as start) s
                    """)
            .params(deployments, persons, persons)
            .update();
        this.jdbc
            .sql("""
                    insert into activity (external_id, mission_id, date, category, type, sessions, participants, participants_women)
                    select 'BA' || n, (select min(id) from mission) + (hashint8extended(n, 9) & 2147483647) % 300,
                           date '1990-04-01' + ((hashint8extended(n, 10) & 2147483647) % 12784)::int,
                           (array['TRAINING','MENTORING','INVESTIGATION','ADVISORY','OTHER'])[1 + (hashint8extended(n, 11) & 2147483647) % 5],
                           'Type ' || (hashint8extended(n, 12) & 2147483647) % 5,
                           (hashint8extended(n, 13) & 2147483647) % 20, 20, 5
                    from generate_series(1, ?) n""")
            .param(activities)
            .update();
        this.jdbc.sql("vacuum analyze").update();
    }

}
