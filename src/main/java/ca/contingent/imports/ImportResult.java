package ca.contingent.imports;

/** What an import did, or would do when it was a dry run. */
public record ImportResult(String kind, int rows, int created, int updated, int unchanged) {

}
