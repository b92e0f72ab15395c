/**
 * The figures the program publishes, computed from the records by set-based SQL. This
 * module reads the other modules' tables directly and writes none; the counting rule
 * itself is the database function {@code counted_deployment(from, to)}, so that every
 * report and every later view counts the same way.
 */
@ReadsAcrossModules("The published figures are set-based SQL over agencies, missions, people, deployments and activities.")
package ca.contingent.reporting;

import ca.contingent.shared.ReadsAcrossModules;
