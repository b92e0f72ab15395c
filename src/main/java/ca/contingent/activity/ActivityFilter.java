package ca.contingent.activity;

import ca.contingent.shared.FiscalYear;

/**
 * What an activity list is narrowed to; every part may be absent.
 *
 * @param q text found in the type
 * @param mission a mission code: that mission's own activities
 */
public record ActivityFilter(String q, String mission, ActivityCategory category, FiscalYear fiscalYear) {

}
