package ca.contingent.rotation;

import java.time.Clock;
import java.time.LocalDate;

import ca.contingent.shared.FiscalYear;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonDaysApiController {

    private final PersonDaysReports reports;

    private final Clock clock;

    PersonDaysApiController(PersonDaysReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Person-days and FTE of the year; names in English, or in French with
     * {@code ?lang=fr}.
     */
    @GetMapping("/api/v1/reports/person-days/{fiscalYear}")
    PersonDays personDays(@PathVariable String fiscalYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "en") String lang) {
        return this.reports.of(FiscalYear.parse(fiscalYear), day != null ? day : LocalDate.now(this.clock),
                "fr".equals(lang) ? "fr" : "en");
    }

}
