package ca.contingent.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.Upserts;
import ca.contingent.shared.Upserts.Written;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ActivityImporter implements KindImporter<ActivityImporter.ActivityLine> {

    static final List<String> CATEGORIES = List.of("TRAINING", "MENTORING", "INVESTIGATION", "ADVISORY", "OTHER");

    /**
     * An activity as the audit log shows it: the file's columns, the mission by its code.
     */
    private static final String JSON = """
            jsonb_build_object('external_id', %1$s.external_id, 'mission_code', %2$s.code, 'date', %1$s.date,
                               'category', %1$s.category, 'type', %1$s.type, 'sessions', %1$s.sessions,
                               'participants', %1$s.participants, 'participants_women', %1$s.participants_women)""";

    private static final String UPSERT = """
            with r as (
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[])
                     as r(external_id, mission_code, date, category, type, sessions, participants,
                          participants_women)
            ), old as (
                select t.external_id, %1$s as before
                from activity t join mission m on m.id = t.mission_id
                where t.external_id in (select external_id from r)
            ), up as (
                insert into activity (external_id, mission_id, date, category, type, sessions, participants,
                                      participants_women)
                select r.external_id, m.id, r.date::date, r.category, r.type, r.sessions::integer,
                       r.participants::integer, r.participants_women::integer
                from r
                join mission m on m.code = r.mission_code
                on conflict (external_id) do update
                    set mission_id = excluded.mission_id, date = excluded.date, category = excluded.category,
                        type = excluded.type, sessions = excluded.sessions, participants = excluded.participants,
                        participants_women = excluded.participants_women, version = activity.version + 1
                    where (activity.mission_id, activity.date, activity.category, activity.type, activity.sessions,
                           activity.participants, activity.participants_women)
                          is distinct from
                          (excluded.mission_id, excluded.date, excluded.category, excluded.type, excluded.sessions,
                           excluded.participants, excluded.participants_women)
                returning activity.*, (xmax = 0) as created
            )
            select up.external_id, up.created, old.before::text, %2$s::text
            from up join mission m on m.id = up.mission_id left join old on old.external_id = up.external_id
            """.formatted(JSON.formatted("t", "m"), JSON.formatted("up", "m"));

    private final JdbcTemplate jdbc;

    ActivityImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record ActivityLine(String externalId, String missionCode, LocalDate date, String category, String type,
            Integer sessions, Integer participants, Integer participantsWomen) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ACTIVITIES;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("external_id"), Column.required("mission_code"), Column.required("date"),
                Column.required("category"), Column.required("type"), Column.required("sessions"),
                Column.optional("participants"), Column.optional("participants_women"));
    }

    @Override
    public ActivityLine read(Cells cells) {
        ActivityLine line = new ActivityLine(cells.text("external_id", 40), cells.text("mission_code", 30),
                cells.date("date"), cells.oneOf("category", CATEGORIES), cells.text("type", 200),
                cells.whole("sessions", 0), cells.optionalWhole("participants", 0),
                cells.optionalWhole("participants_women", 0));
        // As the schema's activity_women_check: an empty participants cell counts as 0.
        // An invalid one was reported.
        boolean participantsRead = cells.value("participants") == null || line.participants() != null;
        int participants = line.participants() == null ? 0 : line.participants();
        if (participantsRead && line.participantsWomen() != null && line.participantsWomen() > participants) {
            cells.problem("participants_women", "import.error.womenOverParticipants",
                    String.valueOf(line.participantsWomen()), String.valueOf(participants));
        }
        return line;
    }

    @Override
    public String key(ActivityLine line) {
        return line.externalId();
    }

    @Override
    public void check(List<Line<ActivityLine>> lines, Problems problems, ImportScope scope) {
        Set<String> missions = Upserts.existing(this.jdbc, "select code from mission where code = any(?)",
                lines.stream().map((line) -> line.value().missionCode()).collect(Collectors.toSet()));
        Set<String> storedElsewhere = storedOutside(lines, scope);
        for (Line<ActivityLine> line : lines) {
            // As for people: the external id may be another mission's activity, which the
            // upsert would move.
            if (storedElsewhere.contains(line.value().externalId())) {
                problems.add(line.row(), "external_id", "import.error.storedOutOfScope", line.value().externalId());
            }
            String mission = line.value().missionCode();
            if (mission == null) {
                continue;
            }
            if (!missions.contains(mission)) {
                problems.add(line.row(), "mission_code", "import.error.unknownMission", mission);
            }
            else if (!scope.allowsMission(mission)) {
                problems.add(line.row(), "mission_code", "import.error.outOfScope", mission);
            }
        }
    }

    /**
     * The file's external ids that are stored activities of a mission outside the
     * caller's scope.
     */
    private Set<String> storedOutside(List<Line<ActivityLine>> lines, ImportScope scope) {
        if (scope.missionCodes() == null) {
            return Set.of();
        }
        Set<String> ids = lines.stream().map((line) -> line.value().externalId()).collect(Collectors.toSet());
        return Upserts.existing(this.jdbc, """
                select t.external_id from activity t join mission m on m.id = t.mission_id
                where t.external_id = any(?) and m.code <> all(?)""", ids, scope.missionCodes());
    }

    @Override
    public List<Written> write(List<ActivityLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, ActivityLine::externalId),
                Upserts.column(lines, ActivityLine::missionCode), Upserts.column(lines, ActivityLine::date),
                Upserts.column(lines, ActivityLine::category), Upserts.column(lines, ActivityLine::type),
                Upserts.column(lines, ActivityLine::sessions), Upserts.column(lines, ActivityLine::participants),
                Upserts.column(lines, ActivityLine::participantsWomen));
    }

}
