package ca.contingent.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.contingent.mission.Mission;

/**
 * Mission codes by id: the results tables keep a mission by its id, and the mission
 * module (its Java API) names it; this module never reads the mission table.
 */
final class MissionCodes {

    private MissionCodes() {
    }

    static Map<Long, String> byId(List<Mission> missions) {
        Map<Long, String> codes = new HashMap<>();
        missions.forEach((mission) -> codes.put(mission.id(), mission.code()));
        return codes;
    }

}
