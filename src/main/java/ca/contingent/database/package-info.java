/**
 * Where the data lives: an embedded PostgreSQL server by default, an external one when
 * {@code spring.datasource.url} is set.
 */
package ca.contingent.database;
