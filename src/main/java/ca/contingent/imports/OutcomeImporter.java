package ca.contingent.imports;

import java.util.Arrays;
import java.util.List;

import ca.contingent.results.Level;
import ca.contingent.results.ResultsBulkWriter;
import ca.contingent.results.ResultsBulkWriter.OutcomeLine;
import ca.contingent.results.ResultsBulkWriter.Problem;
import ca.contingent.shared.Upserts.Written;

import org.springframework.stereotype.Component;

/**
 * The logic model's outcomes, read cell by cell here and checked and written by the
 * results module ({@link ResultsBulkWriter}), with the rules of its pages. A parent may
 * come in the same file.
 */
@Component
class OutcomeImporter implements KindImporter<OutcomeLine> {

    private static final List<String> LEVELS = Arrays.stream(Level.values()).map(Level::name).toList();

    private final ResultsBulkWriter results;

    OutcomeImporter(ResultsBulkWriter results) {
        this.results = results;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.OUTCOMES;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("code"), Column.required("name_en"), Column.required("name_fr"),
                Column.required("level"), Column.optional("parent_code"));
    }

    @Override
    public OutcomeLine read(Cells cells) {
        boolean parentGiven = cells.value("parent_code") != null;
        String code = cells.code("code", 30);
        String nameEn = cells.text("name_en", 300);
        String nameFr = cells.text("name_fr", 300);
        String level = cells.oneOf("level", LEVELS);
        String parent = parentGiven ? cells.code("parent_code", 30) : null;
        return new OutcomeLine(code, nameEn, nameFr, level == null ? null : Level.valueOf(level), parent, parentGiven);
    }

    @Override
    public String key(OutcomeLine line) {
        return line.code();
    }

    @Override
    public void check(List<Line<OutcomeLine>> lines, Problems problems, ImportScope scope) {
        for (Problem problem : this.results.checkOutcomes(lines.stream().map(Line::value).toList())) {
            problems.add(lines.get(problem.index()).row(), problem.column(), problem.messageKey(), problem.arguments());
        }
    }

    @Override
    public List<Written> write(List<OutcomeLine> lines) {
        return this.results.writeOutcomes(lines);
    }

}
