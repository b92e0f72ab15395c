package ca.contingent.shared;

/**
 * The shipped reference data set was loaded into an empty database, inside the loading
 * transaction. Its annual report has been published, so the year it covers is published
 * with it.
 *
 * @param fiscalYear the year the reference data set describes
 */
public record ReferenceDataLoaded(FiscalYear fiscalYear) {

}
