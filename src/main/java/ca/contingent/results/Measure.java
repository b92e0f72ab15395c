package ca.contingent.results;

import java.util.Arrays;
import java.util.stream.Collectors;

import ca.contingent.activity.ActivityCategory;

/**
 * What an indicator's numerator or denominator counts, written
 * {@code MEASURE[:CATEGORY[:TYPE]]}: a sum over the year's activities (sessions,
 * participants, women among them), optionally of one category and one type, or one of the
 * annual report's counts of people, which take no filter.
 *
 * @param kind what is counted
 * @param category the activity category, or {@code null} for every category
 * @param type the activity type exactly as recorded, or {@code null} for every type
 */
public record Measure(Kind kind, ActivityCategory category, String type) {

    /** The measures of the contract. */
    public enum Kind {

        SESSIONS(true), PARTICIPANTS(true), PARTICIPANTS_WOMEN(true), PERSONNEL(false), WOMEN(false),
        WOMEN_IN_LEADERSHIP(false);

        private final boolean activitySum;

        Kind(boolean activitySum) {
            this.activitySum = activitySum;
        }

        /**
         * A sum over activities, which may be filtered by category and type; otherwise a
         * count of people.
         */
        public boolean activitySum() {
            return this.activitySum;
        }

    }

    /**
     * Reads a measure.
     * @throws InvalidMeasureException naming what is wrong: an unknown measure or
     * category, a filter on a count of people, an empty type
     */
    public static Measure parse(String text) {
        String value = text == null ? "" : text.trim();
        String[] parts = value.split(":", 3);
        Kind kind = Arrays.stream(Kind.values())
            .filter((k) -> k.name().equals(parts[0].trim()))
            .findFirst()
            .orElseThrow(() -> new InvalidMeasureException("results.measure.unknown", parts[0].trim(),
                    Arrays.stream(Kind.values()).map(Kind::name).collect(Collectors.joining(", "))));
        if (parts.length == 1) {
            return new Measure(kind, null, null);
        }
        if (!kind.activitySum()) {
            throw new InvalidMeasureException("results.measure.noFilters", kind.name());
        }
        String categoryName = parts[1].trim();
        ActivityCategory category = Arrays.stream(ActivityCategory.values())
            .filter((c) -> c.name().equals(categoryName))
            .findFirst()
            .orElseThrow(() -> new InvalidMeasureException("results.measure.unknownCategory", categoryName,
                    Arrays.stream(ActivityCategory.values()).map(Enum::name).collect(Collectors.joining(", "))));
        if (parts.length == 2) {
            return new Measure(kind, category, null);
        }
        String type = parts[2].trim();
        if (type.isEmpty()) {
            throw new InvalidMeasureException("results.measure.emptyType");
        }
        return new Measure(kind, category, type);
    }

    /** Whether the text is a valid measure. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        }
        catch (InvalidMeasureException ex) {
            return false;
        }
    }

    /**
     * The measure as it is written in files and stored:
     * {@code MEASURE[:CATEGORY[:TYPE]]}.
     */
    @Override
    public String toString() {
        return this.kind.name() + (this.category == null ? "" : ":" + this.category.name())
                + (this.type == null ? "" : ":" + this.type);
    }

}
