package ca.contingent.shared;

/**
 * A change refused because of the state of other records: still referenced, already
 * taken, edited by someone else. The message key and arguments are rendered in the user's
 * language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    private final Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static ConflictException staleVersion(String entity, String key) {
        return new ConflictException("error.stale", entity, key);
    }

    public static ConflictException duplicateKey(String entity, String key) {
        return new ConflictException("error.duplicate", entity, key);
    }

    public String messageKey() {
        return this.messageKey;
    }

    public Object[] arguments() {
        return this.arguments.clone();
    }

}
