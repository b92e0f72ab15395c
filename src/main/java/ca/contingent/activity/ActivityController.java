package ca.contingent.activity;

import java.io.IOException;

import ca.contingent.audit.Exports;
import ca.contingent.mission.Mission;
import ca.contingent.mission.MissionService;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.Table;
import ca.contingent.shared.Text;
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

@Controller
@RequestMapping("/activities")
class ActivityController {

    private final ActivityService activities;

    private final MissionService missions;

    private final Exports exports;

    ActivityController(ActivityService activities, MissionService missions, Exports exports) {
        this.activities = activities;
        this.missions = missions;
        this.exports = exports;
    }

    @ModelAttribute("categories")
    ActivityCategory[] categories() {
        return ActivityCategory.values();
    }

    /**
     * A fiscal year written wrongly is shown as a message next to its filter and leaves
     * the list unfiltered by year: a typo in a filter is no reason for an error page.
     */
    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String mission,
            @RequestParam(required = false) ActivityCategory category,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        FiscalYear year = year(fiscalYear);
        if (!Text.isBlank(fiscalYear) && year == null) {
            model.addAttribute("fiscalYearInvalid", true);
        }
        model.addAttribute("activities",
                this.activities.list(new ActivityFilter(q, mission, category, year), sort, dir));
        model.addAttribute("q", q);
        model.addAttribute("mission", mission);
        model.addAttribute("category", category);
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("missions", this.missions.choices());
        model.addAttribute("sort", ActivityService.SORTING.key(sort));
        model.addAttribute("dir", "desc".equalsIgnoreCase(dir) ? "desc" : "asc");
        return "activity/list";
    }

    /**
     * The list as filtered and sorted on the page (a year written wrongly filters
     * nothing), as CSV or XLSX.
     */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String mission, @RequestParam(required = false) ActivityCategory category,
            @RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        FiscalYear year = year(fiscalYear);
        Table<ActivityRow> table = Table
            .of("activities", this.activities.list(new ActivityFilter(q, mission, category, year), sort, dir))
            .column("activity.externalId", ActivityRow::externalId)
            .column("activity.mission", ActivityRow::missionCode)
            .column("activity.date", ActivityRow::date)
            .column("activity.category", ActivityRow::category)
            .column("activity.type", ActivityRow::type)
            .column("activity.sessions", ActivityRow::sessions)
            .column("activity.participants", ActivityRow::participants)
            .column("activity.participantsWomen", ActivityRow::participantsWomen);
        this.exports.download(table, format, "activity",
                Exports.describe("q", q, "mission", mission, "category", category, "fiscalYear", year), response);
    }

    private static FiscalYear year(String fiscalYear) {
        if (Text.isBlank(fiscalYear)) {
            return null;
        }
        try {
            return FiscalYear.parse(fiscalYear);
        }
        catch (InvalidFiscalYearException ex) {
            return null;
        }
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String mission, Model model) {
        ActivityForm form = ActivityForm.empty();
        if (mission != null) {
            form = new ActivityForm(null, mission, null, null, null, null, null, null, null);
        }
        return form(form, null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("externalId").submit(() -> {
            Activity activity = this.activities.create(form);
            Flash.success(redirect, "activity.created", activity.externalId());
            return "redirect:/activities/" + activity.externalId();
        }, () -> form(form, null, model));
    }

    @GetMapping("/{externalId}")
    String show(@PathVariable String externalId, Model model) {
        Activity activity = this.activities.get(externalId);
        model.addAttribute("activity", activity);
        model.addAttribute("mission", this.missions.find(activity.missionId()).orElseThrow());
        return "activity/show";
    }

    @GetMapping("/{externalId}/edit")
    String editForm(@PathVariable String externalId, Model model) {
        Activity activity = this.activities.get(externalId);
        String missionCode = this.missions.find(activity.missionId()).map(Mission::code).orElse(null);
        return form(ActivityForm.of(activity, missionCode), externalId, model);
    }

    @PostMapping("/{externalId}/edit")
    String update(@PathVariable String externalId, @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        // An unknown record is a 404 even when the posted form is invalid, never a form
        // for nothing.
        this.activities.get(externalId);
        return Refusals.onForm(result).submit(() -> {
            this.activities.update(externalId, form);
            Flash.success(redirect, "activity.updated", externalId);
            return "redirect:/activities/" + externalId;
        }, () -> form(form, externalId, model));
    }

    @PostMapping("/{externalId}/delete")
    String delete(@PathVariable String externalId, RedirectAttributes redirect) {
        this.activities.delete(externalId);
        Flash.success(redirect, "activity.deleted", externalId);
        return "redirect:/activities";
    }

    /**
     * The form page, for a new activity when no id is given. A form already in the model
     * keeps its errors.
     */
    private String form(ActivityForm form, String editedId, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("missions", this.missions.choices());
        model.addAttribute("creating", editedId == null);
        model.addAttribute("editedId", editedId);
        return "activity/form";
    }

}
