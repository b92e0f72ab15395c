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
 * Computes the annual report. Each part is one set-based statement over
 * {@code counted_deployment}; the parts run in one repeatable-read transaction so that
 * they describe the same moment even while imports write.
 */
@Service
public class AnnualReports {

    static final String TOTALS = """
            with c as (select * from counted_deployment(:from, :to))
            select (select count(distinct person_id) from c) as personnel,
                   (select count(distinct person_id) from c where gender = 'F') as women,
                   (select count(distinct top_mission_id) from c) as missions,
                   (select count(distinct agency_id) from c) as contributing_agencies,
                   (select count(*) from agency where partner_since <= :to) as partner_agencies,
                   (select count(*) from agency where partner_since between :from and :to) as new_partner_agencies,
                   (select count(distinct person_id) from c where gender = 'F' and leadership) as women_in_leadership
            """;

    /*
     * Each person once per mission they count for, and once more for the parent of a
     * component (a union, so a person in two components of one parent is one row for the
     * parent).
     */
    private static final String MISSION_PEOPLE = """
            with c as (select * from counted_deployment(:from, :to)),
            mp as (
                select mission_id, person_id, gender, agency_id from c
                union
                select top_mission_id, person_id, gender, agency_id from c
            )
            """;

    static final String MISSIONS = MISSION_PEOPLE + """
            select m.code, m.name_en, m.name_fr, parent.code as parent, m.location,
                   count(*) as personnel, count(*) filter (where mp.gender = 'F') as women
            from mp
            join mission m on m.id = mp.mission_id
            left join mission parent on parent.id = m.parent_id
            group by m.code, m.name_en, m.name_fr, parent.code, m.location
            order by m.code
            """;

    static final String MISSION_AGENCIES = MISSION_PEOPLE + """
            select m.code as mission, a.code as agency, count(*) as personnel
            from mp
            join mission m on m.id = mp.mission_id
            join agency a on a.id = mp.agency_id
            group by m.code, a.code
            order by m.code, count(*) desc, a.code
            """;

    static final String ACTIVITIES = """
            select m.code as mission, a.category, a.type, sum(a.sessions) as sessions,
                   coalesce(sum(a.participants), 0) as participants,
                   coalesce(sum(a.participants_women), 0) as participants_women
            from activity a
            join mission m on m.id = a.mission_id
            where a.date between :from and :to
            group by m.code, a.category, a.type
            order by m.code, a.category, a.type
            """;

    /*
     * The years between the first and the last day on record, from two aggregates
     * (min/max) rather than expanding every deployment into its years: at a million
     * deployments that is the difference between milliseconds and seconds.
     */
    static final String YEARS = """
            with bounds as (
                select min(first_day) as first_day, max(last_day) as last_day from (
                    select min(start_date) as first_day, max(end_date) as last_day
                    from deployment where status in ('DEPLOYED', 'COMPLETED')
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
        Map<String, Object> period = Map.of("from", year.from(), "to", year.to());
        Totals totals = this.jdbc.sql(TOTALS).params(period).query((rs, row) -> {
            int personnel = rs.getInt("personnel");
            int women = rs.getInt("women");
            return new Totals(personnel, women, Percent.wholePercent(women, personnel), rs.getInt("missions"),
                    rs.getInt("contributing_agencies"), rs.getInt("partner_agencies"),
                    rs.getInt("new_partner_agencies"), rs.getInt("women_in_leadership"));
        }).single();

        Map<String, List<AgencyCount>> agencies = new LinkedHashMap<>();
        this.jdbc.sql(MISSION_AGENCIES).params(period).query((rs) -> {
            agencies.computeIfAbsent(rs.getString("mission"), (code) -> new ArrayList<>())
                .add(new AgencyCount(rs.getString("agency"), rs.getInt("personnel")));
        });
        String nameColumn = "fr".equals(language) ? "name_fr" : "name_en";
        List<MissionFigures> missions = this.jdbc.sql(MISSIONS)
            .params(period)
            .query((rs, row) -> new MissionFigures(rs.getString("code"), rs.getString(nameColumn),
                    rs.getString("parent"), rs.getString("location"), rs.getInt("personnel"), rs.getInt("women"),
                    List.copyOf(agencies.getOrDefault(rs.getString("code"), List.of()))))
            .list();

        List<ActivityFigures> activities = this.jdbc.sql(ACTIVITIES)
            .params(period)
            .query((rs, row) -> new ActivityFigures(rs.getString("mission"), rs.getString("category"),
                    rs.getString("type"), rs.getLong("sessions"), rs.getLong("participants"),
                    rs.getLong("participants_women")))
            .list();
        return AnnualReport.of(year, totals, missions, activities);
    }

    /*
     * As totals.womenInLeadership, per mission: a parent counts its own and its
     * components' women, each once.
     */
    static final String MISSION_WOMEN_IN_LEADERSHIP = """
            with c as (select * from counted_deployment(:from, :to) where gender = 'F' and leadership),
            mp as (
                select mission_id, person_id from c
                union
                select top_mission_id, person_id from c
            )
            select m.code, count(*) as women from mp join mission m on m.id = mp.mission_id group by m.code
            """;

    /**
     * The women counting through a leadership deployment, per mission with at least one
     * (a parent: its own and its components', each person once), by the report's counting
     * rule. The results framework reads it for missions.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, Integer> womenInLeadershipByMission(FiscalYear year) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        this.jdbc.sql(MISSION_WOMEN_IN_LEADERSHIP).params(Map.of("from", year.from(), "to", year.to())).query((rs) -> {
            counts.put(rs.getString("code"), rs.getInt("women"));
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

}
