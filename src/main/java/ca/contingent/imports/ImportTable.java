package ca.contingent.imports;

import java.util.List;

/**
 * What every import file becomes before its rows are checked, whatever its format (CSV or
 * an XLSX sheet): the header names (trimmed, lower case) and the data rows as text cells,
 * each row with the number that error messages give it (row 1 is the first data row). The
 * checks and the writing never see the file's format.
 *
 * @param header the column names of the first row
 * @param rows the data rows, in file order
 */
record ImportTable(List<String> header, List<Row> rows) {

    ImportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param number the row's number in messages: 1 for the first data row
     * @param cells the text of its cells, by column position (a cell past the end is
     * empty)
     * @param width how many cells the row has; it may exceed {@code cells.size()} when a
     * sheet has a value far to the right of the header, which is then not kept
     */
    record Row(int number, List<String> cells, int width) {

        Row(int number, List<String> cells) {
            this(number, cells, cells.size());
        }

        Row {
            cells = List.copyOf(cells);
        }

        /** The cell at this position, untrimmed; {@code null} past the row's end. */
        String cell(int index) {
            return index < this.cells.size() ? this.cells.get(index) : null;
        }

        boolean isBlank() {
            return this.cells.stream().allMatch(String::isBlank) && this.width <= this.cells.size();
        }

    }

}
