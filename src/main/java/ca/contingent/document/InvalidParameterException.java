package ca.contingent.document;

/** A request parameter of the document endpoint with a value it does not accept. */
class InvalidParameterException extends RuntimeException {

    final String parameter;

    final String value;

    final String choices;

    InvalidParameterException(String parameter, String value, String choices) {
        super("invalid " + parameter + ": " + value);
        this.parameter = parameter;
        this.value = value;
        this.choices = choices;
    }

}
