package ca.contingent.results;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import ca.contingent.audit.Exports;
import ca.contingent.mission.MissionService;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.Table;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Results against targets, and the logic model they measure: read by every role that
 * reads reports.
 */
@Controller
class ResultsController {

    private final Results results;

    private final LogicModel model;

    private final AnnualReports reports;

    private final MissionService missions;

    private final Clock clock;

    private final Exports exports;

    ResultsController(Results results, LogicModel model, AnnualReports reports, MissionService missions, Clock clock,
            Exports exports) {
        this.exports = exports;
        this.results = results;
        this.model = model;
        this.reports = reports;
        this.missions = missions;
        this.clock = clock;
    }

    /**
     * Without a year: the latest year with targets (or the current year). A malformed
     * year is a 400 page, an unknown mission a 404, as for the API.
     */
    @GetMapping("/results")
    String results(@RequestParam(required = false) String year, @RequestParam(required = false) String mission,
            Model model) {
        List<FiscalYear> targetYears = this.model.targetYears();
        FiscalYear chosen = chosenYear(year, targetYears);
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

    /**
     * The results of the page (same year and mission) as CSV or XLSX; the download is
     * audited as EXPORT.
     */
    @GetMapping("/results/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String year,
            @RequestParam(required = false) String mission, HttpServletResponse response) throws IOException {
        FiscalYear chosen = chosenYear(year, this.model.targetYears());
        String missionCode = mission == null || mission.isBlank() ? null : mission.trim();
        Locale locale = LocaleContextHolder.getLocale();
        Table<ResultItem> table = Table.of("results-" + chosen, this.results.forYear(chosen, missionCode, locale))
            .column("results.code", ResultItem::indicator)
            .column("results.indicator", ResultItem::indicatorName)
            .column("results.outcome", ResultItem::outcomeName)
            .column("results.mission", ResultItem::mission)
            .column("results.unit", ResultItem::unit)
            .column("results.baseline", ResultItem::baseline)
            .column("results.target", ResultItem::target)
            .column("results.actual", ResultItem::actual)
            .column("results.progress", ResultItem::progressPercent);
        this.exports.download(table, format, "results", Exports.describe("year", chosen, "mission", missionCode),
                response);
    }

    /** Without a year: the latest year with targets (or the current year). */
    private FiscalYear chosenYear(String year, List<FiscalYear> targetYears) {
        if (year != null && !year.isBlank()) {
            return FiscalYear.parse(year);
        }
        return targetYears.isEmpty() ? FiscalYear.containing(LocalDate.now(this.clock)) : targetYears.get(0);
    }

    @GetMapping("/results/outcomes")
    String outcomes(Model model) {
        model.addAttribute("tree", this.model.tree());
        return "results/outcomes";
    }

}
