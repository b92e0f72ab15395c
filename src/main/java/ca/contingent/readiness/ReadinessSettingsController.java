package ca.contingent.readiness;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/settings/readiness")
class ReadinessSettingsController {

    private final ReadinessCodes codes;

    private final Exports exports;

    ReadinessSettingsController(ReadinessCodes codes, Exports exports) {
        this.codes = codes;
        this.exports = exports;
    }

    /** The readiness items as listed, as CSV or XLSX. */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, HttpServletResponse response) throws IOException {
        Table<ReadinessCode> table = Table.of("readiness-items", this.codes.list())
            .column("readiness.code.code", ReadinessCode::code)
            .column("readiness.code.nameEn", ReadinessCode::nameEn)
            .column("readiness.code.nameFr", ReadinessCode::nameFr);
        this.exports.download(table, format, "readiness_code", "", response);
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", ReadinessCodeForm.empty());
        model.addAttribute("codes", this.codes.list());
        return "readiness/settings";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") ReadinessCodeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Refusals.onForm(result).conflictOn("code").submit(() -> {
            ReadinessCode created = this.codes.add(form);
            Flash.success(redirect, "readiness.code.added", created.code());
            return "redirect:/settings/readiness";
        }, () -> {
            model.addAttribute("codes", this.codes.list());
            return "readiness/settings";
        });
    }

}
