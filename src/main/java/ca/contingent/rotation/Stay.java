package ca.contingent.rotation;

import java.time.LocalDate;

/**
 * One deployment as the rotation plan sees it: who, in which role, where and when (both
 * days inclusive).
 */
public record Stay(String externalId, String person, String role, String mission, String status, LocalDate start,
        LocalDate end) {

    /** Whether the stay covers the day (start and end inclusive). */
    boolean covers(LocalDate day) {
        return !day.isBefore(this.start) && !day.isAfter(this.end);
    }

    /**
     * Planned and deployed stays are the ones a commander can still change; completed
     * ones are history.
     */
    boolean isCurrentOrPlanned() {
        return "PLANNED".equals(this.status) || "DEPLOYED".equals(this.status);
    }

}
