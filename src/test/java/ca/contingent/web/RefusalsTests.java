package ca.contingent.web;

import java.util.HashMap;
import java.util.List;

import ca.contingent.shared.ConflictException;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.shared.UnprocessableException.FieldError;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal on a form lands where the user looks for it: each broken rule on its field, a
 * conflict on the field the controller names or above the form; on a button, as the error
 * message of the page the button leads back to.
 */
class RefusalsTests {

    BindingResult result = new MapBindingResult(new HashMap<>(), "form");

    RedirectAttributes redirect = new RedirectAttributesModelMap();

    @Test
    void anAcceptedFormGoesWhereItsActionLeads() {
        String view = Refusals.onForm(this.result).submit(() -> "redirect:/done", () -> "form");
        assertThat(view).isEqualTo("redirect:/done");
        assertThat(this.result.hasErrors()).isFalse();
    }

    @Test
    void aFormWithErrorsIsShownAgainWithoutRunningItsAction() {
        this.result.rejectValue("name", "required");
        String view = Refusals.onForm(this.result).submit(() -> {
            throw new AssertionError("the action ran on an invalid form");
        }, () -> "form");
        assertThat(view).isEqualTo("form");
        assertThat(this.result.getErrorCount()).isOne();
    }

    @Test
    void eachBrokenRuleGoesOnItsFieldAndARuleWithoutOneAboveTheForm() {
        String view = Refusals.onForm(this.result).submit(() -> {
            throw new UnprocessableException(List.of(new FieldError("agency", "person.agency.unknown", "T-NONE"),
                    new FieldError("languages", "person.languages.invalid"), new FieldError("", "form.whole")));
        }, () -> "form");
        assertThat(view).isEqualTo("form");
        assertThat(this.result.getFieldError("agency")).satisfies((error) -> {
            assertThat(error.getCode()).isEqualTo("person.agency.unknown");
            assertThat(error.getArguments()).containsExactly("T-NONE");
        });
        assertThat(this.result.getFieldError("languages").getCode()).isEqualTo("person.languages.invalid");
        assertThat(this.result.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("form.whole");
    }

    @Test
    void aConflictShowsAboveTheFormUnlessAFieldIsNamedForIt() {
        Refusals.onForm(this.result).submit(() -> {
            throw ConflictException.staleVersion("person", "T-PB");
        }, () -> "form");
        assertThat(this.result.getGlobalErrors()).singleElement().satisfies((error) -> {
            assertThat(error.getCode()).isEqualTo("error.stale");
            assertThat(error.getArguments()).containsExactly("person", "T-PB");
        });
        assertThat(this.result.getFieldErrorCount()).isZero();

        BindingResult creating = new MapBindingResult(new HashMap<>(), "form");
        Refusals.onForm(creating).conflictOn("code").submit(() -> {
            throw ConflictException.duplicateKey("agency", "RCMP");
        }, () -> "form");
        assertThat(creating.getFieldError("code").getCode()).isEqualTo("error.duplicate");
        assertThat(creating.getGlobalErrorCount()).isZero();
    }

    @Test
    void theFormNamesItsOwnFieldsWhenTheyDifferFromTheServices() {
        Refusals.onForm(this.result)
            .fieldsAs((field) -> field.equals("lines") ? "" : field.replace("[0]", "[2]"))
            .conflictOn("month")
            .submit(() -> {
                throw new UnprocessableException(List.of(new FieldError("lines[0].sessions", "monthly.sessions"),
                        new FieldError("lines", "monthly.lines.none")));
            }, () -> "form");
        assertThat(this.result.getFieldError("lines[2].sessions").getCode()).isEqualTo("monthly.sessions");
        assertThat(this.result.getGlobalErrors()).extracting(ObjectError::getCode)
            .containsExactly("monthly.lines.none");
    }

    @Test
    void aRefusedButtonLeadsBackWithTheReason() {
        String view = Refusals.onPage(this.redirect, "redirect:/people/T-PA", () -> {
            throw new ConflictException("person.delete.referenced", "T-PA", 1);
        });
        assertThat(view).isEqualTo("redirect:/people/T-PA");
        assertThat(this.redirect.getFlashAttributes().get("flash")).isInstanceOfSatisfying(Flash.class, (flash) -> {
            assertThat(flash.level()).isEqualTo("error");
            assertThat(flash.key()).isEqualTo("person.delete.referenced");
            assertThat(flash.arguments()).containsExactly("T-PA", 1);
        });
    }

    @Test
    void aButtonRefusedForBrokenRulesGivesTheFirst() {
        Refusals.onPage(this.redirect, "redirect:/users/ann", () -> {
            throw new UnprocessableException(
                    List.of(new FieldError("password", "user.password.short", 12), new FieldError("password", "x")));
        });
        assertThat(this.redirect.getFlashAttributes().get("flash")).isInstanceOfSatisfying(Flash.class,
                (flash) -> assertThat(flash.key()).isEqualTo("user.password.short"));
    }

    @Test
    void anAcceptedButtonGoesWhereItsActionLeads() {
        String view = Refusals.onPage(this.redirect, "redirect:/agencies/T-A", () -> "redirect:/agencies");
        assertThat(view).isEqualTo("redirect:/agencies");
        assertThat(this.redirect.getFlashAttributes()).isEmpty();
    }

}
