package ca.contingent.dashboard;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.dashboard.Chart.Row;
import ca.contingent.reporting.AnnualReports;
import ca.contingent.reporting.ReportBreakdowns;
import ca.contingent.reporting.ReportBreakdowns.Choice;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.SpreadsheetCells;
import ca.contingent.web.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards page and each chart's data as CSV. Aggregates only, for every role that
 * reads reports. The filters are the query string
 * ({@code ?year=2024-25&mission=…&agency=…}), so that a view can be bookmarked.
 */
@Controller
class DashboardController {

    private final DashboardCharts charts;

    private final ReportBreakdowns breakdowns;

    private final AnnualReports reports;

    private final AuditLog log;

    private final MessageSource messages;

    private final ObjectMapper json;

    private final Clock clock;

    DashboardController(DashboardCharts charts, ReportBreakdowns breakdowns, AnnualReports reports, AuditLog log,
            MessageSource messages, ObjectMapper json, Clock clock) {
        this.charts = charts;
        this.breakdowns = breakdowns;
        this.reports = reports;
        this.log = log;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboards")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String mission,
            @RequestParam(required = false) String agency, Model model) {
        Locale locale = Locale.forLanguageTag(Language.current());
        List<FiscalYear> years = this.reports.yearsWithData();
        DashboardFilter filter = filter(year, mission, agency, years);
        List<Choice> missions = this.breakdowns.missions(Language.of(locale));
        List<Choice> agencies = this.breakdowns.agencies(Language.of(locale));
        known("mission", filter.mission(), missions);
        known("agency", filter.agency(), agencies);
        String notRecorded = this.messages.getMessage("dashboards.notRecorded", null, locale);
        String intro = this.messages.getMessage("dashboards.summary", null, locale);
        List<ChartView> views = this.charts.all(filter, locale)
            .stream()
            .map((chart) -> ChartView.of(chart, filter, locale, notRecorded, intro, this.json))
            .toList();
        model.addAttribute("filter", filter);
        model.addAttribute("years", years);
        model.addAttribute("missions", missions);
        model.addAttribute("agencies", agencies);
        model.addAttribute("charts", views);
        return "dashboard/page";
    }

    /**
     * A chart's table as CSV: the same headings, the figures unformatted (a percent as
     * its whole number), an empty cell for a figure not recorded. UTF-8 with a byte order
     * mark, cells neutralised against formulas, and the export recorded in the audit log
     * like the log's own export.
     */
    @GetMapping("/dashboards/{chart}.csv")
    void csv(@PathVariable String chart, @RequestParam(required = false) String year,
            @RequestParam(required = false) String mission, @RequestParam(required = false) String agency,
            Principal principal, HttpServletResponse response) throws IOException {
        Locale locale = Locale.forLanguageTag(Language.current());
        DashboardFilter filter = filter(year, mission, agency, this.reports.yearsWithData());
        Chart data = this.charts.one(chart, filter, locale).orElseThrow(() -> new NotFoundException("chart", chart));
        this.log.event(principal.getName(), AuditAction.EXPORT, "dashboard", data.id(), filter.describe());

        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename("dashboard-" + data.id() + "-" + filter.year() + ".csv")
                    .build()
                    .toString());
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        List<String> headers = new ArrayList<>();
        headers.add(data.labelHeading());
        data.series().forEach((series) -> headers.add(series.heading()));
        CSVFormat format = CSVFormat.RFC4180.builder()
            .setHeader(headers.stream().map(SpreadsheetCells::neutralise).toArray(String[]::new))
            .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (Row row : data.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(SpreadsheetCells.neutralise(row.label()));
                for (int column = 0; column < row.values().size(); column++) {
                    cells.add(row.plain(column));
                }
                csv.printRecord(cells);
            }
        }
    }

    /**
     * Without a year, the latest year with data that has ended (as the annual report
     * picks).
     */
    private DashboardFilter filter(String year, String mission, String agency, List<FiscalYear> years) {
        FiscalYear chosen;
        if (year != null && !year.isBlank()) {
            chosen = FiscalYear.parse(year);
        }
        else {
            FiscalYear current = FiscalYear.containing(LocalDate.now(this.clock));
            chosen = years.stream()
                .filter((candidate) -> candidate.compareTo(current) < 0)
                .findFirst()
                .orElse(years.isEmpty() ? current : years.get(0));
        }
        return new DashboardFilter(chosen, mission, agency);
    }

    private static void known(String entity, String code, List<Choice> choices) {
        if (code != null && choices.stream().noneMatch((choice) -> choice.code().equals(code))) {
            throw new NotFoundException(entity, code);
        }
    }

}
