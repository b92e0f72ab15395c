package ca.contingent.results;

/**
 * How an indicator is expressed: a count, or {@code 100 * numerator / denominator} to one
 * decimal.
 */
public enum Unit {

    COUNT, PERCENT

}
