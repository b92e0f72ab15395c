package ca.contingent.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.Bulk;
import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many deployments at once, as the deployments import brings them: the bulk route for
 * records kept elsewhere, which writes the status it is given, as the contract defines,
 * without the lifecycle's deploy checks. Checked against the rules of the deployment form
 * (its Bean Validation, an end not before the start, a person and a mission that exist,
 * no overlap), then written with one set-based upsert matched on the external id. One
 * person's deployments that are not CANCELLED never overlap (end date inclusive): checked
 * among the rows and against the stored ones, a stored deployment that a row rewrites
 * being replaced by its new version rather than compared with it.
 */
@Service
public class DeploymentBulkWriter {

    /**
     * A deployment as the audit log shows it: the import file's columns, the person and
     * mission by their keys.
     */
    private static final String JSON = """
            jsonb_build_object('external_id', %1$s.external_id, 'person_id', %2$s.external_id,
                               'mission_code', %3$s.code, 'role', %1$s.role, 'leadership', %1$s.leadership,
                               'term', %1$s.term, 'start_date', %1$s.start_date, 'end_date', %1$s.end_date,
                               'status', %1$s.status)""";

    // The person and the mission through what their modules publish for others to read.
    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[])
                     as r(external_id, person_id, mission_code, role, leadership, term, start_date, end_date,
                          status)
            ), old as (
                select t.external_id, %1$s as before
                from deployment t join person_summary p on p.id = t.person_id
                join mission_choice m on m.id = t.mission_id
                where t.external_id in (select external_id from r)
            ), up as (
                insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date,
                                        end_date, status)
                select r.external_id, p.id, m.id, r.role, r.leadership::boolean, r.term, r.start_date::date,
                       r.end_date::date, r.status
                from r
                join person_summary p on p.external_id = r.person_id
                join mission_choice m on m.code = r.mission_code
                on conflict (external_id) do update
                    set person_id = excluded.person_id, mission_id = excluded.mission_id, role = excluded.role,
                        leadership = excluded.leadership, term = excluded.term, start_date = excluded.start_date,
                        end_date = excluded.end_date, status = excluded.status, version = deployment.version + 1
                    where (deployment.person_id, deployment.mission_id, deployment.role, deployment.leadership,
                           deployment.term, deployment.start_date, deployment.end_date, deployment.status)
                          is distinct from
                          (excluded.person_id, excluded.mission_id, excluded.role, excluded.leadership,
                           excluded.term, excluded.start_date, excluded.end_date, excluded.status)
                returning deployment.*, (xmax = 0) as created
            )
            select up.external_id, up.created, old.before::text, %2$s::text
            from up join person_summary p on p.id = up.person_id join mission_choice m on m.id = up.mission_id
            left join old on old.external_id = up.external_id
            """.formatted(JSON.formatted("t", "p", "m"), JSON.formatted("up", "p", "m"));

    private static final String STORED_PERIODS = """
            select d.external_id, p.external_id, d.start_date, d.end_date
            from deployment d
            join person_summary p on p.id = d.person_id
            where d.status <> 'CANCELLED' and p.external_id = any(?)
            """;

    private final JdbcTemplate jdbc;

    private final Validator validator;

    DeploymentBulkWriter(JdbcTemplate jdbc, Validator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /** A deployment's days; row 0 for a stored one that no row rewrites. */
    private record Period(String externalId, int row, LocalDate start, LocalDate end) {
    }

    /**
     * Every rule the deployments break, each named by row and by field of
     * {@link DeploymentForm}, whose {@code status} is here the one to write.
     */
    @Transactional(readOnly = true)
    public List<Bulk.Problem> check(List<Bulk.Row<DeploymentForm>> rows) {
        Set<String> personIds = rows.stream()
            .map((row) -> row.value().person())
            .filter((id) -> id != null)
            .collect(Collectors.toSet());
        Set<String> people = Upserts.existing(this.jdbc,
                "select external_id from person_summary where external_id = any(?)", personIds);
        Set<String> missions = Upserts.existing(this.jdbc, "select code from mission_choice where code = any(?)",
                rows.stream().map((row) -> row.value().mission()).collect(Collectors.toSet()));
        List<Bulk.Problem> problems = new ArrayList<>();
        for (Bulk.Row<DeploymentForm> row : rows) {
            DeploymentForm deployment = row.value();
            problems.addAll(Bulk.validate(this.validator, row));
            if (deployment.endsBeforeStart()) {
                problems.add(new Bulk.Problem(row.row(), "endDate", "deployment.bulk.endBeforeStart",
                        deployment.endDate().toString(), deployment.startDate().toString()));
            }
            if (deployment.person() != null && !people.contains(deployment.person())) {
                problems
                    .add(new Bulk.Problem(row.row(), "person", "deployment.bulk.unknownPerson", deployment.person()));
            }
            if (deployment.mission() != null && !missions.contains(deployment.mission())) {
                problems.add(
                        new Bulk.Problem(row.row(), "mission", "deployment.bulk.unknownMission", deployment.mission()));
            }
        }
        problems.addAll(overlaps(rows, personIds));
        return problems;
    }

    private List<Bulk.Problem> overlaps(List<Bulk.Row<DeploymentForm>> rows, Set<String> personIds) {
        Set<String> rewritten = rows.stream()
            .map((row) -> row.value().externalId())
            .filter((id) -> id != null)
            .collect(Collectors.toSet());
        Map<String, List<Period>> byPerson = new HashMap<>();
        for (Bulk.Row<DeploymentForm> row : rows) {
            DeploymentForm d = row.value();
            boolean datesRead = d.startDate() != null && d.endDate() != null && !d.endsBeforeStart();
            if (datesRead && d.person() != null && d.status() != null && d.status() != DeploymentStatus.CANCELLED) {
                byPerson.computeIfAbsent(d.person(), (k) -> new ArrayList<>())
                    .add(new Period(d.externalId(), row.row(), d.startDate(), d.endDate()));
            }
        }
        if (!personIds.isEmpty()) {
            this.jdbc.query((connection) -> {
                var statement = connection.prepareStatement(STORED_PERIODS);
                statement.setArray(1, connection.createArrayOf("text", personIds.toArray()));
                return statement;
            }, (rs) -> {
                String externalId = rs.getString(1);
                if (!rewritten.contains(externalId)) {
                    byPerson.computeIfAbsent(rs.getString(2), (k) -> new ArrayList<>())
                        .add(new Period(externalId, 0, rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class)));
                }
            });
        }
        // Sorted by start, a period overlaps an earlier one exactly when it starts on or
        // before the furthest end reached so far; comparing with that one period finds
        // every overlapping row in one pass.
        List<Bulk.Problem> problems = new ArrayList<>();
        for (List<Period> periods : byPerson.values()) {
            periods.sort(Comparator.comparing(Period::start).thenComparingInt(Period::row));
            Period reach = null;
            for (Period period : periods) {
                if (reach != null && !period.start().isAfter(reach.end())) {
                    overlap(period, reach).ifPresent(problems::add);
                }
                if (reach == null || period.end().isAfter(reach.end())) {
                    reach = period;
                }
            }
        }
        return problems;
    }

    private static Optional<Bulk.Problem> overlap(Period later, Period earlier) {
        Period inRows = later.row() > 0 ? later : earlier;
        Period other = inRows == later ? earlier : later;
        if (inRows.row() == 0) {
            return Optional.empty();
        }
        if (other.row() > 0) {
            return Optional.of(new Bulk.Problem(inRows.row(), "startDate", "deployment.bulk.overlapInFile",
                    other.externalId(), String.valueOf(other.row()), other.start().toString(), other.end().toString()));
        }
        return Optional.of(new Bulk.Problem(inRows.row(), "startDate", "deployment.bulk.overlapStored",
                other.externalId(), other.start().toString(), other.end().toString()));
    }

    /**
     * Writes every deployment with the status it is given, matched on the external id;
     * unchanged ones are not touched and not returned.
     */
    @Transactional
    public List<Written> write(List<DeploymentForm> deployments) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(deployments, DeploymentForm::externalId),
                Upserts.column(deployments, DeploymentForm::person),
                Upserts.column(deployments, DeploymentForm::mission), Upserts.column(deployments, DeploymentForm::role),
                Upserts.column(deployments, DeploymentForm::leadership),
                Upserts.column(deployments, DeploymentForm::term),
                Upserts.column(deployments, DeploymentForm::startDate),
                Upserts.column(deployments, DeploymentForm::endDate),
                Upserts.column(deployments, DeploymentForm::status));
    }

}
