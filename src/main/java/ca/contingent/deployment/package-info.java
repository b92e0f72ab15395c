/**
 * Who goes where and when: a person's deployment to a mission, its term and its status.
 * Missions are read with SQL (code and names) rather than through the mission module,
 * which is built in parallel.
 */
package ca.contingent.deployment;
