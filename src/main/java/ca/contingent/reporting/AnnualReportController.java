package ca.contingent.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import ca.contingent.shared.FiscalYear;
import ca.contingent.web.Language;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AnnualReportController {

    private final AnnualReports reports;

    private final Clock clock;

    AnnualReportController(AnnualReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * The year picker submits here; without a year, the latest year with data (or the
     * current one).
     */
    @GetMapping("/reports/annual")
    String pick(@RequestParam(required = false) String year) {
        FiscalYear chosen;
        if (year != null && !year.isBlank()) {
            chosen = FiscalYear.parse(year);
        }
        else {
            List<FiscalYear> years = this.reports.yearsWithData();
            FiscalYear current = FiscalYear.containing(LocalDate.now(this.clock));
            chosen = years.stream()
                .filter((candidate) -> candidate.compareTo(current) < 0)
                .findFirst()
                .orElse(years.isEmpty() ? current : years.get(0));
        }
        return "redirect:/reports/annual/" + chosen;
    }

    @GetMapping("/reports/annual/{fiscalYear}")
    String annual(@PathVariable String fiscalYear, Model model) {
        FiscalYear year = FiscalYear.parse(fiscalYear);
        String language = Language.current();
        AnnualReport report = this.reports.of(year, language);
        model.addAttribute("page", AnnualReportPage.of(report, this.reports.agencyNames(language)));
        model.addAttribute("report", report);
        model.addAttribute("year", year);
        model.addAttribute("years", this.reports.yearsWithData());
        return "reporting/annual";
    }

}
