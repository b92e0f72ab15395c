package ca.contingent.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import ca.contingent.mission.MissionService;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.shared.FiscalYear;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Results against targets, and the logic model they measure: read by every role that reads reports. */
@Controller
class ResultsController {

    private final Results results;

    private final LogicModel model;

    private final AnnualReports reports;

    private final MissionService missions;

    private final Clock clock;

    ResultsController(Results results, LogicModel model, AnnualReports reports, MissionService missions,
            Clock clock) {
        this.results = results;
        this.model = model;
        this.reports = reports;
        this.missions = missions;
        this.clock = clock;
    }

    /**
     * Without a year: the latest year with targets (or the current year). A malformed year is a 400 page, an unknown
     * mission a 404, as for the API.
     */
    @GetMapping("/results")
    String results(@RequestParam(required = false) String year, @RequestParam(required = false) String mission,
            Model model) {
        List<FiscalYear> targetYears = this.model.targetYears();
        FiscalYear chosen;
        if (year != null && !year.isBlank()) {
            chosen = FiscalYear.parse(year);
        }
        else {
            chosen = targetYears.isEmpty() ? FiscalYear.containing(LocalDate.now(this.clock)) : targetYears.get(0);
        }
        String missionCode = mission == null || mission.isBlank() ? null : mission.trim();
        TreeSet<FiscalYear> years = new TreeSet<>(targetYears);
        years.addAll(this.reports.yearsWithData());
        years.add(chosen);
        model.addAttribute("items", this.results.forYear(chosen, missionCode, LocaleContextHolder.getLocale()));
        model.addAttribute("year", chosen);
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("mission", missionCode);
        model.addAttribute("missions", this.missions.all());
        return "results/page";
    }

    @GetMapping("/results/outcomes")
    String outcomes(Model model) {
        model.addAttribute("tree", this.model.tree());
        return "results/outcomes";
    }

}
