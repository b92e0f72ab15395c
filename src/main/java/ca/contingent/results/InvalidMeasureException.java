package ca.contingent.results;

/**
 * A measure that is not {@code MEASURE[:CATEGORY[:TYPE]]} as the contract writes it; the
 * message key says why.
 */
public class InvalidMeasureException extends RuntimeException {

    private final String messageKey;

    private final Object[] arguments;

    InvalidMeasureException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return this.messageKey;
    }

    public Object[] arguments() {
        return this.arguments.clone();
    }

}
