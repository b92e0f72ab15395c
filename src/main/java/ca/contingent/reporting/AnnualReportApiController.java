package ca.contingent.reporting;

import ca.contingent.shared.FiscalYear;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnnualReportApiController {

    private final AnnualReports reports;

    AnnualReportApiController(AnnualReports reports) {
        this.reports = reports;
    }

    /**
     * The annual report's figures; mission names in English, or in French with
     * {@code ?lang=fr}.
     */
    @GetMapping("/api/v1/reports/annual/{fiscalYear}")
    AnnualReport annual(@PathVariable String fiscalYear, @RequestParam(defaultValue = "en") String lang) {
        return this.reports.of(FiscalYear.parse(fiscalYear), "fr".equals(lang) ? "fr" : "en");
    }

}
