package ca.contingent.results;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's rounding: percents half up to one decimal, progress half up to a whole
 * number, in decimals.
 */
class ResultMathTests {

    @ParameterizedTest(name = "100 * {0} / {1} = {2}")
    @CsvSource({
            // exact halves at the second decimal go up (HALF_EVEN would give 6.2, 1.2 and
            // 0.2)
            "1, 16, 6.3", "1, 80, 1.3", "1, 400, 0.3",
            // just below and just above a half
            "1, 3, 33.3", "2, 3, 66.7", "1, 7, 14.3",
            // whole results keep one decimal
            "1, 2, 50.0", "3, 3, 100.0", "0, 5, 0.0",
            // the reference year's figures: women among people trained, women deployed
            "426, 1563, 27.3", "59, 151, 39.1" })
    void percentRoundsHalfUpToOneDecimal(long numerator, long denominator, String expected) {
        assertThat(ResultMath.percent(numerator, denominator)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void percentOfAZeroDenominatorIsNull() {
        assertThat(ResultMath.percent(0, 0)).isNull();
        assertThat(ResultMath.percent(5, 0)).isNull();
    }

    @ParameterizedTest(name = "100 * {0} / {1} = {2}")
    @CsvSource({ "5, 8, 63", "1, 8, 13", "3, 8, 38", "113, 110, 103", "27.3, 30, 91", "39.1, 40, 98", "0, 10, 0",
            "10, 10, 100", "1, 3, 33", "2, 3, 67", "0.5, 100, 1", "0.4, 100, 0" })
    void progressRoundsHalfUpToAWholeNumber(String actual, String target, int expected) {
        assertThat(ResultMath.progressPercent(new BigDecimal(actual), new BigDecimal(target))).isEqualTo(expected);
    }

    @Test
    void progressAgainstAZeroTargetOrWithoutActualIsNull() {
        assertThat(ResultMath.progressPercent(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
        assertThat(ResultMath.progressPercent(BigDecimal.TEN, new BigDecimal("0.00"))).isNull();
        assertThat(ResultMath.progressPercent(null, BigDecimal.TEN)).isNull();
    }

    @Test
    void storedDecimalsAreWrittenAsPeopleWriteThem() {
        assertThat(ResultMath.plain(new BigDecimal("30.00")).toString()).isEqualTo("30");
        assertThat(ResultMath.plain(new BigDecimal("35.50")).toString()).isEqualTo("35.5");
        assertThat(ResultMath.plain(new BigDecimal("1500.00")).toString()).isEqualTo("1500");
        assertThat(ResultMath.plain(null)).isNull();
    }

}
