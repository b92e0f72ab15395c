package ca.contingent.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.activity.ActivityBulkWriter;
import ca.contingent.activity.ActivityCategory;
import ca.contingent.activity.ActivityForm;
import ca.contingent.mission.MissionForm;
import ca.contingent.shared.Bulk;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * Activities of missions: the file's cells become the activity module's forms, which
 * {@link ActivityBulkWriter} checks and writes; the caller's scope is checked here.
 */
@Component
class ActivityImporter implements KindImporter<ActivityForm> {

    static final List<String> CATEGORIES = Arrays.stream(ActivityCategory.values())
        .map(ActivityCategory::name)
        .toList();

    /** The column of each field the activity module names in its problems. */
    private static final Map<String, String> COLUMNS = Map.of("externalId", "external_id", "mission", "mission_code",
            "date", "date", "category", "category", "type", "type", "sessions", "sessions", "participants",
            "participants", "participantsWomen", "participants_women");

    private final ActivityBulkWriter activities;

    ActivityImporter(ActivityBulkWriter activities) {
        this.activities = activities;
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
    public ActivityForm read(Cells cells) {
        String externalId = cells.text("external_id", ActivityForm.EXTERNAL_ID_LENGTH);
        String mission = cells.text("mission_code", MissionForm.CODE_LENGTH);
        LocalDate date = cells.date("date");
        String category = cells.oneOf("category", CATEGORIES);
        String type = cells.text("type", ActivityForm.TYPE_LENGTH);
        Integer sessions = cells.whole("sessions", 0);
        Integer participants = cells.optionalWhole("participants", 0);
        Integer women = cells.optionalWhole("participants_women", 0);
        if (cells.value("participants") != null && participants == null) {
            // The participants cell was not a count (and said so): the women's count has
            // nothing to be compared with. The row is not written anyway.
            women = null;
        }
        return new ActivityForm(externalId, mission, date, category == null ? null : ActivityCategory.valueOf(category),
                type, sessions, participants, women, null);
    }

    @Override
    public String key(ActivityForm line) {
        return line.externalId();
    }

    @Override
    public void check(List<Line<ActivityForm>> lines, Problems problems, ImportScope scope) {
        if (scope.missionCodes() != null) {
            // As for people: the external id may be another mission's activity, which the
            // upsert would move.
            Map<String, String> stored = this.activities
                .storedMissions(lines.stream().map((line) -> line.value().externalId()).toList());
            for (Line<ActivityForm> line : lines) {
                String from = stored.get(line.value().externalId());
                if (from != null && !scope.allowsMission(from)) {
                    problems.add(line.row(), "external_id", "import.error.storedOutOfScope", line.value().externalId());
                }
            }
        }
        List<Bulk.Problem> found = this.activities.check(Rows.of(lines));
        Rows.place(found, COLUMNS, problems);
        // An unknown mission is named as such, not as outside the caller's scope.
        Set<Integer> unknownMission = found.stream()
            .filter((problem) -> problem.field().equals("mission"))
            .map(Bulk.Problem::row)
            .collect(Collectors.toSet());
        for (Line<ActivityForm> line : lines) {
            String mission = line.value().mission();
            if (mission != null && !unknownMission.contains(line.row()) && !scope.allowsMission(mission)) {
                problems.add(line.row(), "mission_code", "import.error.outOfScope", mission);
            }
        }
    }

    @Override
    public List<Written> write(List<ActivityForm> lines) {
        return this.activities.write(lines);
    }

}
