package ca.contingent.mission;

/**
 * What a mission list is narrowed to; every part may be absent.
 *
 * @param q text found in the code, either name or the location
 * @param parent {@link #TOP_LEVEL} for top-level missions only, or a mission code for its
 * components
 */
public record MissionFilter(String q, Organization organization, String parent, String language, Boolean armed) {

    /**
     * The parent filter value for missions that are not components; lower case, so never
     * a mission code.
     */
    public static final String TOP_LEVEL = "top";

    public static MissionFilter none() {
        return new MissionFilter(null, null, null, null, null);
    }

}
