package ca.contingent.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PercentTests {

    @ParameterizedTest(name = "{0} of {1} is {2} %")
    @CsvSource({ "59, 151, 39", "1, 8, 13", "3, 8, 38", "1, 3, 33", "2, 3, 67", "1, 200, 1", "1, 201, 0", "0, 5, 0",
            "5, 5, 100", "0, 0, 0", "7, 0, 0" })
    void roundsHalfUpToAWholeNumber(long part, long whole, int expected) {
        assertThat(Percent.wholePercent(part, whole)).isEqualTo(expected);
    }

}
