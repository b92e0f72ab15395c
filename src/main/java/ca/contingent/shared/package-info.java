/**
 * Value types used everywhere (fiscal years, percentages) and the one place where errors
 * become answers.
 */
package ca.contingent.shared;
