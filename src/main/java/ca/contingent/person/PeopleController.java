package ca.contingent.person;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import ca.contingent.agency.Agency;
import ca.contingent.agency.AgencyService;
import ca.contingent.audit.Exports;
import ca.contingent.readiness.Readiness;
import ca.contingent.readiness.ReadinessGap;
import ca.contingent.shared.Table;
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
@RequestMapping("/people")
class PeopleController {

    private final PersonService people;

    private final AgencyService agencies;

    private final ScopeResolver scopes;

    private final Readiness readiness;

    private final Exports exports;

    PeopleController(PersonService people, AgencyService agencies, ScopeResolver scopes, Readiness readiness,
            Exports exports) {
        this.exports = exports;
        this.people = people;
        this.agencies = agencies;
        this.scopes = scopes;
        this.readiness = readiness;
    }

    /**
     * A planned deployment and the required items that are missing or lapse before its
     * end.
     */
    record PlannedReadiness(PersonDeployment deployment, List<ReadinessGap> gaps) {
    }

    @ModelAttribute("genders")
    Gender[] genders() {
        return Gender.values();
    }

    @ModelAttribute("categories")
    PersonCategory[] categories() {
        return PersonCategory.values();
    }

    /**
     * The agencies to filter on and to choose in the form: a coordinator's own only, as
     * nothing else is theirs.
     */
    @ModelAttribute("agencies")
    List<Agency> agencies(Authentication authentication) {
        Scope scope = this.scopes.of(authentication);
        if (scope.isEverything()) {
            return this.agencies.all();
        }
        return this.agencies.all().stream().filter((agency) -> scope.coversAgency(agency.id())).toList();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
            @RequestParam(required = false) Gender gender, @RequestParam(required = false) PersonCategory category,
            @RequestParam(required = false) String language, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Authentication authentication, Model model) {
        PersonFilter filter = new PersonFilter(q, agency, gender, category, language);
        model.addAttribute("people", this.people.list(this.scopes.of(authentication), filter, sort, dir));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", PersonService.SORTING.key(sort));
        model.addAttribute("dir", "desc".equalsIgnoreCase(dir) ? "desc" : "asc");
        return "person/list";
    }

    /**
     * The roster in the caller's scope (a coordinator's agency, a commander's missions)
     * as filtered and sorted on the page, as CSV or XLSX. The download is in the audit
     * log, with its filter, whoever makes it.
     */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String agency, @RequestParam(required = false) Gender gender,
            @RequestParam(required = false) PersonCategory category, @RequestParam(required = false) String language,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Authentication authentication, HttpServletResponse response) throws IOException {
        PersonFilter filter = new PersonFilter(q, agency, gender, category, language);
        Table<PersonRow> table = Table.of("people", this.people.list(this.scopes.of(authentication), filter, sort, dir))
            .column("person.externalId", PersonRow::externalId)
            .column("person.familyName", PersonRow::familyName)
            .column("person.givenName", PersonRow::givenName)
            .column("person.gender", PersonRow::gender)
            .column("person.category", PersonRow::category)
            .column("person.agency", PersonRow::agency)
            .column("person.rank", PersonRow::rank)
            .column("person.languages", (row) -> String.join(";", row.languageList()));
        this.exports.download(table, format, "person", Exports.describe("q", q, "agency", agency, "gender", gender,
                "category", category, "language", language), response);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", PersonForm.empty());
        model.addAttribute("creating", true);
        return "person/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("externalId").submit(() -> {
            Person person = this.people.create(this.scopes.of(authentication), form);
            Flash.success(redirect, "person.created", person.externalId());
            return "redirect:/people/" + person.externalId();
        }, () -> {
            model.addAttribute("creating", true);
            return "person/form";
        });
    }

    @GetMapping("/{externalId}")
    String show(@PathVariable String externalId, Authentication authentication, Model model) {
        PersonRecord record = this.people.read(this.scopes.of(authentication), externalId);
        model.addAttribute("person", record.person());
        model.addAttribute("deployments", record.deployments());
        long personId = this.people.find(externalId).map(Person::id).orElseThrow();
        model.addAttribute("readiness", this.readiness.held(personId, LocalDate.now()));
        model.addAttribute("plannedReadiness", record.deployments()
            .stream()
            .filter((d) -> "PLANNED".equals(d.status()))
            .map((d) -> new PlannedReadiness(d, this.readiness.gaps(personId, d.mission(), d.startDate(), d.endDate())))
            .toList());
        return "person/show";
    }

    @GetMapping("/{externalId}/edit")
    String editForm(@PathVariable String externalId, Authentication authentication, Model model) {
        model.addAttribute("form", this.people.editForm(this.scopes.of(authentication), externalId));
        model.addAttribute("creating", false);
        return "person/form";
    }

    @PostMapping("/{externalId}/edit")
    String update(@PathVariable String externalId, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        return Refusals.onForm(result).submit(() -> {
            this.people.update(this.scopes.of(authentication), externalId, form);
            Flash.success(redirect, "person.updated", externalId);
            return "redirect:/people/" + externalId;
        }, () -> {
            model.addAttribute("creating", false);
            return "person/form";
        });
    }

    @PostMapping("/{externalId}/delete")
    String delete(@PathVariable String externalId, RedirectAttributes redirect) {
        return Refusals.onPage(redirect, "redirect:/people/" + externalId, () -> {
            this.people.delete(externalId);
            Flash.success(redirect, "person.deleted", externalId);
            return "redirect:/people";
        });
    }

}
