package ca.contingent.imports;

import java.util.Set;

/**
 * Which rows a caller may import, beyond the kinds their role allows: a coordinator's own agency, a commander's
 * missions. {@code null} means no restriction. The API passes {@link #everything()} until users carry their agency
 * and missions; the importers already ask it about every row, so restricting a caller is a matter of passing a
 * narrower scope.
 */
public record ImportScope(String agencyCode, Set<String> missionCodes) {

    public static ImportScope everything() {
        return new ImportScope(null, null);
    }

    boolean allowsAgency(String code) {
        return this.agencyCode == null || this.agencyCode.equals(code);
    }

    boolean allowsMission(String code) {
        return this.missionCodes == null || this.missionCodes.contains(code);
    }

}
