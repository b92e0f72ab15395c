package ca.contingent.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.reporting.AnnualReport;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of the retention rule (issue 3, item 6): anonymising everyone changes no
 * published figure of any year, in either language. "Today" is far enough ahead that
 * every reference person with a deployment is due; the test rolls back, so the shared
 * reference data is untouched.
 */
@IntegrationTest
@Transactional
class AnonymisationKeepsFiguresIntegrationTests {

    private static final LocalDate FAR_FUTURE = LocalDate.parse("2040-01-01");

    @Autowired
    Retention retention;

    @Autowired
    AnnualReports reports;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublishedFigureOfEveryYearStaysTheSameInBothLanguages() {
        List<FiscalYear> years = this.reports.yearsWithData();
        assertThat(years).contains(FiscalYear.parse("2024-25"));
        Map<String, AnnualReport> before = reports(years);
        Map<String, String> jsonBefore = asJson(before);
        Map<Long, Person> people = people();
        long due = this.retention.preview(FAR_FUTURE).dueCount();

        int anonymised = this.retention.anonymise(FAR_FUTURE);

        assertThat(anonymised).isEqualTo(due);
        assertThat(this.reports.yearsWithData()).isEqualTo(years);
        assertThat(reports(years)).isEqualTo(before);
        assertThat(asJson(reports(years))).isEqualTo(jsonBefore);

        // Everyone whose last deployment that is not cancelled ended before the cutoff
        // was due, and nobody else: the
        // reference deployments all end before it; only people with none keep their
        // names.
        LocalDate cutoff = this.retention.cutoff(FAR_FUTURE);
        Map<Long, Person> after = people();
        assertThat(after.keySet()).isEqualTo(people.keySet());
        List<String> originalNames = new ArrayList<>();
        after.forEach((id, now) -> {
            Person was = people.get(id);
            if (was.lastEnd() != null && was.lastEnd().isBefore(cutoff)) {
                assertThat(now.anonymised()).as(was.externalId()).isTrue();
                assertThat(now.familyName()).isEqualTo("Anonymised");
                assertThat(now.givenName()).isEqualTo("Person " + id);
                assertThat(now.rank()).isNull();
                originalNames.add(was.familyName());
            }
            else {
                assertThat(now).isEqualTo(was);
            }
        });
        assertThat(originalNames).hasSizeGreaterThan(100);
        List<String> familyNamesNow = this.jdbc.sql("select family_name from person where anonymised_at is not null")
            .query(String.class)
            .list();
        assertThat(familyNamesNow)
            .doesNotContainAnyElementsOf(originalNames.stream().filter((name) -> !name.equals("Anonymised")).toList());
        assertThat(this.jdbc.sql("""
                select count(*) from deployment d join person p on p.id = d.person_id
                where p.anonymised_at is not null and d.role <> '—'""").query(Long.class).single()).isZero();
    }

    private Map<String, AnnualReport> reports(List<FiscalYear> years) {
        Map<String, AnnualReport> reports = new LinkedHashMap<>();
        for (FiscalYear year : years) {
            for (String language : List.of("en", "fr")) {
                reports.put(year + "/" + language, this.reports.of(year, language));
            }
        }
        return reports;
    }

    private Map<String, String> asJson(Map<String, AnnualReport> reports) {
        Map<String, String> texts = new LinkedHashMap<>();
        reports.forEach((key, report) -> texts.put(key, this.json.writeValueAsString(report)));
        return texts;
    }

    /**
     * Each person with the latest end of their deployments that are not cancelled (null
     * for none).
     */
    private Map<Long, Person> people() {
        Map<Long, Person> people = new LinkedHashMap<>();
        this.jdbc.sql("""
                select p.id, p.external_id, p.family_name, p.given_name, p.rank, p.anonymised_at is not null as anon,
                       (select max(d.end_date) from deployment d where d.person_id = p.id and d.status <> 'CANCELLED')
                           as last_end
                from person p order by p.id""").query((rs) -> {
            people.put(rs.getLong("id"),
                    new Person(rs.getString("external_id"), rs.getString("family_name"), rs.getString("given_name"),
                            rs.getString("rank"), rs.getBoolean("anon"), rs.getObject("last_end", LocalDate.class)));
        });
        return people;
    }

    private record Person(String externalId, String familyName, String givenName, String rank, boolean anonymised,
            LocalDate lastEnd) {
    }

}
