package ca.contingent.imports;

/**
 * One problem of a file: row 1 is the first data row, row 0 the header (or the file as a
 * whole). The message is in the caller's language.
 */
public record ImportError(int row, String column, String message) {

}
