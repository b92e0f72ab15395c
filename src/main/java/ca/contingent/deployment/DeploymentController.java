package ca.contingent.deployment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import ca.contingent.agency.Agency;
import ca.contingent.agency.AgencyService;
import ca.contingent.audit.Exports;
import ca.contingent.mission.MissionChoice;
import ca.contingent.mission.MissionService;
import ca.contingent.person.PersonOption;
import ca.contingent.person.PersonService;
import ca.contingent.person.ScopeResolver;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.Table;
import ca.contingent.shared.Text;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.web.Flash;
import ca.contingent.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
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

@Controller
@RequestMapping("/deployments")
class DeploymentController {

    private final DeploymentService deployments;

    private final PersonService people;

    private final MissionService missions;

    private final AgencyService agencies;

    private final ScopeResolver scopes;

    private final DeploymentLifecycle lifecycle;

    private final Exports exports;

    DeploymentController(DeploymentService deployments, PersonService people, MissionService missions,
            AgencyService agencies, ScopeResolver scopes, DeploymentLifecycle lifecycle, Exports exports) {
        this.exports = exports;
        this.deployments = deployments;
        this.people = people;
        this.missions = missions;
        this.agencies = agencies;
        this.scopes = scopes;
        this.lifecycle = lifecycle;
    }

    @ModelAttribute("terms")
    Term[] terms() {
        return Term.values();
    }

    @ModelAttribute("statuses")
    DeploymentStatus[] statuses() {
        return DeploymentStatus.values();
    }

    @ModelAttribute("missions")
    List<MissionChoice> missions() {
        return this.missions.choices();
    }

    @GetMapping
    String list(@RequestParam(required = false) String mission, @RequestParam(required = false) String agency,
            @RequestParam(required = false) DeploymentStatus status, @RequestParam(required = false) Term term,
            @RequestParam(required = false) String year, @RequestParam(required = false) String person,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication authentication, Model model) {
        FiscalYear fiscalYear = fiscalYear(year);
        if (!Text.isBlank(year) && fiscalYear == null) {
            // A mistyped year is a message next to the filter, not an error page: the
            // list shows unfiltered.
            model.addAttribute("yearError", true);
        }
        DeploymentFilter filter = new DeploymentFilter(mission, agency, status, term, fiscalYear, person);
        // Newest first unless the user chose otherwise.
        String direction = dir == null && sort == null ? "desc" : dir;
        model.addAttribute("deployments",
                this.deployments.list(this.scopes.of(authentication), filter, sort, direction));
        model.addAttribute("filter", filter);
        model.addAttribute("year", year);
        model.addAttribute("agencies", this.agencies.all());
        model.addAttribute("sort", DeploymentService.SORTING.key(sort));
        model.addAttribute("dir", "desc".equalsIgnoreCase(direction) ? "desc" : "asc");
        return "deployment/list";
    }

    /**
     * The list in the caller's scope as filtered and sorted on the page, as CSV or XLSX.
     */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String mission,
            @RequestParam(required = false) String agency, @RequestParam(required = false) DeploymentStatus status,
            @RequestParam(required = false) Term term, @RequestParam(required = false) String year,
            @RequestParam(required = false) String person, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Authentication authentication, HttpServletResponse response)
            throws IOException {
        DeploymentFilter filter = new DeploymentFilter(mission, agency, status, term, fiscalYear(year), person);
        String direction = dir == null && sort == null ? "desc" : dir;
        Table<DeploymentRow> table = Table
            .of("deployments", this.deployments.list(this.scopes.of(authentication), filter, sort, direction))
            .column("deployment.externalId", DeploymentRow::externalId)
            .column("spreadsheet.column.personId", DeploymentRow::person)
            .column("person.familyName", DeploymentRow::familyName)
            .column("person.givenName", DeploymentRow::givenName)
            .column("deployment.agency", DeploymentRow::agency)
            .column("deployment.mission", DeploymentRow::mission)
            .column("deployment.parentMission", DeploymentRow::parentMission)
            .column("deployment.role", DeploymentRow::role)
            .column("deployment.leadership", DeploymentRow::leadership)
            .column("deployment.term", DeploymentRow::term)
            .column("deployment.startDate", DeploymentRow::startDate)
            .column("deployment.endDate", DeploymentRow::endDate)
            .column("deployment.status", DeploymentRow::status);
        this.exports.download(table, format, "deployment", Exports.describe("mission", mission, "agency", agency,
                "status", status, "term", term, "year", filter.fiscalYear(), "person", person), response);
    }

    private static FiscalYear fiscalYear(String year) {
        if (Text.isBlank(year)) {
            return null;
        }
        try {
            return FiscalYear.parse(year);
        }
        catch (InvalidFiscalYearException ex) {
            return null;
        }
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String person, Authentication authentication, Model model) {
        model.addAttribute("form", DeploymentForm.empty(person));
        return form(model, authentication, true, DeploymentStatus.PLANNED);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") DeploymentForm form, BindingResult result,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        rejectDates(form, result);
        return Refusals.onForm(result).conflictOn("externalId").submit(() -> {
            Deployment deployment = this.deployments.create(this.scopes.of(authentication), form,
                    authentication.getName());
            Flash.success(redirect, "deployment.created", deployment.externalId());
            return "redirect:/deployments/" + deployment.externalId();
        }, () -> form(model, authentication, true, DeploymentStatus.PLANNED));
    }

    @GetMapping("/{externalId}")
    String show(@PathVariable String externalId, Authentication authentication, Model model) {
        model.addAttribute("deployment", this.deployments.row(this.scopes.of(authentication), externalId));
        model.addAttribute("transitions", this.lifecycle.transitions(externalId));
        this.deployments.languageOfOperationNotSpoken(externalId)
            .ifPresent((language) -> model.addAttribute("languageWarning", language));
        return "deployment/show";
    }

    @PostMapping("/{externalId}/deploy")
    String deploy(@PathVariable String externalId, Authentication authentication, RedirectAttributes redirect) {
        return step(externalId, redirect, "lifecycle.deployed",
                () -> this.lifecycle.deploy(this.scopes.of(authentication), externalId, authentication.getName()));
    }

    @PostMapping("/{externalId}/complete")
    String complete(@PathVariable String externalId, @RequestParam(required = false) LocalDate endDate,
            Authentication authentication, RedirectAttributes redirect) {
        return step(externalId, redirect, "lifecycle.completed", () -> this.lifecycle
            .complete(this.scopes.of(authentication), externalId, endDate, authentication.getName()));
    }

    @PostMapping("/{externalId}/cancel")
    String cancel(@PathVariable String externalId, @RequestParam(required = false) String reason,
            Authentication authentication, RedirectAttributes redirect) {
        return step(externalId, redirect, "lifecycle.cancelled", () -> this.lifecycle
            .cancel(this.scopes.of(authentication), externalId, reason, authentication.getName()));
    }

    /**
     * One lifecycle step; every reason it is refused shows on the deployment's page, in
     * the user's language: the lifecycle's reasons (and a rule of the step itself, such
     * as an end date) listed next to the steps, a conflict as the page's message.
     */
    private static String step(String externalId, RedirectAttributes redirect, String done, Runnable action) {
        String page = "redirect:/deployments/" + externalId;
        return Refusals.onPage(redirect, page, () -> {
            try {
                action.run();
                Flash.success(redirect, done, externalId);
            }
            catch (LifecycleRefusedException ex) {
                redirect.addFlashAttribute("refusals",
                        ex.refusals()
                            .stream()
                            .map((refusal) -> new Flash("error", refusal.messageKey(), refusal.arguments()))
                            .toList());
            }
            catch (UnprocessableException ex) {
                redirect.addFlashAttribute("refusals",
                        ex.errors()
                            .stream()
                            .map((error) -> new Flash("error", error.messageKey(), error.arguments()))
                            .toList());
            }
            return page;
        });
    }

    @GetMapping("/{externalId}/edit")
    String editForm(@PathVariable String externalId, Authentication authentication, Model model) {
        DeploymentRow row = this.deployments.row(this.scopes.of(authentication), externalId);
        model.addAttribute("form", DeploymentForm.of(row));
        return form(model, authentication, false, row.status());
    }

    @PostMapping("/{externalId}/edit")
    String update(@PathVariable String externalId, @Valid @ModelAttribute("form") DeploymentForm form,
            BindingResult result, Authentication authentication, Model model, RedirectAttributes redirect) {
        rejectDates(form, result);
        return Refusals.onForm(result).submit(() -> {
            this.deployments.update(externalId, form);
            Flash.success(redirect, "deployment.updated", externalId);
            return "redirect:/deployments/" + externalId;
        }, () -> {
            // The stored status, not a posted one: the form only shows it.
            DeploymentStatus stored = this.deployments.row(this.scopes.of(authentication), externalId).status();
            return form(model, authentication, false, stored);
        });
    }

    @PostMapping("/{externalId}/delete")
    String delete(@PathVariable String externalId, RedirectAttributes redirect) {
        return Refusals.onPage(redirect, "redirect:/deployments/" + externalId, () -> {
            this.deployments.delete(externalId);
            Flash.success(redirect, "deployment.deleted", externalId);
            return "redirect:/deployments";
        });
    }

    /** A new deployment's status is PLANNED; an existing one's is its stored status. */
    private String form(Model model, Authentication authentication, boolean creating, DeploymentStatus currentStatus) {
        List<PersonOption> people = this.people.options(this.scopes.of(authentication));
        model.addAttribute("people", people);
        model.addAttribute("creating", creating);
        model.addAttribute("currentStatus", currentStatus);
        return "deployment/form";
    }

    /**
     * Checked here as well as in the service so that it shows with the other field
     * errors, not after them.
     */
    private static void rejectDates(DeploymentForm form, BindingResult result) {
        if (form.endsBeforeStart() && !result.hasFieldErrors("endDate")) {
            result.rejectValue("endDate", "deployment.endDate.beforeStart");
        }
    }

}
