package ca.contingent.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.results.ResultsBulkWriter;
import ca.contingent.results.ResultsBulkWriter.HighlightLine;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * Each mission's highlights of a year, in both languages; key (mission, fiscal year,
 * position). A commander imports those of their own missions (components included); rows
 * of other missions are refused by row. Written by the results module
 * ({@link ResultsBulkWriter}); missions are known through the mission module.
 */
@Component
class HighlightImporter implements KindImporter<HighlightLine> {

    private final ResultsBulkWriter results;

    private final MissionService missions;

    HighlightImporter(ResultsBulkWriter results, MissionService missions) {
        this.results = results;
        this.missions = missions;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.HIGHLIGHTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("mission_code"), Column.required("fiscal_year"), Column.required("position"),
                Column.required("title_en"), Column.required("title_fr"), Column.required("text_en"),
                Column.required("text_fr"));
    }

    @Override
    public List<String> keyColumns() {
        return List.of("mission_code", "fiscal_year", "position");
    }

    @Override
    public HighlightLine read(Cells cells) {
        return new HighlightLine(cells.code("mission_code", 30), TargetImporter.fiscalYear(cells, "fiscal_year"),
                cells.whole("position", 1), cells.text("title_en", 200), cells.text("title_fr", 200),
                cells.text("text_en", 4000), cells.text("text_fr", 4000));
    }

    @Override
    public String key(HighlightLine line) {
        return line.missionCode() + "|" + line.fiscalYear() + "|" + line.position();
    }

    @Override
    public void check(List<Line<HighlightLine>> lines, Problems problems, ImportScope scope) {
        Set<String> missions = this.missions.all().stream().map(Mission::code).collect(Collectors.toSet());
        for (Line<HighlightLine> line : lines) {
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

    @Override
    public List<Written> write(List<HighlightLine> lines) {
        return this.results.writeHighlights(lines);
    }

}
