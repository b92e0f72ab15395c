package ca.contingent.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The contract's rounding, in decimal arithmetic so that a half is always a half (no
 * binary fractions).
 */
public final class ResultMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ResultMath() {
    }

    /**
     * {@code 100 * numerator / denominator} rounded half up to one decimal; {@code null}
     * when the denominator is 0.
     */
    public static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /**
     * {@code 100 * actual / target} rounded half up to a whole number; {@code null} when
     * the target is 0 or there is no actual.
     */
    public static Integer progressPercent(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(target, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * A stored decimal as people write it: {@code 30}, {@code 35.5}, never {@code 30.00}
     * or {@code 3E+1}.
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

}
