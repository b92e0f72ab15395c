package ca.contingent.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.results.ResultsBulkWriter;
import ca.contingent.results.ResultsBulkWriter.Problem;
import ca.contingent.results.ResultsBulkWriter.TargetLine;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * Targets with their baselines; key (indicator, mission, fiscal year), where an empty
 * mission is the whole program. Read cell by cell here, checked against the logic model
 * and written by the results module ({@link ResultsBulkWriter}); missions are known
 * through the mission module.
 */
@Component
class TargetImporter implements KindImporter<TargetLine> {

    /** Not negative, at most two decimals, as the column stores it. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private final ResultsBulkWriter results;

    private final MissionService missions;

    TargetImporter(ResultsBulkWriter results, MissionService missions) {
        this.results = results;
        this.missions = missions;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TARGETS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("indicator_code"), Column.optional("mission_code"),
                Column.required("fiscal_year"), Column.optional("baseline"), Column.required("target"));
    }

    @Override
    public List<String> keyColumns() {
        return List.of("indicator_code", "mission_code", "fiscal_year");
    }

    @Override
    public TargetLine read(Cells cells) {
        String missionCode = cells.value("mission_code") == null ? null : cells.code("mission_code", 30);
        return new TargetLine(cells.code("indicator_code", 30), missionCode, fiscalYear(cells, "fiscal_year"),
                decimal(cells, "baseline", false), decimal(cells, "target", true));
    }

    /**
     * A fiscal year written {@code 2024-25}, or {@code null} with its problem recorded.
     */
    static FiscalYear fiscalYear(Cells cells, String column) {
        String value = cells.value(column);
        if (value == null) {
            cells.problem(column, "import.error.required");
            return null;
        }
        try {
            return FiscalYear.parse(value);
        }
        catch (InvalidFiscalYearException ex) {
            cells.problem(column, "results.fiscalYear.invalid", value);
            return null;
        }
    }

    private static BigDecimal decimal(Cells cells, String column, boolean required) {
        String value = cells.value(column);
        if (value == null) {
            if (required) {
                cells.problem(column, "import.error.required");
            }
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            cells.problem(column, "results.import.decimal", value);
            return null;
        }
        return new BigDecimal(value);
    }

    @Override
    public String key(TargetLine line) {
        return line.indicatorCode() + "|" + (line.missionCode() == null ? "" : line.missionCode()) + "|"
                + line.fiscalYear();
    }

    @Override
    public void check(List<Line<TargetLine>> lines, Problems problems, ImportScope scope) {
        for (Problem problem : this.results.checkTargets(lines.stream().map(Line::value).toList())) {
            problems.add(lines.get(problem.index()).row(), problem.column(), problem.messageKey(), problem.arguments());
        }
        Set<String> missions = this.missions.all().stream().map(Mission::code).collect(Collectors.toSet());
        // The service finds a repeated key only when every key cell is filled; a program
        // target has no mission.
        Map<String, Integer> programRows = new HashMap<>();
        for (Line<TargetLine> line : lines) {
            TargetLine value = line.value();
            if (value.missionCode() != null && !missions.contains(value.missionCode())) {
                problems.add(line.row(), "mission_code", "import.error.unknownMission", value.missionCode());
            }
            if (value.missionCode() == null && value.indicatorCode() != null && value.fiscalYear() != null) {
                Integer first = programRows.putIfAbsent(key(value), line.row());
                if (first != null) {
                    problems.add(line.row(), "indicator_code", "import.error.duplicateKey", key(value),
                            String.valueOf(first));
                }
            }
        }
    }

    @Override
    public List<Written> write(List<TargetLine> lines) {
        return this.results.writeTargets(lines);
    }

}
