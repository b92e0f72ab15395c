package ca.contingent.publication;

import ca.contingent.shared.FiscalYear;
import ca.contingent.web.Flash;
import ca.contingent.web.Language;
import ca.contingent.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A year's publication: the note "published on … by …", published and current figures
 * side by side when they differ, the restatements, and (for headquarters, while the year
 * is not published) the button that publishes it. The annual report page loads it with
 * htmx (the fragment) and links to it (the whole page) without script.
 */
@Controller
class PublicationController {

    /**
     * Restatements listed on the page; an import can restate thousands of records at
     * once.
     */
    static final int SHOWN = 500;

    private final Publications publications;

    PublicationController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/reports/annual/{fiscalYear}/publication")
    String publication(@PathVariable String fiscalYear,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        FiscalYear year = FiscalYear.parse(fiscalYear);
        model.addAttribute("year", year);
        model.addAttribute("publication", this.publications.find(year).orElse(null));
        model.addAttribute("comparison", this.publications.compare(year, Language.current()).orElse(null));
        model.addAttribute("restatements", this.publications.restatements(year, SHOWN));
        return htmx != null ? "publication/page :: panel" : "publication/page";
    }

    /**
     * Publishes after the user ticked the confirmation; back to the report with what
     * happened.
     */
    @PostMapping("/reports/annual/{fiscalYear}/publication")
    String publish(@PathVariable String fiscalYear, @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        FiscalYear year = FiscalYear.parse(fiscalYear);
        if (!"yes".equals(confirm)) {
            Flash.error(redirect, "publication.confirmMissing", year.toString());
            return "redirect:/reports/annual/" + year + "/publication";
        }
        String report = "redirect:/reports/annual/" + year;
        return Refusals.onPage(redirect, report, () -> {
            Publication publication = this.publications.publish(year);
            Flash.success(redirect, "publication.done", year.toString(), publication.atText(), publication.by());
            return report;
        });
    }

}
