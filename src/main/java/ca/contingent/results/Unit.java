package ca.contingent.results;

import java.util.Optional;

/**
 * How an indicator is expressed: a count, or {@code 100 * numerator / denominator} to one
 * decimal.
 */
public enum Unit {

    COUNT, PERCENT;

    /**
     * What is wrong with giving a denominator or not, as a message key; empty when
     * nothing is: a percent needs one, a count has none. The forms and the imports both
     * ask here.
     */
    public Optional<String> denominatorProblem(boolean denominatorGiven) {
        return switch (this) {
            case PERCENT ->
                denominatorGiven ? Optional.empty() : Optional.of("results.indicator.percentNeedsDenominator");
            case COUNT -> denominatorGiven ? Optional.of("results.indicator.countHasNoDenominator") : Optional.empty();
        };
    }

}
