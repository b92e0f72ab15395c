package ca.contingent.results;

/**
 * A rule of the results framework that a value breaks: the message key and its arguments,
 * without the field, which the form and the file name differently.
 */
record RuleBreak(String messageKey, Object... arguments) {

}
