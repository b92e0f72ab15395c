/**
 * Dashboards: the annual report's figures as charts over the years, missions, agencies and training, each chart with
 * its data as a table and as a CSV file. Every figure comes from {@code reporting}; this module counts nothing itself.
 */
package ca.contingent.dashboard;
