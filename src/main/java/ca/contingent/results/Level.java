package ca.contingent.results;

/**
 * The three levels of a logic model, from the long-term change down to the direct effects
 * of the activities.
 */
public enum Level {

    ULTIMATE, INTERMEDIATE, IMMEDIATE;

    /** The level an outcome's parent has: none for the ultimate outcome. */
    public Level parentLevel() {
        return switch (this) {
            case ULTIMATE -> null;
            case INTERMEDIATE -> ULTIMATE;
            case IMMEDIATE -> INTERMEDIATE;
        };
    }

}
