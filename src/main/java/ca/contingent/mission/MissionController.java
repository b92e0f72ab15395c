package ca.contingent.mission;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import ca.contingent.audit.Exports;
import ca.contingent.readiness.MissionRequirements;
import ca.contingent.readiness.ReadinessCodes;
import ca.contingent.shared.CountryCode;
import ca.contingent.shared.Table;
import ca.contingent.web.Flash;
import ca.contingent.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/missions")
class MissionController {

    private final MissionService missions;

    private final MissionStrengths strengths;

    private final MissionRequirements requirements;

    private final ReadinessCodes readinessCodes;

    private final Exports exports;

    MissionController(MissionService missions, MissionStrengths strengths, MissionRequirements requirements,
            ReadinessCodes readinessCodes, Exports exports) {
        this.missions = missions;
        this.strengths = strengths;
        this.requirements = requirements;
        this.readinessCodes = readinessCodes;
        this.exports = exports;
    }

    @ModelAttribute("organizations")
    Organization[] organizations() {
        return Organization.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Organization organization,
            @RequestParam(required = false) String parent, @RequestParam(required = false) String language,
            @RequestParam(required = false) Boolean armed, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        MissionFilter filter = new MissionFilter(q, organization, parent, language, armed);
        model.addAttribute("missions", this.missions.list(filter, sort, dir));
        model.addAttribute("filter", filter);
        model.addAttribute("parents", this.missions.topLevel());
        model.addAttribute("sort", MissionService.SORTING.key(sort));
        model.addAttribute("dir", "desc".equalsIgnoreCase(dir) ? "desc" : "asc");
        return "mission/list";
    }

    /** The list as filtered and sorted on the page, as CSV or XLSX. */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) Organization organization, @RequestParam(required = false) String parent,
            @RequestParam(required = false) String language, @RequestParam(required = false) Boolean armed,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            HttpServletResponse response) throws IOException {
        MissionFilter filter = new MissionFilter(q, organization, parent, language, armed);
        Table<MissionRow> table = Table.of("missions", this.missions.list(filter, sort, dir))
            .column("mission.code", MissionRow::code)
            .column("mission.nameEn", MissionRow::nameEn)
            .column("mission.nameFr", MissionRow::nameFr)
            .column("mission.parent", MissionRow::parentCode)
            .column("mission.organization", MissionRow::organization)
            .column("mission.country", MissionRow::country)
            .column("mission.location", MissionRow::location)
            .column("mission.language", MissionRow::language)
            .column("mission.armed", MissionRow::armed)
            .column("mission.authorizedStrength", MissionRow::authorizedStrength)
            .column("mission.startDate", MissionRow::startDate)
            .column("mission.endDate", MissionRow::endDate);
        this.exports.download(table, format, "mission", Exports.describe("q", q, "organization", organization, "parent",
                parent, "language", language, "armed", armed), response);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(MissionForm.empty(), null, model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") MissionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("code").submit(() -> {
            Mission mission = this.missions.create(form);
            Flash.success(redirect, "mission.created", mission.code());
            return "redirect:/missions/" + mission.code();
        }, () -> form(form, null, model));
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        return show(this.missions.get(code), StrengthChangeForm.empty(), model);
    }

    private String show(Mission mission, StrengthChangeForm strengthForm, Model model) {
        if (!model.containsAttribute("strengthForm")) {
            model.addAttribute("strengthForm", strengthForm);
        }
        model.addAttribute("strengthHistory", this.strengths.of(mission.id()));
        model.addAttribute("required", this.requirements.of(mission.id()));
        model.addAttribute("readinessCodes", this.readinessCodes.list());
        model.addAttribute("mission", mission);
        model.addAttribute("parent", this.missions.find(mission.parentId()).orElse(null));
        model.addAttribute("components", this.missions.components(mission));
        model.addAttribute("counts", this.missions.counts(mission));
        return "mission/show";
    }

    /**
     * A change of authorized strength from a date on; a change on a day that has one
     * replaces it.
     */
    @PostMapping("/{code}/strength")
    String changeStrength(@PathVariable String code, @Valid @ModelAttribute("strengthForm") StrengthChangeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Mission mission = this.missions.get(code);
        return Refusals.onForm(result).submit(() -> {
            this.strengths.change(code, form.effectiveFrom(), form.strength());
            Flash.success(redirect, "mission.strength.changed", code, form.strength(), form.effectiveFrom().toString());
            return "redirect:/missions/" + code + "#authorized-strength";
        }, () -> show(mission, form, model));
    }

    /**
     * The readiness items the mission requires of the people it receives (its parent's
     * apply as well).
     */
    @PostMapping("/{code}/readiness")
    String requireReadiness(@PathVariable String code,
            @RequestParam(name = "items", required = false) List<String> items, RedirectAttributes redirect) {
        Mission mission = this.missions.get(code);
        String page = "redirect:/missions/" + code + "#required-readiness";
        return Refusals.onPage(redirect, page, () -> {
            this.requirements.set(mission.id(), code, items);
            Flash.success(redirect, "mission.readiness.saved", code);
            return page;
        });
    }

    @PostMapping("/{code}/strength/{effectiveFrom}/delete")
    String removeStrength(@PathVariable String code,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            RedirectAttributes redirect) {
        this.strengths.remove(code, effectiveFrom);
        Flash.success(redirect, "mission.strength.removed", code, effectiveFrom.toString());
        return "redirect:/missions/" + code + "#authorized-strength";
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        Mission mission = this.missions.get(code);
        String parentCode = this.missions.find(mission.parentId()).map(Mission::code).orElse(null);
        return form(MissionForm.of(mission, parentCode), code, model);
    }

    @PostMapping("/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") MissionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        // An unknown record is a 404 even when the posted form is invalid, never a form
        // for nothing.
        this.missions.get(code);
        return Refusals.onForm(result).submit(() -> {
            this.missions.update(code, form);
            Flash.success(redirect, "mission.updated", code);
            return "redirect:/missions/" + code;
        }, () -> form(form, code, model));
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        return Refusals.onPage(redirect, "redirect:/missions/" + code, () -> {
            this.missions.delete(code);
            Flash.success(redirect, "mission.deleted", code);
            return "redirect:/missions";
        });
    }

    /**
     * The form page; when editing, the mission itself is no candidate parent. A form
     * already in the model keeps its binding errors.
     */
    private String form(MissionForm form, String editedCode, Model model) {
        List<MissionChoice> parents = this.missions.topLevel()
            .stream()
            .filter((candidate) -> !candidate.code().equals(editedCode))
            .toList();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("parents", parents);
        model.addAttribute("countries", CountryCode.all());
        model.addAttribute("creating", editedCode == null);
        model.addAttribute("editedCode", editedCode);
        return "mission/form";
    }

}
