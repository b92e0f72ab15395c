/**
 * Publication of a fiscal year's annual report: the figures are frozen as published (a
 * snapshot, with who and when), and every later change to a record those figures were
 * computed from is logged as a restatement by database triggers (migration V55), so that
 * no form, import, lifecycle step or retention run can skip it. Reads the report through
 * {@code reporting}; nothing depends on this module but the pages that link to it.
 */
package ca.contingent.publication;
