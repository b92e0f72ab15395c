package ca.contingent.results;

import java.math.BigDecimal;

/**
 * One target of a year with what was achieved: names in the language asked for.
 * {@code mission} is {@code null} for a program-wide target, which counts every mission;
 * a mission's actual counts its components.
 *
 * @param actual the indicator's value for the year (one decimal for a percent);
 * {@code null} when a percent's denominator is 0
 * @param progressPercent {@code 100 * actual / target}, whole; {@code null} when the
 * target is 0 or there is no actual
 */
public record ResultItem(String indicator, String indicatorName, String outcome, String outcomeName, Level outcomeLevel,
        String mission, String missionName, Unit unit, String numerator, String denominator, BigDecimal baseline,
        BigDecimal target, BigDecimal actual, Integer progressPercent) {

    /** The progress to show on a bar: 0 to 100. */
    public int barValue() {
        return this.progressPercent == null ? 0 : Math.max(0, Math.min(100, this.progressPercent));
    }

}
