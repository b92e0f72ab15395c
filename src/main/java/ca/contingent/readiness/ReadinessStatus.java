package ca.contingent.readiness;

import java.time.LocalDate;

/**
 * One item a person holds, as their page shows it: {@code VALID}, {@code EXPIRING}
 * (within 90 days) or {@code EXPIRED}.
 */
public record ReadinessStatus(String item, String nameEn, String nameFr, LocalDate validFrom, LocalDate validUntil,
        State state) {

    public enum State {

        VALID, EXPIRING, EXPIRED, NOT_YET_VALID

    }

}
