/**
 * Readiness: the items a person holds with their validity windows (medical, clearance,
 * passport, …), and the items each mission requires. Read with SQL; depends on no other
 * business module.
 */
package ca.contingent.readiness;
