package ca.contingent.agency;

import java.io.IOException;

import ca.contingent.audit.Exports;
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

@Controller
@RequestMapping("/agencies")
class AgencyController {

    private final AgencyService agencies;

    private final Exports exports;

    AgencyController(AgencyService agencies, Exports exports) {
        this.agencies = agencies;
        this.exports = exports;
    }

    @ModelAttribute("types")
    AgencyType[] types() {
        return AgencyType.values();
    }

    @ModelAttribute("provinces")
    Province[] provinces() {
        return Province.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyType type,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model) {
        model.addAttribute("agencies", this.agencies.list(q, type, sort, dir));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("sort", AgencyService.SORTING.key(sort));
        model.addAttribute("dir", "desc".equalsIgnoreCase(dir) ? "desc" : "asc");
        return "agency/list";
    }

    /** The list as filtered and sorted on the page, as CSV or XLSX. */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyType type, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, HttpServletResponse response) throws IOException {
        Table<AgencyRow> table = Table.of("agencies", this.agencies.list(q, type, sort, dir))
            .column("agency.code", AgencyRow::code)
            .column("agency.nameEn", AgencyRow::nameEn)
            .column("agency.nameFr", AgencyRow::nameFr)
            .column("agency.type", AgencyRow::type)
            .column("agency.province", AgencyRow::province)
            .column("agency.partnerSince", AgencyRow::partnerSince)
            .column("agency.people", AgencyRow::people);
        this.exports.download(table, format, "agency", Exports.describe("q", q, "type", type), response);
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", AgencyForm.empty());
        model.addAttribute("creating", true);
        return "agency/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("code").submit(() -> {
            Agency agency = this.agencies.create(form);
            Flash.success(redirect, "agency.created", agency.code());
            return "redirect:/agencies/" + agency.code();
        }, () -> {
            model.addAttribute("creating", true);
            return "agency/form";
        });
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("agency", this.agencies.get(code));
        return "agency/show";
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", AgencyForm.of(this.agencies.get(code)));
        model.addAttribute("creating", false);
        return "agency/form";
    }

    @PostMapping("/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Refusals.onForm(result).submit(() -> {
            this.agencies.update(code, form);
            Flash.success(redirect, "agency.updated", code);
            return "redirect:/agencies/" + code;
        }, () -> {
            model.addAttribute("creating", false);
            return "agency/form";
        });
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        return Refusals.onPage(redirect, "redirect:/agencies/" + code, () -> {
            this.agencies.delete(code);
            Flash.success(redirect, "agency.deleted", code);
            return "redirect:/agencies";
        });
    }

}
