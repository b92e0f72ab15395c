package ca.contingent.imports;

import java.util.List;

/**
 * What one kind of file knows: its columns, how a row becomes a record, the checks that need the whole file or the
 * database, and how its records are written. {@link ImportService} does the rest, the same for every kind.
 *
 * @param <L> one valid row
 */
interface KindImporter<L> {

    ImportKind kind();

    /** The columns, key first. */
    List<Column> columns();

    /** The row as a record, or {@code null} when {@code cells} recorded a problem. */
    L read(Cells cells);

    /** The value of the key column, which identifies the record in the file and in the database. */
    String key(L line);

    /**
     * Rules across rows and against the database: references, overlaps, the caller's scope. Runs in the import's
     * transaction, so it sees what earlier files of the same transaction wrote.
     */
    void check(List<Line<L>> lines, Problems problems, ImportScope scope);

    /** Writes every row, matched on the key; unchanged rows are not touched. */
    Counts write(List<L> lines);

    /** A column of the file; an optional one may be left out of the header altogether. */
    record Column(String name, boolean required) {

        static Column required(String name) {
            return new Column(name, true);
        }

        static Column optional(String name) {
            return new Column(name, false);
        }

    }

    /** A valid row with its number in the file. */
    record Line<L>(int row, L value) {

    }

    /** How many rows were created and updated; the others were left as they were. */
    record Counts(int created, int updated) {

        Counts plus(Counts other) {
            return new Counts(this.created + other.created, this.updated + other.updated);
        }

    }

}
