/**
 * Members' monthly reports: a deployed member reports the activities delivered in a
 * month, results and a short narrative; the mission's commander reviews or returns it,
 * headquarters approve it, and an approved report becomes activity rows of the
 * deployment's mission (through the activity module's service). Reads the person,
 * deployment and mission tables with SQL for its lists and the reminder list of months
 * still owed.
 */
package ca.contingent.monthly;
