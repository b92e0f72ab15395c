/**
 * The annual report as documents people download: a PDF, a printable HTML page and an
 * XLSX workbook, in English or in French. One model
 * ({@link ca.contingent.document.AnnualReportDocument}) is built once from the reporting
 * module's report and rendered three ways, so that every document shows the figures of
 * the JSON report by construction.
 */
package ca.contingent.document;
