package ca.contingent.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deployments of people to missions. One person's deployments that are not CANCELLED
 * never overlap (end date inclusive): checked within the file and against the stored
 * ones, a stored deployment that the file rewrites being replaced by its new version
 * rather than compared with it.
 */
@Component
class DeploymentImporter implements KindImporter<DeploymentImporter.DeploymentLine> {

    static final List<String> TERMS = List.of("LONG", "SHORT");

    static final List<String> STATUSES = List.of("PLANNED", "DEPLOYED", "COMPLETED", "CANCELLED");

    /**
     * A deployment as the audit log shows it: the file's columns, the person and mission
     * by their keys.
     */
    private static final String JSON = """
            jsonb_build_object('external_id', %1$s.external_id, 'person_id', %2$s.external_id,
                               'mission_code', %3$s.code, 'role', %1$s.role, 'leadership', %1$s.leadership,
                               'term', %1$s.term, 'start_date', %1$s.start_date, 'end_date', %1$s.end_date,
                               'status', %1$s.status)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[])
                     as r(external_id, person_id, mission_code, role, leadership, term, start_date, end_date,
                          status)
            ), old as (
                select t.external_id, %1$s as before
                from deployment t join person p on p.id = t.person_id join mission m on m.id = t.mission_id
                where t.external_id in (select external_id from r)
            ), up as (
                insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date,
                                        end_date, status)
                select r.external_id, p.id, m.id, r.role, r.leadership::boolean, r.term, r.start_date::date,
                       r.end_date::date, r.status
                from r
                join person p on p.external_id = r.person_id
                join mission m on m.code = r.mission_code
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
            from up join person p on p.id = up.person_id join mission m on m.id = up.mission_id
            left join old on old.external_id = up.external_id
            """.formatted(JSON.formatted("t", "p", "m"), JSON.formatted("up", "p", "m"));

    private static final String STORED_PERIODS = """
            select d.external_id, p.external_id, d.start_date, d.end_date
            from deployment d
            join person p on p.id = d.person_id
            where d.status <> 'CANCELLED' and p.external_id = any(?)
            """;

    private final JdbcTemplate jdbc;

    DeploymentImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record DeploymentLine(String externalId, String personId, String missionCode, String role, Boolean leadership,
            String term, LocalDate startDate, LocalDate endDate, String status) {
    }

    /** A deployment's days; row 0 for a stored one that the file does not rewrite. */
    private record Period(String externalId, int row, LocalDate start, LocalDate end) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DEPLOYMENTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("external_id"), Column.required("person_id"), Column.required("mission_code"),
                Column.required("role"), Column.required("leadership"), Column.required("term"),
                Column.required("start_date"), Column.required("end_date"), Column.required("status"));
    }

    @Override
    public DeploymentLine read(Cells cells) {
        DeploymentLine line = new DeploymentLine(cells.text("external_id", 40), cells.text("person_id", 40),
                cells.text("mission_code", 30), cells.text("role", 120), cells.bool("leadership"),
                cells.oneOf("term", TERMS), cells.date("start_date"), cells.date("end_date"),
                cells.oneOf("status", STATUSES));
        if (line.startDate() != null && line.endDate() != null && line.endDate().isBefore(line.startDate())) {
            cells.problem("end_date", "import.error.endBeforeStart", line.endDate().toString(),
                    line.startDate().toString());
        }
        return line;
    }

    @Override
    public String key(DeploymentLine line) {
        return line.externalId();
    }

    @Override
    public void check(List<Line<DeploymentLine>> lines, Problems problems, ImportScope scope) {
        Set<String> personIds = lines.stream()
            .map((line) -> line.value().personId())
            .filter((id) -> id != null)
            .collect(Collectors.toSet());
        Set<String> people = Upserts.existing(this.jdbc, "select external_id from person where external_id = any(?)",
                personIds);
        Set<String> missions = Upserts.existing(this.jdbc, "select code from mission where code = any(?)",
                lines.stream().map((line) -> line.value().missionCode()).collect(Collectors.toSet()));
        for (Line<DeploymentLine> line : lines) {
            if (line.value().personId() != null && !people.contains(line.value().personId())) {
                problems.add(line.row(), "person_id", "import.error.unknownPerson", line.value().personId());
            }
            String mission = line.value().missionCode();
            if (mission == null) {
                continue;
            }
            if (!missions.contains(mission)) {
                problems.add(line.row(), "mission_code", "import.error.unknownMission", line.value().missionCode());
            }
            else if (!scope.allowsMission(line.value().missionCode())) {
                problems.add(line.row(), "mission_code", "import.error.outOfScope", line.value().missionCode());
            }
        }
        checkOverlaps(lines, problems, personIds);
    }

    private void checkOverlaps(List<Line<DeploymentLine>> lines, Problems problems, Set<String> personIds) {
        Set<String> inFile = lines.stream()
            .map((line) -> line.value().externalId())
            .filter((id) -> id != null)
            .collect(Collectors.toSet());
        Map<String, List<Period>> byPerson = new HashMap<>();
        for (Line<DeploymentLine> line : lines) {
            DeploymentLine d = line.value();
            boolean datesRead = d.startDate() != null && d.endDate() != null && !d.endDate().isBefore(d.startDate());
            if (datesRead && d.personId() != null && d.status() != null && !"CANCELLED".equals(d.status())) {
                byPerson.computeIfAbsent(d.personId(), (k) -> new ArrayList<>())
                    .add(new Period(d.externalId(), line.row(), d.startDate(), d.endDate()));
            }
        }
        if (!personIds.isEmpty()) {
            this.jdbc.query((connection) -> {
                var statement = connection.prepareStatement(STORED_PERIODS);
                statement.setArray(1, connection.createArrayOf("text", personIds.toArray()));
                return statement;
            }, (rs) -> {
                String externalId = rs.getString(1);
                if (!inFile.contains(externalId)) {
                    byPerson.computeIfAbsent(rs.getString(2), (k) -> new ArrayList<>())
                        .add(new Period(externalId, 0, rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalDate.class)));
                }
            });
        }
        // Sorted by start, a period overlaps an earlier one exactly when it starts on or
        // before the furthest end
        // reached so far; comparing with that one period finds every overlapping row in
        // one pass.
        for (List<Period> periods : byPerson.values()) {
            periods.sort(Comparator.comparing(Period::start).thenComparingInt(Period::row));
            Period reach = null;
            for (Period period : periods) {
                if (reach != null && !period.start().isAfter(reach.end())) {
                    reportOverlap(period, reach, problems);
                }
                if (reach == null || period.end().isAfter(reach.end())) {
                    reach = period;
                }
            }
        }
    }

    private static void reportOverlap(Period later, Period earlier, Problems problems) {
        Period inFile = later.row() > 0 ? later : earlier;
        Period other = inFile == later ? earlier : later;
        if (inFile.row() == 0) {
            return;
        }
        if (other.row() > 0) {
            problems.add(inFile.row(), "start_date", "import.error.overlapInFile", other.externalId(),
                    String.valueOf(other.row()), other.start().toString(), other.end().toString());
        }
        else {
            problems.add(inFile.row(), "start_date", "import.error.overlapStored", other.externalId(),
                    other.start().toString(), other.end().toString());
        }
    }

    @Override
    public List<Written> write(List<DeploymentLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, DeploymentLine::externalId),
                Upserts.column(lines, DeploymentLine::personId), Upserts.column(lines, DeploymentLine::missionCode),
                Upserts.column(lines, DeploymentLine::role), Upserts.column(lines, DeploymentLine::leadership),
                Upserts.column(lines, DeploymentLine::term), Upserts.column(lines, DeploymentLine::startDate),
                Upserts.column(lines, DeploymentLine::endDate), Upserts.column(lines, DeploymentLine::status));
    }

}
