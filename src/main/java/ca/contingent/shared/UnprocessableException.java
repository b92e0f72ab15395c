package ca.contingent.shared;

import java.util.List;

/** A request whose content breaks rules, with every broken rule named by field. */
public class UnprocessableException extends RuntimeException {

    private final List<FieldError> errors;

    public UnprocessableException(List<FieldError> errors) {
        super("unprocessable: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static UnprocessableException of(String field, String messageKey, Object... arguments) {
        return new UnprocessableException(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return this.errors;
    }

    /** One broken rule: the field, and a message key with its arguments. */
    public record FieldError(String field, String messageKey, Object... arguments) {
    }

}
