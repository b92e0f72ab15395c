package ca.contingent.deployment;

import java.time.LocalDate;

/**
 * One reason a lifecycle step is refused, as the contract's {@code errors} name it:
 * READINESS_MISSING, READINESS_EXPIRES, STRENGTH_EXCEEDED or INVALID_STATE, with the item
 * or the date where one applies. The message is a key and arguments, rendered in the
 * caller's language.
 */
record Refusal(String code, String item, LocalDate date, String messageKey, Object... arguments) {

    static final String READINESS_MISSING = "READINESS_MISSING";

    static final String READINESS_EXPIRES = "READINESS_EXPIRES";

    static final String STRENGTH_EXCEEDED = "STRENGTH_EXCEEDED";

    static final String INVALID_STATE = "INVALID_STATE";

}
