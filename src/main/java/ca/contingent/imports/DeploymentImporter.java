package ca.contingent.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.deployment.DeploymentBulkWriter;
import ca.contingent.deployment.DeploymentForm;
import ca.contingent.deployment.DeploymentStatus;
import ca.contingent.deployment.Term;
import ca.contingent.mission.MissionForm;
import ca.contingent.shared.Bulk;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * Deployments of people to missions: the file's cells become the deployment module's
 * forms, which {@link DeploymentBulkWriter} checks (overlaps included) and writes with
 * the status the file gives; the caller's scope is checked here.
 */
@Component
class DeploymentImporter implements KindImporter<DeploymentForm> {

    static final List<String> TERMS = Arrays.stream(Term.values()).map(Term::name).toList();

    static final List<String> STATUSES = Arrays.stream(DeploymentStatus.values()).map(DeploymentStatus::name).toList();

    /** The column of each field the deployment module names in its problems. */
    private static final Map<String, String> COLUMNS = Map.of("externalId", "external_id", "person", "person_id",
            "mission", "mission_code", "role", "role", "leadership", "leadership", "term", "term", "startDate",
            "start_date", "endDate", "end_date", "status", "status");

    private final DeploymentBulkWriter deployments;

    DeploymentImporter(DeploymentBulkWriter deployments) {
        this.deployments = deployments;
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
    public DeploymentForm read(Cells cells) {
        String externalId = cells.text("external_id", DeploymentForm.EXTERNAL_ID_LENGTH);
        String person = cells.text("person_id", 40);
        String mission = cells.text("mission_code", MissionForm.CODE_LENGTH);
        String role = cells.text("role", DeploymentForm.ROLE_LENGTH);
        Boolean leadership = cells.bool("leadership");
        String term = cells.oneOf("term", TERMS);
        LocalDate start = cells.date("start_date");
        LocalDate end = cells.date("end_date");
        String status = cells.oneOf("status", STATUSES);
        return new DeploymentForm(externalId, person, mission, role, leadership,
                term == null ? null : Term.valueOf(term), start, end,
                status == null ? null : DeploymentStatus.valueOf(status), null);
    }

    @Override
    public String key(DeploymentForm line) {
        return line.externalId();
    }

    @Override
    public void check(List<Line<DeploymentForm>> lines, Problems problems, ImportScope scope) {
        List<Bulk.Problem> found = this.deployments.check(Rows.of(lines));
        Rows.place(found, COLUMNS, problems);
        // An unknown mission is named as such, not as outside the caller's scope.
        Set<Integer> unknownMission = found.stream()
            .filter((problem) -> problem.field().equals("mission"))
            .map(Bulk.Problem::row)
            .collect(Collectors.toSet());
        for (Line<DeploymentForm> line : lines) {
            String mission = line.value().mission();
            if (mission != null && !unknownMission.contains(line.row()) && !scope.allowsMission(mission)) {
                problems.add(line.row(), "mission_code", "import.error.outOfScope", mission);
            }
        }
    }

    @Override
    public List<Written> write(List<DeploymentForm> lines) {
        return this.deployments.write(lines);
    }

}
