package ca.contingent.mission;

/** What refers to a mission: it cannot be deleted while any of these is above zero. */
public record MissionCounts(int components, int deployments, int activities, int users) {

}
