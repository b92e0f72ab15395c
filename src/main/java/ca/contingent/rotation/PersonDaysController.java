package ca.contingent.rotation;

import java.time.Clock;
import java.time.LocalDate;

import ca.contingent.shared.FiscalYear;
import ca.contingent.web.Language;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PersonDaysController {

    private final PersonDaysReports reports;

    private final Clock clock;

    PersonDaysController(PersonDaysReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** Without a year, the current fiscal year; without a day, today. */
    @GetMapping("/reports/person-days")
    String personDays(@RequestParam(required = false) String fy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        LocalDate today = LocalDate.now(this.clock);
        FiscalYear year = fy == null || fy.isBlank() ? FiscalYear.containing(today) : FiscalYear.parse(fy);
        model.addAttribute("report", this.reports.of(year, day != null ? day : today, Language.current()));
        return "rotation/person-days";
    }

}
