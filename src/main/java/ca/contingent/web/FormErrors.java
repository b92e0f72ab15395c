package ca.contingent.web;

import ca.contingent.shared.UnprocessableException;

import org.springframework.validation.BindingResult;

/**
 * Rules a service refused, shown on the form like the form's own validation: by field, or
 * above the form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Each broken rule on its field; a rule without a field becomes an error of the whole
     * form.
     */
    public static void reject(BindingResult result, UnprocessableException ex) {
        for (UnprocessableException.FieldError error : ex.errors()) {
            if (error.field().isEmpty()) {
                result.reject(error.messageKey(), error.arguments(), error.messageKey());
            }
            else {
                result.rejectValue(error.field(), error.messageKey(), error.arguments(), error.messageKey());
            }
        }
    }

}
