package ca.contingent.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ca.contingent.mission.MissionService;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.Percent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's counts broken down for the dashboards: per year, per mission, per
 * agency, and training per type, narrowed to a mission (its components included) and to
 * the people of an agency. Every statement comes from {@link ReportQueries}, the builder
 * of the report itself, so that unnarrowed they are the report's figures (the dashboard
 * tests compare them with {@code GET /api/v1/reports/annual/{fiscalYear}}).
 */
@Service
public class ReportBreakdowns {

    private final JdbcClient jdbc;

    private final MissionService missions;

    ReportBreakdowns(JdbcClient jdbc, MissionService missions) {
        this.jdbc = jdbc;
        this.missions = missions;
    }

    /** A narrowing: a mission code and an agency code, each null for all. */
    public record Scope(String mission, String agency) {

        public static final Scope ALL = new Scope(null, null);

    }

    /** The counts of one year. */
    public record YearCounts(FiscalYear year, int personnel, int women, int leaders, int womenInLeadership) {

        /** As the report's {@code womenPercent}. */
        public int womenPercent() {
            return Percent.wholePercent(this.women, this.personnel);
        }

        /**
         * Women among the people counting through a leadership deployment, rounded the
         * same way.
         */
        public int womenInLeadershipPercent() {
            return Percent.wholePercent(this.womenInLeadership, this.leaders);
        }

    }

    /**
     * A mission's or an agency's people; {@code parent} is null for a top-level mission
     * and for an agency.
     */
    public record Count(String code, String name, String parent, int personnel, int women) {
    }

    /**
     * Training of one type. {@code participants}, {@code women} and {@code men} are null
     * when not recorded.
     */
    public record TrainingCounts(String type, long sessions, Long participants, long sessionsWithoutCount, Long women,
            Long men, long sexNotRecorded) {
    }

    /** A mission or an agency that a filter may name, in the given language. */
    public record Choice(String code, String name, String parent) {
    }

    /**
     * The counts of each year, every one computed exactly as that year's totals, in one
     * consistent snapshot.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<YearCounts> byYear(List<FiscalYear> years, Scope scope) {
        ReportQueries queries = queries(scope);
        List<YearCounts> counts = new ArrayList<>();
        for (FiscalYear year : years) {
            counts.add(totals(year, queries));
        }
        return counts;
    }

    /** The counts of one year. */
    @Transactional(readOnly = true)
    public YearCounts totals(FiscalYear year, Scope scope) {
        return totals(year, queries(scope));
    }

    /**
     * People per mission: the top-level missions, or the chosen mission and its
     * components (the mission first).
     */
    @Transactional(readOnly = true)
    public List<Count> byMission(FiscalYear year, Scope scope, String language) {
        String name = nameColumn(language);
        ReportQueries queries = queries(scope);
        return queries.bind(this.jdbc, queries.missions(), year)
            .query((rs, row) -> new Count(rs.getString("code"), rs.getString(name), rs.getString("parent"),
                    rs.getInt("personnel"), rs.getInt("women")))
            .list()
            .stream()
            // Unnarrowed, the report's lines of top-level missions; narrowed, the
            // mission's own line before its components'.
            .filter((count) -> scope.mission() != null || count.parent() == null)
            .sorted(Comparator.comparing((Count count) -> count.parent() != null))
            .toList();
    }

    /** People per agency, most first. */
    @Transactional(readOnly = true)
    public List<Count> byAgency(FiscalYear year, Scope scope, String language) {
        String name = nameColumn(language);
        ReportQueries queries = queries(scope);
        return queries.bind(this.jdbc, queries.agencies(), year)
            .query((rs, row) -> new Count(rs.getString("code"), rs.getString(name), null, rs.getInt("personnel"),
                    rs.getInt("women")))
            .list();
    }

    /**
     * Training per type; activities belong to missions, so only the mission of the scope
     * narrows them.
     */
    @Transactional(readOnly = true)
    public List<TrainingCounts> training(FiscalYear year, Scope scope) {
        ReportQueries queries = queries(new Scope(scope.mission(), null));
        return queries.bind(this.jdbc, queries.training(), year)
            .query((rs, row) -> new TrainingCounts(rs.getString("type"), rs.getLong("sessions"),
                    nullableLong(rs.getObject("participants")), rs.getLong("sessions_without_count"),
                    nullableLong(rs.getObject("women")), nullableLong(rs.getObject("men")),
                    rs.getLong("sex_not_recorded")))
            .list();
    }

    /**
     * Every mission, each top-level one followed by its components: the mission module's
     * one list of choices.
     */
    @Transactional(readOnly = true)
    public List<Choice> missions(String language) {
        return this.missions.choices()
            .stream()
            .map((choice) -> new Choice(choice.code(), choice.name(language), choice.parent()))
            .toList();
    }

    /** Every agency by code. */
    @Transactional(readOnly = true)
    public List<Choice> agencies(String language) {
        String name = nameColumn(language);
        return this.jdbc.sql("select code, name_en, name_fr from agency order by code")
            .query((rs, row) -> new Choice(rs.getString("code"), rs.getString(name), null))
            .list();
    }

    private YearCounts totals(FiscalYear year, ReportQueries queries) {
        return queries.bind(this.jdbc, queries.totals(), year)
            .query((rs, row) -> new YearCounts(year, rs.getInt("personnel"), rs.getInt("women"), rs.getInt("leaders"),
                    rs.getInt("women_in_leadership")))
            .single();
    }

    /**
     * The statements of the scope; an unknown code is a mission or agency that does not
     * exist.
     */
    private ReportQueries queries(Scope scope) {
        return ReportQueries.narrowed(id("mission", scope.mission()), id("agency", scope.agency()));
    }

    private Long id(String table, String code) {
        if (code == null) {
            return null;
        }
        return this.jdbc.sql("select id from " + table + " where code = ?")
            .param(code)
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException(table, code));
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static String nameColumn(String language) {
        return "fr".equals(language) ? "name_fr" : "name_en";
    }

}
