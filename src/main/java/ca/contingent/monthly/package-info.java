/**
 * Members' monthly reports: a deployed member reports the activities delivered in a
 * month, results and a short narrative; the mission's commander reviews or returns it,
 * headquarters approve it, and an approved report becomes activity rows of the
 * deployment's mission, tied to the report (through the activity module's
 * {@code ReportedActivities}). {@link ca.contingent.monthly.MonthlyReport} owns the
 * workflow; {@link ca.contingent.monthly.Step} is the one table of who may take each
 * step, which the security rules read too. People, deployments and missions are read
 * through what their modules publish (the views {@code person_name},
 * {@code deployment_stay}, {@code mission_code} and the function
 * {@code counted_deployment}), never their tables.
 */
package ca.contingent.monthly;
