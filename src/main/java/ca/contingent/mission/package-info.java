/**
 * The missions people deploy to, each possibly with components one level deep, and the
 * pages that manage them. The list of missions to choose from is
 * {@link ca.contingent.mission.MissionService#choices()}, and the view
 * {@code mission_choice} for SQL.
 */
package ca.contingent.mission;
