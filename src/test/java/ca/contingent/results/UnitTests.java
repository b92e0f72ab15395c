package ca.contingent.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTests {

    @Test
    void aPercentNeedsADenominatorAndACountHasNone() {
        assertThat(Unit.PERCENT.denominatorProblem(true)).isEmpty();
        assertThat(Unit.PERCENT.denominatorProblem(false)).contains("results.indicator.percentNeedsDenominator");
        assertThat(Unit.COUNT.denominatorProblem(false)).isEmpty();
        assertThat(Unit.COUNT.denominatorProblem(true)).contains("results.indicator.countHasNoDenominator");
    }

}
