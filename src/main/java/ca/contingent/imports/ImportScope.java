package ca.contingent.imports;

import java.util.Set;

/**
 * Which rows a caller may import, beyond the kinds their role allows: a coordinator's own
 * agency, a commander's missions (components included). {@code null} means no
 * restriction; an empty set means none at all, so that a caller whose scope could not be
 * resolved imports nothing rather than everything.
 */
public record ImportScope(Set<String> agencyCodes, Set<String> missionCodes) {

    public ImportScope {
        agencyCodes = agencyCodes == null ? null : Set.copyOf(agencyCodes);
        missionCodes = missionCodes == null ? null : Set.copyOf(missionCodes);
    }

    public static ImportScope everything() {
        return new ImportScope(null, null);
    }

    boolean allowsAgency(String code) {
        return this.agencyCodes == null || this.agencyCodes.contains(code);
    }

    boolean allowsMission(String code) {
        return this.missionCodes == null || this.missionCodes.contains(code);
    }

}
