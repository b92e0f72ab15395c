package ca.contingent.web;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import ca.contingent.shared.ConflictException;
import ca.contingent.shared.UnprocessableException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where page controllers meet a service's refusal ({@link ConflictException},
 * {@link UnprocessableException}), the one place that catches them for pages. A form
 * shows a refusal like its own validation, each broken rule on its field; a button
 * (delete, a step, publish) leads back to its page with the reason. A refusal that a
 * controller does not route through here still reaches the user as a message, from
 * {@link PageErrors}, never as a 500.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * A form's submission, refused rules on the form: see {@link OnForm#submit}.
     */
    public static OnForm onForm(BindingResult result) {
        return new OnForm(result, "", UnaryOperator.identity());
    }

    /**
     * Runs a button's action, which returns where it leads. Refused, the user goes to
     * {@code refused} instead, with the reason as an error message.
     */
    public static String onPage(RedirectAttributes redirect, String refused, Supplier<String> action) {
        try {
            return action.get();
        }
        catch (ConflictException | UnprocessableException ex) {
            Flash reason = messages(ex).get(0);
            Flash.error(redirect, reason.key(), reason.arguments());
            return refused;
        }
    }

    /**
     * What a refusal says, in order: a conflict's one message, or each broken rule's. A
     * page with room for one message shows the first.
     */
    static List<Flash> messages(RuntimeException refusal) {
        if (refusal instanceof ConflictException conflict) {
            return List.of(new Flash("error", conflict.messageKey(), conflict.arguments()));
        }
        if (refusal instanceof UnprocessableException unprocessable) {
            return unprocessable.errors()
                .stream()
                .map((error) -> new Flash("error", error.messageKey(), error.arguments()))
                .toList();
        }
        throw new IllegalArgumentException("not a refusal: " + refusal);
    }

    /**
     * A form whose action a service may refuse. By default a conflict shows above the
     * form and each broken rule on the field the service names.
     */
    public static final class OnForm {

        private final BindingResult result;

        private final String conflictField;

        private final UnaryOperator<String> fields;

        private OnForm(BindingResult result, String conflictField, UnaryOperator<String> fields) {
            this.result = result;
            this.conflictField = conflictField;
            this.fields = fields;
        }

        /**
         * A conflict shows on this field, as for a code already taken by another record.
         */
        public OnForm conflictOn(String field) {
            return new OnForm(this.result, field, this.fields);
        }

        /**
         * The form's path for a field the service names, when the two differ; an empty
         * path puts the rule above the form.
         */
        public OnForm fieldsAs(UnaryOperator<String> formField) {
            return new OnForm(this.result, this.conflictField, formField);
        }

        /**
         * Runs the action if the form is valid and returns where it leads. A form with
         * errors, or one the service refuses, is shown again: {@code form} prepares the
         * form's page and names it, and the refused rules are on the binding result.
         */
        public String submit(Supplier<String> action, Supplier<String> form) {
            if (!this.result.hasErrors()) {
                try {
                    return action.get();
                }
                catch (ConflictException ex) {
                    reject(this.conflictField, ex.messageKey(), ex.arguments());
                }
                catch (UnprocessableException ex) {
                    for (UnprocessableException.FieldError error : ex.errors()) {
                        String field = error.field() == null ? "" : error.field();
                        reject(this.fields.apply(field), error.messageKey(), error.arguments());
                    }
                }
            }
            return form.get();
        }

        private void reject(String field, String key, Object[] arguments) {
            // The key doubles as the default message, so that a missing translation shows
            // as its key rather than failing the page.
            if (field.isEmpty()) {
                this.result.reject(key, arguments, key);
            }
            else {
                this.result.rejectValue(field, key, arguments, key);
            }
        }

    }

}
