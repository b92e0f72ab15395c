package ca.contingent.results;

import java.util.Set;

import ca.contingent.person.ScopeResolver;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.web.Flash;
import ca.contingent.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Missions' highlights: headquarters edit every mission's, a commander those of their own
 * missions (components included). Another mission's highlight is a 404 for a commander,
 * and another mission is unknown on their form.
 */
@Controller
@RequestMapping("/results/highlights")
class HighlightController {

    private final Highlights highlights;

    private final ScopeResolver scopes;

    HighlightController(Highlights highlights, ScopeResolver scopes) {
        this.highlights = highlights;
        this.scopes = scopes;
    }

    @GetMapping
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String mission,
            Authentication authentication, Model model) {
        FiscalYear chosen = null;
        if (year != null && !year.isBlank()) {
            try {
                chosen = FiscalYear.parse(year);
            }
            catch (InvalidFiscalYearException ex) {
                model.addAttribute("yearInvalid", true);
            }
        }
        Set<String> allowed = allowed(authentication);
        String missionCode = mission == null || mission.isBlank() ? null : mission.trim();
        model.addAttribute("highlights", this.highlights.rows(chosen, missionCode, allowed));
        model.addAttribute("year", year);
        model.addAttribute("mission", missionCode);
        model.addAttribute("missions", this.highlights.missionChoices(allowed));
        return "results/highlights";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String mission, @RequestParam(required = false) String year,
            Authentication authentication, Model model) {
        return form(HighlightForm.empty(mission, year), null, allowed(authentication), model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") HighlightForm form, BindingResult result,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        Set<String> allowed = allowed(authentication);
        return Refusals.onForm(result).conflictOn("position").submit(() -> {
            this.highlights.create(form, allowed);
            Flash.success(redirect, "results.highlight.created", form.mission(), form.fiscalYear());
            return "redirect:/results/highlights?year=" + form.fiscalYear() + "&mission=" + form.mission();
        }, () -> form(form, null, allowed, model));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Authentication authentication, Model model) {
        Set<String> allowed = allowed(authentication);
        return form(this.highlights.form(id, allowed), id, allowed, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") HighlightForm form, BindingResult result,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        Set<String> allowed = allowed(authentication);
        // Outside the caller's missions is a 404 even when the posted form is invalid.
        this.highlights.get(id, allowed);
        return Refusals.onForm(result).submit(() -> {
            this.highlights.update(id, form, allowed);
            Flash.success(redirect, "results.highlight.updated", form.mission(), form.fiscalYear());
            return "redirect:/results/highlights?year=" + form.fiscalYear() + "&mission=" + form.mission();
        }, () -> form(form, id, allowed, model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Set<String> allowed = allowed(authentication);
        Highlights.HighlightRow row = this.highlights.get(id, allowed);
        this.highlights.delete(id, allowed);
        Flash.success(redirect, "results.highlight.deleted", row.mission(), row.fiscalYear());
        return "redirect:/results/highlights?year=" + row.fiscalYear() + "&mission=" + row.mission();
    }

    private String form(HighlightForm form, Long editedId, Set<String> allowed, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("missions", this.highlights.missionChoices(allowed));
        model.addAttribute("creating", editedId == null);
        model.addAttribute("editedId", editedId);
        return "results/highlight-form";
    }

    private Set<String> allowed(Authentication authentication) {
        return this.highlights.editableMissions(this.scopes.of(authentication));
    }

}
