package ca.contingent.imports;

import java.util.List;

import ca.contingent.shared.Upserts.Written;

/**
 * What one kind of file knows: its columns, how a row becomes a record, the checks that
 * need the whole file or the database, and how its records are written.
 * {@link ImportService} does the rest, the same for every kind.
 *
 * @param <L> one valid row
 */
interface KindImporter<L> {

    ImportKind kind();

    /** The columns, key first. */
    List<Column> columns();

    /** The columns that together identify a row: by default the first one alone. */
    default List<String> keyColumns() {
        return List.of(columns().get(0).name());
    }

    /**
     * The row as a record; a value that broke its rule is {@code null} (and {@code cells}
     * recorded why), so that the checks across rows still run on the rest of the row and
     * the file's problems are all found in one pass.
     */
    L read(Cells cells);

    /**
     * The value of the key column, which identifies the record in the file and in the
     * database.
     */
    String key(L line);

    /**
     * Rules across rows and against the database: references, overlaps, the caller's
     * scope. Runs in the import's transaction, so it sees what earlier files of the same
     * transaction wrote. Values may be {@code null} where a cell was invalid; such a
     * value is skipped, its problem already recorded.
     */
    void check(List<Line<L>> lines, Problems problems, ImportScope scope);

    /**
     * Writes every row, matched on the key; unchanged rows are not touched and not
     * returned. Each record created or updated comes back with its values before (none
     * when created) and after, for the audit log.
     */
    List<Written> write(List<L> lines);

    /** A column of the file; an optional one may be left out of the header altogether. */
    record Column(String name, boolean required) {

        static Column required(String name) {
            return new Column(name, true);
        }

        static Column optional(String name) {
            return new Column(name, false);
        }

    }

    /** A row read from the file, with its number (1 = first data row). */
    record Line<L>(int row, L value) {

    }

}
