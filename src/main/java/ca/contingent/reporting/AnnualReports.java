package ca.contingent.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.contingent.reporting.AnnualReport.ActivityFigures;
import ca.contingent.reporting.AnnualReport.AgencyCount;
import ca.contingent.reporting.AnnualReport.MissionFigures;
import ca.contingent.reporting.AnnualReport.Totals;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.Percent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the annual report. Each part is one set-based statement of
 * {@link ReportQueries#PROGRAM}, the builder the dashboards' breakdowns use too; the
 * parts run in one repeatable-read transaction so that they describe the same moment even
 * while imports write.
 */
@Service
public class AnnualReports {

    private static final ReportQueries QUERIES = ReportQueries.PROGRAM;

    /*
     * The years between the first and the last day on record (of a deployment whose
     * status counts, or of an activity), from two aggregates (min/max) rather than
     * expanding every deployment into its years: at a million deployments that is the
     * difference between milliseconds and seconds.
     */
    static final String YEARS = """
            with bounds as (
                select min(first_day) as first_day, max(last_day) as last_day from (
                    select min(start_date) as first_day, max(end_date) as last_day
                    from deployment where deployment_status_counts(status)
                    union all
                    select min(date), max(date) from activity
                ) days
            )
            select generate_series(extract(year from last_day - interval '3 months')::int,
                                   extract(year from first_day - interval '3 months')::int, -1) as fy
            from bounds where first_day is not null
            """;

    private final JdbcClient jdbc;

    AnnualReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The report of a fiscal year; mission names in the given language ({@code en} or
     * {@code fr}).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AnnualReport of(FiscalYear year, String language) {
        Map<String, List<AgencyCount>> agencies = new LinkedHashMap<>();
        QUERIES.bind(this.jdbc, QUERIES.missionAgencies(), year).query((rs) -> {
            agencies.computeIfAbsent(rs.getString("mission"), (code) -> new ArrayList<>())
                .add(new AgencyCount(rs.getString("agency"), rs.getInt("personnel")));
        });
        String nameColumn = "fr".equals(language) ? "name_fr" : "name_en";
        List<MissionFigures> missions = QUERIES.bind(this.jdbc, QUERIES.missions(), year)
            .query((rs, row) -> new MissionFigures(rs.getString("code"), rs.getString(nameColumn),
                    rs.getString("parent"), rs.getString("location"), rs.getInt("personnel"), rs.getInt("women"),
                    List.copyOf(agencies.getOrDefault(rs.getString("code"), List.of()))))
            .list();
        // The missions counted are the top-level ones listed: a top-level mission has a
        // line exactly when someone counts for it or for one of its components.
        int topLevelMissions = (int) missions.stream().filter((mission) -> mission.parent() == null).count();

        Partners partners = QUERIES.bind(this.jdbc, QUERIES.partners(), year)
            .query((rs, row) -> new Partners(rs.getInt("partner_agencies"), rs.getInt("new_partner_agencies")))
            .single();
        Totals totals = QUERIES.bind(this.jdbc, QUERIES.totals(), year).query((rs, row) -> {
            int personnel = rs.getInt("personnel");
            int women = rs.getInt("women");
            return new Totals(personnel, women, Percent.wholePercent(women, personnel), topLevelMissions,
                    rs.getInt("contributing_agencies"), partners.all(), partners.newOnes(),
                    rs.getInt("women_in_leadership"));
        }).single();

        List<ActivityFigures> activities = QUERIES.bind(this.jdbc, QUERIES.activities(), year)
            .query((rs, row) -> new ActivityFigures(rs.getString("mission"), rs.getString("category"),
                    rs.getString("type"), rs.getLong("sessions"), rs.getLong("participants"),
                    rs.getLong("participants_women")))
            .list();
        return AnnualReport.of(year, totals, missions, activities);
    }

    /**
     * The women counting through a leadership deployment, per mission with at least one
     * (a parent: its own and its components', each person once), by the report's counting
     * rule: the report's missions part, which counts them too. The results framework
     * reads it for missions.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, Integer> womenInLeadershipByMission(FiscalYear year) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        QUERIES.bind(this.jdbc, QUERIES.missions(), year).query((rs) -> {
            int women = rs.getInt("women_in_leadership");
            if (women > 0) {
                counts.put(rs.getString("code"), women);
            }
        });
        return counts;
    }

    /** Agency names by code in the given language, to name a mission's agencies. */
    @Transactional(readOnly = true)
    public Map<String, String> agencyNames(String language) {
        String column = "fr".equals(language) ? "name_fr" : "name_en";
        Map<String, String> names = new LinkedHashMap<>();
        this.jdbc.sql("select code, " + column + " as name from agency order by code").query((rs) -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    /**
     * The fiscal years from the first to the last deployment or activity on record,
     * newest first.
     */
    @Transactional(readOnly = true)
    public List<FiscalYear> yearsWithData() {
        return this.jdbc.sql(YEARS).query((rs, row) -> new FiscalYear(rs.getInt("fy"))).list();
    }

    private record Partners(int all, int newOnes) {
    }

}
