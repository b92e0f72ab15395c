package ca.contingent.imports;

/**
 * A body that cannot be read as a CSV file at all (empty, binary, not UTF-8, broken
 * quoting) or that is too large. The message key and its arguments are rendered in the
 * caller's language.
 */
public class ImportInputException extends RuntimeException {

    private final boolean tooLarge;

    private final String messageKey;

    private final Object[] arguments;

    private ImportInputException(boolean tooLarge, String messageKey, Object... arguments) {
        super(messageKey);
        this.tooLarge = tooLarge;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    static ImportInputException unreadable(String messageKey, Object... arguments) {
        return new ImportInputException(false, messageKey, arguments);
    }

    static ImportInputException tooLarge(long maxBytes) {
        return new ImportInputException(true, "import.input.tooLarge", maxBytes);
    }

    /** 413 rather than 400. */
    public boolean tooLarge() {
        return this.tooLarge;
    }

    public String messageKey() {
        return this.messageKey;
    }

    public Object[] arguments() {
        return this.arguments.clone();
    }

}
