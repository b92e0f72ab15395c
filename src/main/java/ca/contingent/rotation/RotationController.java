package ca.contingent.rotation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ca.contingent.person.Scope;
import ca.contingent.person.ScopeResolver;
import ca.contingent.shared.SpreadsheetCells;
import ca.contingent.web.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mission's rotation plan (page, CSV, iCalendar) and the program's coming departures.
 */
@Controller
class RotationController {

    /**
     * Longer windows make bars too thin to read or click; a wider request is cut to this.
     */
    private static final int LONGEST_WINDOW_YEARS = 3;

    private static final String[] CSV_COLUMNS = { "role", "deployment", "person", "mission", "status", "start", "end",
            "successor", "handover" };

    private final RotationPlans plans;

    private final ScopeResolver scopes;

    private final MessageSource messages;

    private final Clock clock;

    RotationController(RotationPlans plans, ScopeResolver scopes, MessageSource messages, Clock clock) {
        this.plans = plans;
        this.scopes = scopes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/missions/{code}/rotation")
    String plan(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication authentication, Model model) {
        RotationPlans.MissionHeading mission = this.plans.mission(code, scope(authentication), Language.current());
        Period window = window(from, to);
        model.addAttribute("mission", mission);
        model.addAttribute("plan", this.plans.plan(mission, window));
        model.addAttribute("window", window);
        return "rotation/plan";
    }

    /**
     * The plan's rows for a spreadsheet: UTF-8 with a byte order mark, every cell
     * neutralised against formulas.
     */
    @GetMapping("/missions/{code}/rotation.csv")
    void csv(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication authentication, HttpServletResponse response) throws IOException {
        RotationPlans.MissionHeading mission = this.plans.mission(code, scope(authentication), Language.current());
        RotationPlan plan = this.plans.plan(mission, window(from, to));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("rotation-" + mission.code() + ".csv").build().toString());
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>();
        for (String column : CSV_COLUMNS) {
            headers.add(this.messages.getMessage("rotation.csv." + column, null, locale));
        }
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord(headers.stream().map(SpreadsheetCells::neutralise));
            for (RotationPlan.Line line : plan.lines()) {
                Stay stay = line.stay();
                csv.printRecord(List
                    .of(stay.role(), stay.externalId(), stay.person(), stay.mission(), stay.status(),
                            stay.start().toString(), stay.end().toString(),
                            line.successor() == null ? "" : line.successor().externalId(),
                            String.valueOf(line.handoverDays()))
                    .stream()
                    .map(SpreadsheetCells::neutralise)
                    .toList());
            }
        }
    }

    /** Arrivals and departures of the stays in the window, for a calendar program. */
    @GetMapping("/missions/{code}/rotation.ics")
    void calendar(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication authentication, HttpServletResponse response) throws IOException {
        RotationPlans.MissionHeading mission = this.plans.mission(code, scope(authentication), Language.current());
        RotationPlan plan = this.plans.plan(mission, window(from, to));
        Locale locale = LocaleContextHolder.getLocale();
        List<Calendar.Event> events = new ArrayList<>();
        for (RotationPlan.Line line : plan.lines()) {
            Stay stay = line.stay();
            Object[] args = { stay.person(), stay.role(), stay.mission() };
            String description = this.messages.getMessage("rotation.ics.description",
                    new Object[] { stay.externalId(), stay.status() }, locale);
            events.add(new Calendar.Event(stay.externalId() + "-arrival@contingent", stay.start(),
                    this.messages.getMessage("rotation.ics.arrival", args, locale), description));
            events.add(new Calendar.Event(stay.externalId() + "-departure@contingent", stay.end(),
                    this.messages.getMessage("rotation.ics.departure", args, locale), description));
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("rotation-" + mission.code() + ".ics").build().toString());
        response.getWriter().write(Calendar.of(mission.name(), events, this.clock.instant()));
    }

    @GetMapping("/rotation")
    String program(Authentication authentication, Model model) {
        LocalDate today = LocalDate.now(this.clock);
        model.addAttribute("today", today);
        model.addAttribute("dueHome", this.plans.dueHome(today, scope(authentication)));
        model.addAttribute("lapsing", this.plans.lapsing(scope(authentication)));
        return "rotation/program";
    }

    private Scope scope(Authentication authentication) {
        return this.scopes.of(authentication);
    }

    /**
     * The chosen window, or today − 3 months to today + 12 months; reversed ends are
     * swapped, long ones cut.
     */
    private Period window(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(this.clock);
        LocalDate start = from != null ? from : today.minusMonths(3);
        LocalDate end = to != null ? to : start.plusMonths(15);
        if (end.isBefore(start)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        if (end.isAfter(start.plusYears(LONGEST_WINDOW_YEARS))) {
            end = start.plusYears(LONGEST_WINDOW_YEARS);
        }
        return new Period(start, end);
    }

}
