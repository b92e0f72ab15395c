package ca.contingent.monthly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.contingent.activity.ActivityCategory;
import ca.contingent.audit.Exports;
import ca.contingent.shared.Role;
import ca.contingent.shared.Table;
import ca.contingent.web.Flash;
import ca.contingent.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
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
import org.springframework.web.util.UriUtils;

/**
 * The monthly report pages: a member's history, new report and edits; the report's page
 * with its steps and the buttons of the steps the caller may take; the reminder list of
 * months owed, with its CSV. Who may reach which address is in the page filter chain; the
 * service checks the role and scope again.
 */
@Controller
@RequestMapping("/monthly-reports")
class MonthlyReportController {

    /** Empty rows offered under the lines already typed. */
    private static final int EMPTY_ROWS = 3;

    /** A field of one line, as the service names it: {@code lines[2].sessions}. */
    private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)](.*)$");

    private final MonthlyReports reports;

    private final Exports exports;

    MonthlyReportController(MonthlyReports reports, Exports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @ModelAttribute("categories")
    ActivityCategory[] categories() {
        return ActivityCategory.values();
    }

    @ModelAttribute("statuses")
    MonthlyReportStatus[] statuses() {
        return MonthlyReportStatus.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String mission, @RequestParam(required = false) String month,
            @RequestParam(required = false) MonthlyReportStatus status, Authentication authentication, Model model) {
        model.addAttribute("reports", this.reports.list(authentication, mission, month, status));
        model.addAttribute("mission", mission);
        model.addAttribute("month", month);
        model.addAttribute("status", status);
        model.addAttribute("monthInvalid", month != null && !month.isBlank() && ReportMonth.parseOrNull(month) == null);
        return "monthly/list";
    }

    /**
     * The list as filtered on the page (the caller's own reports, or those in their
     * scope) as CSV or XLSX.
     */
    @GetMapping("/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String mission,
            @RequestParam(required = false) String month, @RequestParam(required = false) MonthlyReportStatus status,
            Authentication authentication, HttpServletResponse response) throws IOException {
        Table<MonthlyReportRow> table = Table
            .of("monthly-reports", this.reports.list(authentication, mission, month, status))
            .column("monthly.month", MonthlyReportRow::month)
            .column("monthly.person", MonthlyReportRow::person)
            .column("monthly.name", MonthlyReportRow::personName)
            .column("monthly.mission", MonthlyReportRow::mission)
            .column("monthly.status", MonthlyReportRow::status);
        this.exports.download(table, format, "monthly_report",
                Exports.describe("mission", mission, "month", month, "status", status), response);
    }

    @GetMapping("/owed")
    String owed(@RequestParam(required = false) String mission, @RequestParam(required = false) String month,
            Authentication authentication, Model model) {
        model.addAttribute("owed", this.reports.owed(authentication, mission, month));
        model.addAttribute("mission", mission);
        model.addAttribute("month", month);
        model.addAttribute("monthInvalid", month != null && !month.isBlank() && ReportMonth.parseOrNull(month) == null);
        return "monthly/owed";
    }

    /**
     * The reminder list for a spreadsheet: UTF-8 with a byte order mark, every cell
     * neutralised against formulas.
     */
    /**
     * The reminder list as filtered on its page, as CSV (the shared list download,
     * audited as EXPORT).
     */
    @GetMapping("/owed.csv")
    void owedCsv(@RequestParam(required = false) String mission, @RequestParam(required = false) String month,
            Authentication authentication, HttpServletResponse response) throws IOException {
        Table<OwedMonth> table = Table.of("monthly-reports-owed", this.reports.owed(authentication, mission, month))
            .column("monthly.csv.person", OwedMonth::person)
            .column("monthly.csv.familyName", OwedMonth::familyName)
            .column("monthly.csv.givenName", OwedMonth::givenName)
            .column("monthly.csv.mission", OwedMonth::mission)
            .column("monthly.csv.month", OwedMonth::month)
            .column("monthly.csv.status", (row) -> row.status() == null ? "" : row.status().name());
        this.exports.download(table, "csv", "monthly_report", Exports.describe("mission", mission, "month", month),
                response);
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String month, Authentication authentication, Model model) {
        model.addAttribute("form", MonthlyReportForm.empty(month).withEmptyRows(EMPTY_ROWS));
        return form(model, authentication, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") MonthlyReportForm form, BindingResult result, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        return Refusals.onForm(result).fieldsAs(shownFields(form)).submit(() -> {
            MonthlyReportView created = this.reports.create(authentication, form.withoutBlankLines());
            Flash.success(redirect, "monthly.created", created.month());
            return redirectTo(created.key());
        }, () -> form(model, authentication, null));
    }

    @GetMapping("/{key}")
    String show(@PathVariable String key, Authentication authentication, Model model) {
        MonthlyReportView report = this.reports.get(authentication, key);
        model.addAttribute("report", report);
        Set<Role> roles = MonthlyReports.roles(authentication);
        model.addAttribute("steps", Step.open(report.status(), roles));
        model.addAttribute("mine", !Collections.disjoint(roles, Step.writers()));
        return "monthly/show";
    }

    @GetMapping("/{key}/edit")
    String editForm(@PathVariable String key, Authentication authentication, Model model, RedirectAttributes redirect) {
        MonthlyReportView report = this.reports.get(authentication, key);
        if (!report.status().editable()) {
            Flash.error(redirect,
                    report.status() == MonthlyReportStatus.APPROVED ? "monthly.locked" : "monthly.notEditable",
                    report.key(), report.status().name());
            return redirectTo(key);
        }
        model.addAttribute("form", new MonthlyReportForm(report.month(), report.deployment(), report.results(),
                report.narrative(), report.lines(), report.version())
            .withEmptyRows(EMPTY_ROWS));
        return form(model, authentication, report);
    }

    @PostMapping("/{key}/edit")
    String update(@PathVariable String key, @ModelAttribute("form") MonthlyReportForm form, BindingResult result,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        MonthlyReportView report = this.reports.get(authentication, key);
        return Refusals.onForm(result).fieldsAs(shownFields(form)).submit(() -> {
            this.reports.update(authentication, key, form.withoutBlankLines());
            Flash.success(redirect, "monthly.updated", report.month());
            return redirectTo(key);
        }, () -> form(model, authentication, report));
    }

    @PostMapping("/{key}/submit")
    String submit(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
        return step(key, Step.SUBMIT, null, authentication, redirect);
    }

    @PostMapping("/{key}/return")
    String giveBack(@PathVariable String key, @RequestParam(required = false) String comment,
            Authentication authentication, RedirectAttributes redirect) {
        return step(key, Step.RETURN, comment, authentication, redirect);
    }

    @PostMapping("/{key}/review")
    String review(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
        return step(key, Step.REVIEW, null, authentication, redirect);
    }

    @PostMapping("/{key}/approve")
    String approve(@PathVariable String key, Authentication authentication, RedirectAttributes redirect) {
        return step(key, Step.APPROVE, null, authentication, redirect);
    }

    @PostMapping("/{key}/reopen")
    String reopen(@PathVariable String key, @RequestParam(required = false) String reason,
            Authentication authentication, RedirectAttributes redirect) {
        return step(key, Step.REOPEN, reason, authentication, redirect);
    }

    /**
     * One step; a refusal for the report's state or a missing comment shows on the
     * report's page.
     */
    private String step(String key, Step step, String comment, Authentication authentication,
            RedirectAttributes redirect) {
        return Refusals.onPage(redirect, redirectTo(key), () -> {
            this.reports.step(authentication, key, step, comment);
            Flash.success(redirect, "monthly.step.done." + step.path(), key);
            return redirectTo(key);
        });
    }

    private String form(Model model, Authentication authentication, MonthlyReportView report) {
        model.addAttribute("report", report);
        model.addAttribute("creating", report == null);
        model.addAttribute("deployments", this.reports.deployments(authentication));
        return "monthly/form";
    }

    private static String redirectTo(String key) {
        return "redirect:/monthly-reports/" + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    /**
     * The service numbers lines without the empty rows of the page; the fields are mapped
     * back onto the rows as shown, so that each error sits next to its line. An error
     * about the lines as a whole shows above the form.
     */
    private static UnaryOperator<String> shownFields(MonthlyReportForm form) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < form.lines().size(); i++) {
            if (!form.lines().get(i).isBlank()) {
                shown.add(i);
            }
        }
        return (field) -> {
            if ("lines".equals(field)) {
                return "";
            }
            Matcher line = LINE_FIELD.matcher(field);
            if (line.matches() && Integer.parseInt(line.group(1)) < shown.size()) {
                return "lines[" + shown.get(Integer.parseInt(line.group(1))) + "]" + line.group(2);
            }
            return field;
        };
    }

}
