package ca.contingent.reporting;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * the people of an agency. Every count reads {@code counted_deployment} with the same
 * expressions as {@link AnnualReports}, so that unnarrowed they are the report's figures
 * (the dashboard tests compare them with {@code GET
 * /api/v1/reports/annual/{fiscalYear}}).
 */
@Service
public class ReportBreakdowns {

    /**
     * The people who count, narrowed: a mission keeps its own deployments and, for a
     * top-level mission, those to its components; an agency keeps its own people.
     */
    private static final String SCOPED = """
            with c as (
                select * from counted_deployment(:from, :to)
                where (cast(:mission as bigint) is null or mission_id = :mission or top_mission_id = :mission)
                  and (cast(:agency as bigint) is null or agency_id = :agency)
            )
            """;

    /**
     * As {@code AnnualReports.TOTALS}, plus the people counting through a leadership
     * deployment.
     */
    static final String TOTALS = SCOPED + """
            select count(distinct person_id) as personnel,
                   count(distinct person_id) filter (where gender = 'F') as women,
                   count(distinct person_id) filter (where leadership) as leaders,
                   count(distinct person_id) filter (where gender = 'F' and leadership) as women_in_leadership
            from c
            """;

    /**
     * As {@code AnnualReports.MISSIONS}: each person once per mission and once more for
     * the parent of a component. Unnarrowed, the top-level missions; narrowed to a
     * mission, that mission and its components.
     */
    static final String MISSIONS = SCOPED + """
            , mp as (
                select mission_id, person_id, gender from c
                union
                select top_mission_id, person_id, gender from c
            )
            select m.code, m.name_en, m.name_fr, parent.code as parent,
                   count(*) as personnel, count(*) filter (where mp.gender = 'F') as women
            from mp
            join mission m on m.id = mp.mission_id
            left join mission parent on parent.id = m.parent_id
            where (cast(:mission as bigint) is null and m.parent_id is null)
               or m.id = :mission or m.parent_id = :mission
            group by m.code, m.name_en, m.name_fr, parent.code
            order by coalesce(parent.code, m.code), parent.code nulls first, m.code
            """;

    /** As a mission's {@code agencies} in the report, over every mission in the scope. */
    static final String AGENCIES = SCOPED + """
            select a.code, a.name_en, a.name_fr, count(distinct c.person_id) as personnel,
                   count(distinct c.person_id) filter (where c.gender = 'F') as women
            from c
            join agency a on a.id = c.agency_id
            group by a.code, a.name_en, a.name_fr
            order by count(distinct c.person_id) desc, a.code
            """;

    /**
     * As {@code AnnualReports.ACTIVITIES} for the TRAINING category, summed per type over
     * the missions in scope. Participants stay null when no row of the type recorded
     * them; the split by sex uses only the rows that recorded both numbers, and says how
     * many participants had no split.
     */
    static final String TRAINING = """
            select a.type, sum(a.sessions) as sessions,
                   sum(a.participants) as participants,
                   coalesce(sum(a.sessions) filter (where a.participants is null), 0) as sessions_without_count,
                   sum(a.participants_women)
                       filter (where a.participants is not null and a.participants_women is not null) as women,
                   sum(a.participants - a.participants_women)
                       filter (where a.participants is not null and a.participants_women is not null) as men,
                   coalesce(sum(a.participants) filter (where a.participants_women is null), 0) as sex_not_recorded
            from activity a
            join mission m on m.id = a.mission_id
            where a.date between :from and :to and a.category = 'TRAINING'
              and (cast(:mission as bigint) is null or m.id = :mission or m.parent_id = :mission)
            group by a.type
            order by a.type
            """;

    private final JdbcClient jdbc;

    ReportBreakdowns(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        Ids ids = ids(scope);
        List<YearCounts> counts = new ArrayList<>();
        for (FiscalYear year : years) {
            counts.add(totals(year, ids));
        }
        return counts;
    }

    /** The counts of one year. */
    @Transactional(readOnly = true)
    public YearCounts totals(FiscalYear year, Scope scope) {
        return totals(year, ids(scope));
    }

    /**
     * People per mission: the top-level missions, or the chosen mission and its
     * components.
     */
    @Transactional(readOnly = true)
    public List<Count> byMission(FiscalYear year, Scope scope, String language) {
        String name = nameColumn(language);
        return params(this.jdbc.sql(MISSIONS), year, ids(scope))
            .query((rs, row) -> new Count(rs.getString("code"), rs.getString(name), rs.getString("parent"),
                    rs.getInt("personnel"), rs.getInt("women")))
            .list();
    }

    /** People per agency, most first. */
    @Transactional(readOnly = true)
    public List<Count> byAgency(FiscalYear year, Scope scope, String language) {
        String name = nameColumn(language);
        return params(this.jdbc.sql(AGENCIES), year, ids(scope))
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
        return params(this.jdbc.sql(TRAINING), year, ids(new Scope(scope.mission(), null)))
            .query((rs, row) -> new TrainingCounts(rs.getString("type"), rs.getLong("sessions"),
                    nullableLong(rs.getObject("participants")), rs.getLong("sessions_without_count"),
                    nullableLong(rs.getObject("women")), nullableLong(rs.getObject("men")),
                    rs.getLong("sex_not_recorded")))
            .list();
    }

    /** Every mission, each top-level one followed by its components. */
    @Transactional(readOnly = true)
    public List<Choice> missions(String language) {
        String name = nameColumn(language);
        return this.jdbc.sql("""
                select m.code, m.name_en, m.name_fr, parent.code as parent
                from mission m left join mission parent on parent.id = m.parent_id
                order by coalesce(parent.code, m.code), parent.code nulls first, m.code""")
            .query((rs, row) -> new Choice(rs.getString("code"), rs.getString(name), rs.getString("parent")))
            .list();
    }

    /** Every agency by code. */
    @Transactional(readOnly = true)
    public List<Choice> agencies(String language) {
        String name = nameColumn(language);
        return this.jdbc.sql("select code, name_en, name_fr from agency order by code")
            .query((rs, row) -> new Choice(rs.getString("code"), rs.getString(name), null))
            .list();
    }

    private YearCounts totals(FiscalYear year, Ids ids) {
        return params(this.jdbc.sql(TOTALS), year, ids)
            .query((rs, row) -> new YearCounts(year, rs.getInt("personnel"), rs.getInt("women"), rs.getInt("leaders"),
                    rs.getInt("women_in_leadership")))
            .single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, FiscalYear year, Ids ids) {
        return statement.params(Map.of("from", year.from(), "to", year.to()))
            .param("mission", ids.mission(), Types.BIGINT)
            .param("agency", ids.agency(), Types.BIGINT);
    }

    /**
     * The ids of the scope's codes; an unknown code is a mission or agency that does not
     * exist.
     */
    private Ids ids(Scope scope) {
        return new Ids(id("mission", scope.mission()), id("agency", scope.agency()));
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

    private record Ids(Long mission, Long agency) {
    }

}
