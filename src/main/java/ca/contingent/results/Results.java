package ca.contingent.results;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.reporting.AnnualReport;
import ca.contingent.reporting.AnnualReport.ActivityFigures;
import ca.contingent.reporting.AnnualReport.MissionFigures;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.NotFoundException;
import ca.contingent.web.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results against targets: for every target of a year, the indicator's actual computed
 * from the annual report's figures of that year (one source for every published number),
 * and the progress towards the target.
 * <p>
 * A program-wide target counts every mission: the report's totals for people, all
 * activity rows for sums. A mission's target counts the mission and its components: its
 * entry in the report's missions (which already counts a person in two components once)
 * and the activity rows of the mission and of its components.
 */
@Service
public class Results {

    /* Missions by id: their codes come from the mission module (MissionService). */
    private static final String TARGETS = """
            select i.code as indicator, i.name_en as indicator_en, i.name_fr as indicator_fr, o.code as outcome,
                   o.name_en as outcome_en, o.name_fr as outcome_fr, o.level, t.mission_id, i.unit,
                   i.numerator, i.denominator, t.baseline, t.target
            from indicator_target t
            join indicator i on i.id = t.indicator_id
            join outcome o on o.id = i.outcome_id
            where t.fiscal_year = :year and (cast(:mission as bigint) is null or t.mission_id = :mission)
            """;

    private final JdbcClient jdbc;

    private final AnnualReports reports;

    private final MissionService missions;

    Results(JdbcClient jdbc, AnnualReports reports, MissionService missions) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.missions = missions;
    }

    /**
     * Every target of the year with its actual and progress: all of them (program-wide
     * ones first, then by mission), or only the given mission's. Names in the locale's
     * language.
     * @throws NotFoundException when a mission is given and there is no such mission
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ResultItem> forYear(FiscalYear year, String missionCodeOrNull, Locale locale) {
        String language = Language.of(locale);
        String missionCode = missionCodeOrNull == null || missionCodeOrNull.isBlank() ? null : missionCodeOrNull.trim();
        List<Mission> missions = this.missions.all();
        Map<Long, String> codes = MissionCodes.byId(missions);
        Long missionId = null;
        if (missionCode != null) {
            missionId = missions.stream()
                .filter((mission) -> mission.code().equals(missionCode))
                .map(Mission::id)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("mission", missionCode));
        }
        List<TargetRow> targets = this.jdbc.sql(TARGETS)
            .param("year", year.toString())
            .param("mission", missionId, Types.BIGINT)
            .query((rs, row) -> new TargetRow(rs.getString("indicator"), rs.getString("indicator_en"),
                    rs.getString("indicator_fr"), rs.getString("outcome"), rs.getString("outcome_en"),
                    rs.getString("outcome_fr"), rs.getString("level"),
                    codes.get(rs.getObject("mission_id", Long.class)), rs.getString("unit"), rs.getString("numerator"),
                    rs.getString("denominator"), rs.getBigDecimal("baseline"), rs.getBigDecimal("target")))
            .list()
            .stream()
            .sorted(TargetRow.ORDER)
            .toList();
        if (targets.isEmpty()) {
            return List.of();
        }
        Figures figures = new Figures(year, this.reports.of(year, language), missions);
        return targets.stream().map((row) -> item(row, figures, language)).toList();
    }

    private ResultItem item(TargetRow row, Figures figures, String language) {
        Unit unit = Unit.valueOf(row.unit());
        long numerator = figures.value(Measure.parse(row.numerator()), row.mission());
        BigDecimal actual;
        if (unit == Unit.PERCENT) {
            actual = ResultMath.percent(numerator, figures.value(Measure.parse(row.denominator()), row.mission()));
        }
        else {
            actual = BigDecimal.valueOf(numerator);
        }
        BigDecimal target = ResultMath.plain(row.target());
        return new ResultItem(row.indicator(), "fr".equals(language) ? row.indicatorFr() : row.indicatorEn(),
                row.outcome(), "fr".equals(language) ? row.outcomeFr() : row.outcomeEn(), Level.valueOf(row.level()),
                row.mission(), row.mission() == null ? null : figures.missionName(row.mission(), language), unit,
                row.numerator(), row.denominator(), ResultMath.plain(row.baseline()), target, actual,
                ResultMath.progressPercent(actual, target));
    }

    record TargetRow(String indicator, String indicatorEn, String indicatorFr, String outcome, String outcomeEn,
            String outcomeFr, String level, String mission, String unit, String numerator, String denominator,
            BigDecimal baseline, BigDecimal target) {

        /** The program's own targets first, then by mission, then by indicator. */
        static final Comparator<TargetRow> ORDER = Comparator
            .comparing(TargetRow::mission, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(TargetRow::indicator);

    }

    /**
     * The year's figures, and what a measure adds up to in them for the program or for
     * one mission.
     */
    private final class Figures {

        private final FiscalYear year;

        private final AnnualReport report;

        private final Map<String, Mission> missionsByCode = new HashMap<>();

        private final Map<String, String> parentOf = new HashMap<>();

        private Map<String, Integer> womenInLeadership;

        Figures(FiscalYear year, AnnualReport report, List<Mission> missions) {
            this.year = year;
            this.report = report;
            Map<Long, String> codes = MissionCodes.byId(missions);
            for (Mission mission : missions) {
                this.missionsByCode.put(mission.code(), mission);
                if (mission.parentId() != null) {
                    this.parentOf.put(mission.code(), codes.get(mission.parentId()));
                }
            }
        }

        String missionName(String code, String language) {
            Mission mission = this.missionsByCode.get(code);
            return mission == null ? code : mission.name(language);
        }

        long value(Measure measure, String mission) {
            return switch (measure.kind()) {
                case SESSIONS, PARTICIPANTS, PARTICIPANTS_WOMEN -> activitySum(measure, mission);
                case PERSONNEL -> mission == null ? this.report.totals().personnel()
                        : missionFigures(mission).map(MissionFigures::personnel).orElse(0);
                case WOMEN -> mission == null ? this.report.totals().women()
                        : missionFigures(mission).map(MissionFigures::women).orElse(0);
                case WOMEN_IN_LEADERSHIP -> mission == null ? this.report.totals().womenInLeadership()
                        : womenInLeadership().getOrDefault(mission, 0);
            };
        }

        private long activitySum(Measure measure, String mission) {
            long sum = 0;
            for (ActivityFigures row : this.report.activities()) {
                boolean counted = (mission == null || mission.equals(row.mission())
                        || mission.equals(this.parentOf.get(row.mission())))
                        && (measure.category() == null || measure.category().name().equals(row.category()))
                        && (measure.type() == null || measure.type().equals(row.type()));
                if (counted) {
                    sum += switch (measure.kind()) {
                        case SESSIONS -> row.sessions();
                        case PARTICIPANTS -> row.participants();
                        case PARTICIPANTS_WOMEN -> row.participantsWomen();
                        default -> throw new IllegalStateException("not an activity sum: " + measure);
                    };
                }
            }
            return sum;
        }

        private java.util.Optional<MissionFigures> missionFigures(String mission) {
            return this.report.missions().stream().filter((m) -> Objects.equals(m.code(), mission)).findFirst();
        }

        private Map<String, Integer> womenInLeadership() {
            if (this.womenInLeadership == null) {
                this.womenInLeadership = Results.this.reports.womenInLeadershipByMission(this.year);
            }
            return this.womenInLeadership;
        }

    }

}
