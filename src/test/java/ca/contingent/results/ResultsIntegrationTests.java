package ca.contingent.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ca.contingent.IntegrationTest;
import ca.contingent.imports.ImportService;
import ca.contingent.reporting.AnnualReport;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indicator computation on the real SQL (issue 5): counts and percents, filters by
 * category and type, a zero denominator, component roll-up, program-wide targets, the
 * contract's rounding. The records are {@link ResultsFixture}'s, in 2061-62, rolled back
 * after each test.
 */
@IntegrationTest
@Transactional
class ResultsIntegrationTests {

    static final FiscalYear YEAR = FiscalYear.parse(ResultsFixture.YEAR);

    @Autowired
    Results results;

    @Autowired
    AnnualReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @BeforeEach
    void fixture() {
        new ResultsFixture(this.jdbc, this.imports).records().logicModel();
    }

    @Test
    void programWideTargetsCountEveryMission() {
        Map<String, ResultItem> program = byIndicator(this.results.forYear(YEAR, null, Locale.ENGLISH)
            .stream()
            .filter((item) -> item.mission() == null)
            .toList());
        // Training sessions of all three missions in the year (3 + 2 + 1); the 9 of
        // 2062-04-02 are next year's.
        assertThat(program.get("T-RS-SESS").actual()).isEqualByComparingTo("6");
        assertThat(program.get("T-RS-SESS").progressPercent()).isEqualTo(75);
        // Every category: the 4 mentoring sessions too.
        assertThat(program.get("T-RS-ALL").actual()).isEqualByComparingTo("10");
        assertThat(program.get("T-RS-ALL").progressPercent()).isEqualTo(100);
        // A type filter: Workshop only (3 + 2); 100 * 5 / 8 = 62.5, half up to 63.
        assertThat(program.get("T-RS-WORK").actual()).isEqualByComparingTo("5");
        assertThat(program.get("T-RS-WORK").baseline()).isEqualByComparingTo("2");
        assertThat(program.get("T-RS-WORK").progressPercent()).isEqualTo(63);
        // Women among trainees: 100 * 8 / 35 = 22.857… → 22.9; 100 * 22.9 / 30 = 76.33 →
        // 76.
        assertThat(program.get("T-RS-WTR").actual()).isEqualTo(new BigDecimal("22.9"));
        assertThat(program.get("T-RS-WTR").progressPercent()).isEqualTo(76);
        // People: P1, P2 and P3 count (P4 is only planned); 2 women of 3 → 66.7; 100 *
        // 66.7 / 50 = 133.4 → 133.
        assertThat(program.get("T-RS-WDEP").actual()).isEqualTo(new BigDecimal("66.7"));
        assertThat(program.get("T-RS-WDEP").baseline()).isEqualTo(new BigDecimal("40.5"));
        assertThat(program.get("T-RS-WDEP").progressPercent()).isEqualTo(133);
        // A count of people against a target of 0: no progress can be stated.
        assertThat(program.get("T-RS-LEAD").actual()).isEqualByComparingTo("1");
        assertThat(program.get("T-RS-LEAD").progressPercent()).isNull();
    }

    @Test
    void aZeroDenominatorGivesNoActualAndNoProgress() {
        ResultItem mentees = byIndicator(this.results.forYear(YEAR, null, Locale.ENGLISH)
            .stream()
            .filter((item) -> item.mission() == null)
            .toList()).get("T-RS-WMEN");
        assertThat(mentees.unit()).isEqualTo(Unit.PERCENT);
        assertThat(mentees.actual()).isNull();
        assertThat(mentees.progressPercent()).isNull();
        // A mission where nobody counts: women / personnel = 0 / 0.
        ResultItem deployed = byIndicator(this.results.forYear(YEAR, "T-RS2", Locale.ENGLISH)).get("T-RS-WDEP");
        assertThat(deployed.actual()).isNull();
        assertThat(deployed.progressPercent()).isNull();
    }

    @Test
    void aMissionCountsItsComponentsAndEachPersonOnce() {
        Map<String, ResultItem> parent = byIndicator(this.results.forYear(YEAR, "T-RS1", Locale.ENGLISH));
        assertThat(parent.keySet()).containsExactlyInAnyOrder("T-RS-SESS", "T-RS-WDEP", "T-RS-LEAD");
        assertThat(parent.values()).extracting(ResultItem::mission).containsOnly("T-RS1");
        // Its own 3 sessions and its component's 2 + 1.
        assertThat(parent.get("T-RS-SESS").actual()).isEqualByComparingTo("6");
        assertThat(parent.get("T-RS-SESS").progressPercent()).isEqualTo(100);
        // P1 (in the mission and in the component: once), P2 (component) and P3: 2 women
        // of 3.
        assertThat(parent.get("T-RS-WDEP").actual()).isEqualTo(new BigDecimal("66.7"));
        assertThat(parent.get("T-RS-WDEP").progressPercent()).isEqualTo(111);
        // P2 leads in the component, so for the parent too.
        assertThat(parent.get("T-RS-LEAD").actual()).isEqualByComparingTo("1");
        assertThat(parent.get("T-RS-LEAD").progressPercent()).isEqualTo(50);

        Map<String, ResultItem> component = byIndicator(this.results.forYear(YEAR, "T-RS1-C", Locale.ENGLISH));
        assertThat(component.get("T-RS-SESS").actual()).isEqualByComparingTo("3");
        assertThat(component.get("T-RS-WDEP").actual()).isEqualTo(new BigDecimal("100.0"));
        assertThat(component.get("T-RS-WDEP").progressPercent()).isEqualTo(100);

        ResultItem none = byIndicator(this.results.forYear(YEAR, "T-RS2", Locale.ENGLISH)).get("T-RS-SESS");
        assertThat(none.actual()).isEqualByComparingTo("0");
        assertThat(none.progressPercent()).isZero();
    }

    @Test
    void countsOfPeopleAreTheAnnualReportsOwn() {
        AnnualReport report = this.reports.of(YEAR, "en");
        Map<String, ResultItem> program = byIndicator(this.results.forYear(YEAR, null, Locale.ENGLISH)
            .stream()
            .filter((item) -> item.mission() == null)
            .toList());
        assertThat(program.get("T-RS-WDEP").actual())
            .isEqualTo(ResultMath.percent(report.totals().women(), report.totals().personnel()));
        assertThat(program.get("T-RS-LEAD").actual())
            .isEqualByComparingTo(BigDecimal.valueOf(report.totals().womenInLeadership()));
        AnnualReport.MissionFigures parent = report.missions()
            .stream()
            .filter((m) -> m.code().equals("T-RS1"))
            .findFirst()
            .orElseThrow();
        assertThat(byIndicator(this.results.forYear(YEAR, "T-RS1", Locale.ENGLISH)).get("T-RS-WDEP").actual())
            .isEqualTo(ResultMath.percent(parent.women(), parent.personnel()));
        assertThat(this.reports.womenInLeadershipByMission(YEAR)).containsEntry("T-RS1", 1)
            .containsEntry("T-RS1-C", 1)
            .doesNotContainKey("T-RS2");
    }

    @Test
    void everyTargetOfTheYearProgramFirstWithNamesInTheLanguageAsked() {
        List<ResultItem> all = this.results.forYear(YEAR, null, Locale.FRENCH);
        assertThat(all).hasSize(14);
        assertThat(all.subList(0, 7)).extracting(ResultItem::mission).containsOnlyNulls();
        assertThat(all).extracting(ResultItem::mission).doesNotContain("T-RS3");
        ResultItem item = byIndicator(all.subList(0, 7)).get("T-RS-WTR");
        assertThat(item.indicatorName()).isEqualTo("Femmes parmi les personnes formées");
        assertThat(item.outcome()).isEqualTo("T-RS-M");
        assertThat(item.outcomeName()).isEqualTo("Résultat immédiat d’essai");
        assertThat(item.outcomeLevel()).isEqualTo(Level.IMMEDIATE);
        // The next year's target is that year's alone.
        assertThat(this.results.forYear(YEAR.next(), null, Locale.ENGLISH)).extracting(ResultItem::indicator)
            .containsExactly("T-RS-SESS");
    }

    @Test
    void anUnknownMissionIsNotFound() {
        assertThatThrownBy(() -> this.results.forYear(YEAR, "T-RS-NONE", Locale.ENGLISH))
            .isInstanceOf(NotFoundException.class);
    }

    private static Map<String, ResultItem> byIndicator(List<ResultItem> items) {
        return items.stream().collect(Collectors.toMap(ResultItem::indicator, (item) -> item));
    }

}
