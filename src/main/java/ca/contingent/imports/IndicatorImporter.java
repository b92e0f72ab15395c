package ca.contingent.imports;

import java.util.List;

import ca.contingent.results.InvalidMeasureException;
import ca.contingent.results.Measure;
import ca.contingent.results.ResultsBulkWriter;
import ca.contingent.results.ResultsBulkWriter.IndicatorLine;
import ca.contingent.results.ResultsBulkWriter.Problem;
import ca.contingent.results.Unit;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * Indicators of the logic model: a numerator and, for a percent, a denominator, each a
 * measure {@code MEASURE[:CATEGORY[:TYPE]]}, stored as written once checked. Read cell by
 * cell here (the measures and the unit with the rules of the results pages), checked
 * against the logic model and written by the results module ({@link ResultsBulkWriter}).
 */
@Component
class IndicatorImporter implements KindImporter<IndicatorLine> {

    private static final List<String> UNITS = List.of(Unit.COUNT.name(), Unit.PERCENT.name());

    private final ResultsBulkWriter results;

    IndicatorImporter(ResultsBulkWriter results) {
        this.results = results;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.INDICATORS;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.required("outcome_code"), Column.required("numerator"), Column.optional("denominator"),
                Column.required("unit"));
    }

    @Override
    public IndicatorLine read(Cells cells) {
        Measure numerator = measure(cells, "numerator", cells.text("numerator", 250));
        Measure denominator = measure(cells, "denominator", cells.optionalText("denominator", 250));
        String unitName = cells.oneOf("unit", UNITS);
        Unit unit = unitName == null ? null : Unit.valueOf(unitName);
        if (unit != null) {
            unit.denominatorProblem(cells.value("denominator") != null)
                .ifPresent((key) -> cells.problem("denominator", key));
        }
        return new IndicatorLine(cells.code("code", 30), cells.text("name_en", 300), cells.text("name_fr", 300),
                cells.code("outcome_code", 30), numerator, denominator, unit);
    }

    /** The measure, or {@code null} with its problem recorded. */
    private static Measure measure(Cells cells, String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Measure.parse(text);
        }
        catch (InvalidMeasureException ex) {
            cells.problem(column, ex.messageKey(), ex.arguments());
            return null;
        }
    }

    @Override
    public String key(IndicatorLine line) {
        return line.code();
    }

    @Override
    public void check(List<Line<IndicatorLine>> lines, Problems problems, ImportScope scope) {
        for (Problem problem : this.results.checkIndicators(lines.stream().map(Line::value).toList())) {
            problems.add(lines.get(problem.index()).row(), problem.column(), problem.messageKey(), problem.arguments());
        }
    }

    @Override
    public List<Written> write(List<IndicatorLine> lines) {
        return this.results.writeIndicators(lines);
    }

}
