/**
 * CSV imports of the program's records (agencies, missions, people, deployments,
 * activities): every row checked first, every problem reported at once, then all rows
 * written in one transaction or none. Writes the other modules' tables with set-based
 * SQL, matched on each kind's key column.
 */
package ca.contingent.imports;
