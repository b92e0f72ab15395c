/**
 * The figures the program publishes, computed from the records by set-based SQL. This
 * module reads the other modules' tables directly and writes none; the counting rule
 * itself is the database function {@code counted_deployment(from, to)}, so that every
 * report and every later view counts the same way.
 */
package ca.contingent.reporting;
