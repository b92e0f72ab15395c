package ca.contingent.reporting;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import ca.contingent.shared.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of the annual report's counts, for the whole program or narrowed to a mission
 * (its components included) and to the people of an agency: the one builder of the report
 * ({@link AnnualReports}, the whole program) and of its breakdowns for the dashboards
 * ({@link ReportBreakdowns}, narrowed or not), so that unnarrowed they are the same
 * statements.
 * <p>
 * Who counts comes from the database, never restated here: {@code counted_deployment}
 * (the deployments that count for a period) and {@code mission_person} (a mission with
 * its components, each person once), migration V70. Each part is one set-based statement,
 * its distinct rows made by hashing (a {@code group by} in {@code mission_person} and in
 * {@link #people()}) rather than by {@code count(distinct)}, as
 * reference/performance-baselines.md measured; both functions are inlined by PostgreSQL,
 * so the deployments of the period are found through the GiST index on their dates.
 * <p>
 * Every statement takes {@code :from} and {@code :to}, the period's first and last day,
 * and, when narrowed, {@code :mission} and {@code :agency} (ids); {@link #bind} gives
 * them.
 */
final class ReportQueries {

    /** The whole program: what the annual report counts. */
    static final ReportQueries PROGRAM = new ReportQueries(null, null);

    /**
     * A mission with its components, as a condition on the {@code mission} row aliased
     * {@code m}: which rows a narrowed breakdown lists, and which activities it sums.
     */
    private static final String IN_MISSION = "(m.id = :mission or m.parent_id = :mission)";

    private final Long mission;

    private final Long agency;

    private ReportQueries(Long mission, Long agency) {
        this.mission = mission;
        this.agency = agency;
    }

    /**
     * Narrowed to a mission (its components included) and to an agency's people; each
     * null for no narrowing.
     */
    static ReportQueries narrowed(Long mission, Long agency) {
        return (mission == null && agency == null) ? PROGRAM : new ReportQueries(mission, agency);
    }

    /** The statement with the year's first and last day and the narrowing bound. */
    JdbcClient.StatementSpec bind(JdbcClient jdbc, String sql, FiscalYear year) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", year.from()).param("to", year.to());
        if (this.mission != null) {
            statement = statement.param("mission", this.mission, Types.BIGINT);
        }
        if (this.agency != null) {
            statement = statement.param("agency", this.agency, Types.BIGINT);
        }
        return statement;
    }

    /**
     * One row per person counting in the scope ({@code person_id, agency_id, gender,
     * leadership}), where {@code leadership} says that one of their counting deployments
     * in the scope is a leadership position. Narrowed to a mission, its row of
     * {@code mission_person}.
     */
    String people() {
        if (this.mission != null) {
            return """
                    select person_id, agency_id, gender, leadership
                    from mission_person(:from, :to)
                    where mission_id = :mission""" + (this.agency == null ? "" : " and agency_id = :agency");
        }
        return """
                select person_id, agency_id, gender, bool_or(leadership) as leadership
                from counted_deployment(:from, :to)""" + (this.agency == null ? "" : " where agency_id = :agency")
                + " group by person_id, agency_id, gender";
    }

    /**
     * The totals of the scope: {@code personnel, women, leaders, women_in_leadership,
     * contributing_agencies}.
     */
    String totals() {
        return "with people as (" + people() + ")\n" + """
                select count(*) as personnel,
                       count(*) filter (where gender = 'F') as women,
                       count(*) filter (where leadership) as leaders,
                       count(*) filter (where gender = 'F' and leadership) as women_in_leadership,
                       (select count(*) from (select distinct agency_id from people) a) as contributing_agencies
                from people
                """;
    }

    /**
     * The program's partner agencies by the period's last day, and those that became
     * partners during it: {@code partner_agencies, new_partner_agencies}. Not narrowed: a
     * partnership is the program's.
     */
    String partners() {
        return """
                select count(*) filter (where partner_since <= :to) as partner_agencies,
                       count(*) filter (where partner_since between :from and :to) as new_partner_agencies
                from agency
                """;
    }

    /**
     * One row per mission and component with someone counting in the scope, by code:
     * {@code code, name_en, name_fr, parent, location, personnel, women, leaders,
     * women_in_leadership}, a parent counting its own and its components' people, each
     * once. Narrowed to a mission, that mission and its components.
     */
    String missions() {
        return """
                select m.code, m.name_en, m.name_fr, parent.code as parent, m.location,
                       count(*) as personnel,
                       count(*) filter (where mp.gender = 'F') as women,
                       count(*) filter (where mp.leadership) as leaders,
                       count(*) filter (where mp.gender = 'F' and mp.leadership) as women_in_leadership
                from mission_person(:from, :to) mp
                join mission m on m.id = mp.mission_id
                left join mission parent on parent.id = m.parent_id
                """ + missionRowsWhere() + """
                group by m.code, m.name_en, m.name_fr, parent.code, m.location
                order by m.code
                """;
    }

    /**
     * How many people each agency contributed to each mission of {@link #missions()}:
     * {@code mission, agency, personnel}, by mission, then most people first, then agency
     * code.
     */
    String missionAgencies() {
        return """
                select m.code as mission, a.code as agency, count(*) as personnel
                from mission_person(:from, :to) mp
                join mission m on m.id = mp.mission_id
                join agency a on a.id = mp.agency_id
                """ + missionRowsWhere() + """
                group by m.code, a.code
                order by m.code, count(*) desc, a.code
                """;
    }

    /**
     * The people of the scope per agency, most first: {@code code, name_en, name_fr,
     * personnel, women}.
     */
    String agencies() {
        return "with people as (" + people() + ")\n" + """
                select a.code, a.name_en, a.name_fr, count(*) as personnel,
                       count(*) filter (where p.gender = 'F') as women
                from people p
                join agency a on a.id = p.agency_id
                group by a.code, a.name_en, a.name_fr
                order by count(*) desc, a.code
                """;
    }

    /**
     * The period's activities summed per mission (its own, not its components'), category
     * and type: {@code mission, category, type, sessions, participants,
     * participants_women}, participants not recorded counting 0. Activities belong to
     * missions: only the narrowing to a mission applies.
     */
    String activities() {
        return """
                select m.code as mission, a.category, a.type, sum(a.sessions) as sessions,
                       coalesce(sum(a.participants), 0) as participants,
                       coalesce(sum(a.participants_women), 0) as participants_women
                from activity a
                join mission m on m.id = a.mission_id
                """ + activityRowsWhere() + """
                group by m.code, a.category, a.type
                order by m.code, a.category, a.type
                """;
    }

    /**
     * The period's training summed per type: {@code type, sessions, participants} (null
     * when no row of the type recorded them), {@code sessions_without_count}, and the
     * split by sex over the rows that recorded both numbers ({@code women, men}) with the
     * participants that had none ({@code sex_not_recorded}).
     */
    String training() {
        return """
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
                """ + activityRowsWhere() + """
                  and a.category = 'TRAINING'
                group by a.type
                order by a.type
                """;
    }

    /** The narrowing of rows of {@code mission_person mp} joined to {@code mission m}. */
    private String missionRowsWhere() {
        List<String> conditions = new ArrayList<>();
        if (this.mission != null) {
            conditions.add(IN_MISSION);
        }
        if (this.agency != null) {
            conditions.add("mp.agency_id = :agency");
        }
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
    }

    private String activityRowsWhere() {
        return "where a.date between :from and :to" + (this.mission == null ? "" : " and " + IN_MISSION) + "\n";
    }

}
