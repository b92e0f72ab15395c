package ca.contingent.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ActivityImporter implements KindImporter<ActivityImporter.ActivityLine> {

    static final List<String> CATEGORIES = List.of("TRAINING", "MENTORING", "INVESTIGATION", "ADVISORY", "OTHER");

    private static final String UPSERT = """
            insert into activity (external_id, mission_id, date, category, type, sessions, participants,
                                  participants_women)
            select r.external_id, m.id, r.date::date, r.category, r.type, r.sessions::integer,
                   r.participants::integer, r.participants_women::integer
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as r(external_id, mission_code, date, category, type, sessions, participants, participants_women)
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
            returning (xmax = 0)
            """;

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
        // As the schema's activity_women_check: an empty participants cell counts as 0. An invalid one was reported.
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
        for (Line<ActivityLine> line : lines) {
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
        if (scope.missionCodes() == null) {
            return;
        }
        // A row may not take over another mission's activity either: its update would move it into the caller's.
        Map<String, String> missionNow = Upserts.owners(this.jdbc,
                "select a.external_id, m.code from activity a join mission m on m.id = a.mission_id"
                        + " where a.external_id = any(?)",
                lines.stream().map((line) -> line.value().externalId()).toList());
        for (Line<ActivityLine> line : lines) {
            String current = missionNow.get(line.value().externalId());
            if (current != null && !scope.allowsMission(current)) {
                problems.add(line.row(), "external_id", "import.error.outOfScope", line.value().externalId());
            }
        }
    }

    @Override
    public Counts write(List<ActivityLine> lines) {
        return Upserts.run(this.jdbc, UPSERT, Upserts.column(lines, ActivityLine::externalId),
                Upserts.column(lines, ActivityLine::missionCode), Upserts.column(lines, ActivityLine::date),
                Upserts.column(lines, ActivityLine::category), Upserts.column(lines, ActivityLine::type),
                Upserts.column(lines, ActivityLine::sessions), Upserts.column(lines, ActivityLine::participants),
                Upserts.column(lines, ActivityLine::participantsWomen));
    }

}
