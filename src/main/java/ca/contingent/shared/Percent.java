package ca.contingent.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the program publishes them. */
public final class Percent {

    private Percent() {
    }

    /**
     * {@code 100 * part / whole} rounded half up to a whole number; 0 when the whole is
     * 0.
     */
    public static int wholePercent(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(100 * part)
            .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
            .intValueExact();
    }

}
