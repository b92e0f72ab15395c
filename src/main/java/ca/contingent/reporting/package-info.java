/**
 * The figures the program publishes, computed from the records by set-based SQL. This
 * module reads the other modules' tables directly and writes none; the counting rule
 * itself lives in the database (migration V70): {@code deployment_counts} (which
 * deployments count for a period), {@code counted_deployment(from, to)} and
 * {@code mission_person(from, to)} (a mission with its components, each person once), so
 * that every report and every later view counts the same way. The annual report and the
 * dashboards' breakdowns are built by one query builder, {@code ReportQueries}.
 */
@ReadsAcrossModules("The published figures are set-based SQL over agencies, missions, people, deployments and activities.")
package ca.contingent.reporting;

import ca.contingent.shared.ReadsAcrossModules;
