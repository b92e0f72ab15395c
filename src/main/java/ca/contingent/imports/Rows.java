package ca.contingent.imports;

import java.util.List;
import java.util.Map;

import ca.contingent.shared.Bulk;

/**
 * Between a file's lines and the bulk writer of the module that owns them: the lines as
 * the writer's rows, and the writer's problems placed on the file's rows and columns.
 */
final class Rows {

    private Rows() {
    }

    static <L> List<Bulk.Row<L>> of(List<KindImporter.Line<L>> lines) {
        return lines.stream().map((line) -> new Bulk.Row<>(line.row(), line.value())).toList();
    }

    /**
     * Each problem on its row, in the column of its field ({@code columns}: field to
     * column); a field without a column concerns the whole row.
     */
    static void place(List<Bulk.Problem> found, Map<String, String> columns, Problems problems) {
        for (Bulk.Problem problem : found) {
            problems.add(problem.row(), columns.getOrDefault(problem.field(), ""), problem.messageKey(),
                    problem.arguments());
        }
    }

}
