package ca.contingent.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.contingent.mission.MissionStrengths;
import ca.contingent.person.Scope;
import ca.contingent.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a mission's stays and the program's coming departures, within the caller's scope.
 */
@Service
public class RotationPlans {

    private final JdbcClient jdbc;

    private final MissionStrengths strengths;

    RotationPlans(JdbcClient jdbc, MissionStrengths strengths) {
        this.jdbc = jdbc;
        this.strengths = strengths;
    }

    /** The mission as the plan's heading shows it. */
    public record MissionHeading(long id, String code, String name, Integer authorizedStrength) {
    }

    /** A deployed person due home: the end is the last day there. */
    public record DueHome(String externalId, String person, String mission, String role, LocalDate end, long daysLeft) {
    }

    /**
     * A required item that a planned deployment's person lacks, or holds with a gap,
     * before the deployment ends.
     */
    public record Lapsing(String externalId, String person, String mission, LocalDate start, LocalDate end, String item,
            boolean missing, LocalDate firstUncovered) {
    }

    /**
     * The mission if the caller may plan it. Outside the scope is answered like a mission
     * that does not exist, so that a commander cannot learn which codes other missions
     * use.
     */
    public MissionHeading mission(String code, Scope scope, String language) {
        List<Object> params = new ArrayList<>(List.of(language, code));
        // The scope speaks of deployments; a one-row stand-in for "a deployment to this
        // mission" asks it the question.
        String sql = """
                select m.id, m.code, case when ? = 'fr' then m.name_fr else m.name_en end as name,
                       m.authorized_strength
                from mission m
                join (select id as mission_id, cast(null as bigint) as person_id from mission) d on d.mission_id = m.id
                where m.code = ?""";
        Optional<MissionHeading> found = this.jdbc.sql(sql + " and " + scope.deployments("d", params))
            .params(params)
            .query(MissionHeading.class)
            .optional();
        return found.orElseThrow(() -> NotFoundException.of("mission", code));
    }

    /**
     * The mission's stays and its components', every status but cancelled, whole history
     * (successors need it).
     */
    public List<Stay> stays(long missionId) {
        return this.jdbc.sql("""
                select d.external_id, p.family_name || ', ' || p.given_name as person, d.role, m.code as mission,
                       d.status, d.start_date as start, d.end_date as "end"
                from deployment d
                join person p on p.id = d.person_id
                join mission m on m.id = d.mission_id
                where (m.id = ? or m.parent_id = ?) and d.status <> 'CANCELLED'
                order by d.start_date, d.end_date, d.external_id""")
            .params(missionId, missionId)
            .query(Stay.class)
            .list();
    }

    public RotationPlan plan(MissionHeading mission, Period window) {
        return RotationPlan.of(window, this.strengths.of(mission.id()), stays(mission.id()));
    }

    /**
     * Planned deployments with a required item (the mission's or its parent's) not valid
     * on some day of the stay, in one query: a day by day test, so that a renewal that
     * follows on from the previous window counts as covering, as the readiness module's
     * own check does per deployment.
     */
    public List<Lapsing> lapsing(Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = """
                select d.external_id, p.family_name || ', ' || p.given_name as person, m.code as mission,
                       d.start_date as start, d.end_date as "end", r.item,
                       not exists (select 1 from readiness_item ri
                                   where ri.person_id = d.person_id and ri.item = r.item
                                     and ri.valid_from <= d.end_date
                                     and (ri.valid_until is null or ri.valid_until >= d.start_date)) as missing,
                       u.first_uncovered
                from deployment d
                join person p on p.id = d.person_id
                join mission m on m.id = d.mission_id
                join lateral (select distinct item from mission_required_readiness
                              where mission_id = m.id or mission_id = m.parent_id) r on true
                join lateral (select min(cast(g.day as date)) as first_uncovered
                              from generate_series(d.start_date, d.end_date, interval '1 day') g(day)
                              where not exists (select 1 from readiness_item ri
                                                where ri.person_id = d.person_id and ri.item = r.item
                                                  and ri.valid_from <= cast(g.day as date)
                                                  and (ri.valid_until is null
                                                       or ri.valid_until >= cast(g.day as date)))) u
                  on u.first_uncovered is not null
                where d.status = 'PLANNED'
                """ + "  and " + scope.deployments("d", params) + """

                order by d.start_date, d.external_id, r.item""";
        return this.jdbc.sql(sql).params(params).query(Lapsing.class).list();
    }

    /**
     * Deployed people whose last day falls between today and 90 days on, soonest first.
     */
    public List<DueHome> dueHome(LocalDate today, Scope scope) {
        List<Object> params = new ArrayList<>(List.of(today, today, today));
        String sql = """
                select d.external_id, p.family_name || ', ' || p.given_name as person, m.code as mission, d.role,
                       d.end_date as "end", d.end_date - cast(? as date) as days_left
                from deployment d
                join person p on p.id = d.person_id
                join mission m on m.id = d.mission_id
                where d.status = 'DEPLOYED' and d.end_date between cast(? as date) and cast(? as date) + 90
                """ + "  and " + scope.deployments("d", params) + """

                order by d.end_date, m.code, d.external_id""";
        return this.jdbc.sql(sql).params(params).query(DueHome.class).list();
    }

}
