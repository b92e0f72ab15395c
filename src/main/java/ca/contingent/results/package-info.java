/**
 * The results framework: the logic model (outcomes in three levels), indicators computed
 * from the records, targets with baselines per fiscal year, and each mission's
 * highlights. Its API for other modules is {@link Results} (results against targets) and
 * {@link Highlights} (a year's highlights by mission). Actuals come from the annual
 * report's figures ({@code reporting.AnnualReports}), never from a second count.
 */
package ca.contingent.results;
