/**
 * The missions people deploy to, each possibly with components one level deep, and the
 * pages that manage them.
 */
package ca.contingent.mission;
