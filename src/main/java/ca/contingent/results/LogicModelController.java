package ca.contingent.results;

import java.io.IOException;

import ca.contingent.audit.Exports;
import ca.contingent.mission.MissionService;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.Table;
import ca.contingent.web.Flash;
import ca.contingent.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
 * Headquarters maintain the logic model: outcomes, indicators and targets (the tree
 * itself is read on /results).
 */
@Controller
@RequestMapping("/results")
class LogicModelController {

    private final LogicModel model;

    private final MissionService missions;

    private final Exports exports;

    LogicModelController(LogicModel model, MissionService missions, Exports exports) {
        this.exports = exports;
        this.model = model;
        this.missions = missions;
    }

    // Outcomes

    @GetMapping("/outcomes/new")
    String newOutcome(Model model) {
        return outcomeForm(OutcomeForm.empty(), null, model);
    }

    @PostMapping("/outcomes/new")
    String createOutcome(@Valid @ModelAttribute("form") OutcomeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("code").submit(() -> {
            Outcome outcome = this.model.createOutcome(form);
            Flash.success(redirect, "results.outcome.created", outcome.code());
            return "redirect:/results/outcomes";
        }, () -> outcomeForm(form, null, model));
    }

    @GetMapping("/outcomes/{code}/edit")
    String editOutcome(@PathVariable String code, Model model) {
        Outcome outcome = this.model.outcome(code);
        return outcomeForm(OutcomeForm.of(outcome, this.model.outcomeCode(outcome.parentId())), code, model);
    }

    @PostMapping("/outcomes/{code}/edit")
    String updateOutcome(@PathVariable String code, @Valid @ModelAttribute("form") OutcomeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        this.model.outcome(code);
        return Refusals.onForm(result).submit(() -> {
            this.model.updateOutcome(code, form);
            Flash.success(redirect, "results.outcome.updated", code);
            return "redirect:/results/outcomes";
        }, () -> outcomeForm(form, code, model));
    }

    @PostMapping("/outcomes/{code}/delete")
    String deleteOutcome(@PathVariable String code, RedirectAttributes redirect) {
        return Refusals.onPage(redirect, "redirect:/results/outcomes", () -> {
            this.model.deleteOutcome(code);
            Flash.success(redirect, "results.outcome.deleted", code);
            return "redirect:/results/outcomes";
        });
    }

    private String outcomeForm(OutcomeForm form, String editedCode, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("levels", Level.values());
        model.addAttribute("outcomes",
                this.model.outcomes()
                    .stream()
                    .filter((outcome) -> outcome.level() != Level.IMMEDIATE && !outcome.code().equals(editedCode))
                    .toList());
        model.addAttribute("creating", editedCode == null);
        model.addAttribute("editedCode", editedCode);
        return "results/outcome-form";
    }

    // Indicators

    @GetMapping("/indicators")
    String indicators(Model model) {
        model.addAttribute("indicators", this.model.indicatorRows());
        return "results/indicators";
    }

    @GetMapping("/indicators/export.{format}")
    void exportIndicators(@PathVariable String format, HttpServletResponse response) throws IOException {
        Table<LogicModel.IndicatorRow> table = Table.of("indicators", this.model.indicatorRows())
            .column("results.code", LogicModel.IndicatorRow::code)
            .column("results.nameEn", LogicModel.IndicatorRow::nameEn)
            .column("results.nameFr", LogicModel.IndicatorRow::nameFr)
            .column("results.outcome", LogicModel.IndicatorRow::outcome)
            .column("results.numerator", LogicModel.IndicatorRow::numerator)
            .column("results.denominator", LogicModel.IndicatorRow::denominator)
            .column("results.unit", LogicModel.IndicatorRow::unit);
        this.exports.download(table, format, "indicator", "", response);
    }

    @GetMapping("/indicators/new")
    String newIndicator(@RequestParam(required = false) String outcome, Model model) {
        IndicatorForm form = IndicatorForm.empty();
        if (outcome != null) {
            form = new IndicatorForm(null, null, null, outcome, null, null, null, null);
        }
        return indicatorForm(form, null, model);
    }

    @PostMapping("/indicators/new")
    String createIndicator(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("code").submit(() -> {
            Indicator indicator = this.model.createIndicator(form);
            Flash.success(redirect, "results.indicator.created", indicator.code());
            return "redirect:/results/indicators";
        }, () -> indicatorForm(form, null, model));
    }

    @GetMapping("/indicators/{code}/edit")
    String editIndicator(@PathVariable String code, Model model) {
        Indicator indicator = this.model.indicator(code);
        return indicatorForm(IndicatorForm.of(indicator, this.model.outcomeCode(indicator.outcomeId())), code, model);
    }

    @PostMapping("/indicators/{code}/edit")
    String updateIndicator(@PathVariable String code, @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        this.model.indicator(code);
        return Refusals.onForm(result).submit(() -> {
            this.model.updateIndicator(code, form);
            Flash.success(redirect, "results.indicator.updated", code);
            return "redirect:/results/indicators";
        }, () -> indicatorForm(form, code, model));
    }

    @PostMapping("/indicators/{code}/delete")
    String deleteIndicator(@PathVariable String code, RedirectAttributes redirect) {
        return Refusals.onPage(redirect, "redirect:/results/indicators", () -> {
            this.model.deleteIndicator(code);
            Flash.success(redirect, "results.indicator.deleted", code);
            return "redirect:/results/indicators";
        });
    }

    private String indicatorForm(IndicatorForm form, String editedCode, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("units", Unit.values());
        model.addAttribute("outcomes", this.model.outcomes());
        model.addAttribute("measures", Measure.Kind.values());
        model.addAttribute("creating", editedCode == null);
        model.addAttribute("editedCode", editedCode);
        return "results/indicator-form";
    }

    // Targets

    /**
     * A year written wrongly is a message next to its filter, and the list stays
     * unfiltered.
     */
    @GetMapping("/targets")
    String targets(@RequestParam(required = false) String year, Model model) {
        FiscalYear chosen = null;
        if (year != null && !year.isBlank()) {
            try {
                chosen = FiscalYear.parse(year);
            }
            catch (InvalidFiscalYearException ex) {
                model.addAttribute("yearInvalid", true);
            }
        }
        model.addAttribute("targets", this.model.targetRows(chosen));
        model.addAttribute("year", year);
        model.addAttribute("years", this.model.targetYears());
        return "results/targets";
    }

    @GetMapping("/targets/export.{format}")
    void exportTargets(@PathVariable String format, @RequestParam(required = false) String year,
            HttpServletResponse response) throws IOException {
        FiscalYear chosen = year == null || year.isBlank() ? null : FiscalYear.parse(year);
        Table<LogicModel.TargetRow> table = Table.of("targets", this.model.targetRows(chosen))
            .column("results.code", LogicModel.TargetRow::indicator)
            .column("results.mission", LogicModel.TargetRow::mission)
            .column("results.year", LogicModel.TargetRow::fiscalYear)
            .column("results.unit", LogicModel.TargetRow::unit)
            .column("results.baseline", LogicModel.TargetRow::baseline)
            .column("results.target", LogicModel.TargetRow::target);
        this.exports.download(table, format, "target", Exports.describe("year", chosen), response);
    }

    @GetMapping("/targets/new")
    String newTarget(@RequestParam(required = false) String year, Model model) {
        return targetForm(TargetForm.empty(year), null, model);
    }

    @PostMapping("/targets/new")
    String createTarget(@Valid @ModelAttribute("form") TargetForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).submit(() -> {
            this.model.createTarget(form);
            Flash.success(redirect, "results.target.created", form.indicator(), form.fiscalYear());
            return "redirect:/results/targets?year=" + form.fiscalYear();
        }, () -> targetForm(form, null, model));
    }

    @GetMapping("/targets/{id}/edit")
    String editTarget(@PathVariable long id, Model model) {
        return targetForm(this.model.targetForm(this.model.target(id)), id, model);
    }

    @PostMapping("/targets/{id}/edit")
    String updateTarget(@PathVariable long id, @Valid @ModelAttribute("form") TargetForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        this.model.target(id);
        return Refusals.onForm(result).submit(() -> {
            this.model.updateTarget(id, form);
            Flash.success(redirect, "results.target.updated", form.indicator(), form.fiscalYear());
            return "redirect:/results/targets?year=" + form.fiscalYear();
        }, () -> targetForm(form, id, model));
    }

    @PostMapping("/targets/{id}/delete")
    String deleteTarget(@PathVariable long id, RedirectAttributes redirect) {
        Target target = this.model.target(id);
        this.model.deleteTarget(id);
        Flash.success(redirect, "results.target.deleted", target.fiscalYear());
        return "redirect:/results/targets?year=" + target.fiscalYear();
    }

    private String targetForm(TargetForm form, Long editedId, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("indicators", this.model.indicatorRows());
        model.addAttribute("missions", this.missions.all());
        model.addAttribute("creating", editedId == null);
        model.addAttribute("editedId", editedId);
        return "results/target-form";
    }

}
