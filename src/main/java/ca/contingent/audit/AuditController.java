package ca.contingent.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import ca.contingent.shared.SpreadsheetCells;
import ca.contingent.shared.Text;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the log, newest first, filtered and paged, and the same rows as a
 * CSV file.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    private static final String[] HEADERS = { "at", "user", "action", "entity", "key", "before", "after", "detail" };

    private final AuditSearch search;

    private final AuditLog log;

    private final MessageSource messages;

    AuditController(AuditSearch search, AuditLog log, MessageSource messages) {
        this.search = search;
        this.log = log;
        this.messages = messages;
    }

    /**
     * A date or action written wrongly is shown as a message next to its filter and
     * leaves that filter unset: a typo in a filter is no reason for an error page.
     */
    @GetMapping
    String list(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entity, @RequestParam(required = false) String key,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, Model model) {
        LocalDate fromDay = day(from, "fromInvalid", model);
        LocalDate toDay = day(to, "toInvalid", model);
        AuditFilter filter = new AuditFilter(user, action(action), entity, key, fromDay, toDay);
        model.addAttribute("events", this.search.page(filter, pageNumber(page), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("entities", this.search.entities());
        return "audit/list";
    }

    /**
     * The filtered log as CSV for a spreadsheet: UTF-8 with a byte order mark so that
     * accents survive, every cell neutralised against formulas. The export is itself an
     * event, written in a transaction of its own before the first row, so that an export
     * cut short is still on record.
     */
    @GetMapping("/export.csv")
    void export(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entity, @RequestParam(required = false) String key,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal principal,
            HttpServletResponse response) throws IOException {
        AuditFilter filter = new AuditFilter(user, action(action), entity, key, day(from, null, null),
                day(to, null, null));
        this.log.event(principal.getName(), AuditAction.EXPORT, "audit", null, filter.describe());

        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename("audit-log-" + LocalDate.now(ZoneOffset.UTC) + ".csv")
                    .build()
                    .toString());
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        Locale locale = LocaleContextHolder.getLocale();
        String[] headers = Arrays.stream(HEADERS)
            .map((header) -> this.messages.getMessage("audit.column." + header, null, locale))
            .toArray(String[]::new);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(headers).get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            this.search.forEach(filter, (event) -> print(csv, event));
        }
    }

    private static void print(CSVPrinter csv, AuditEvent event) {
        try {
            csv.printRecord(Arrays
                .stream(new String[] { event.at().toString(), event.user(), event.action(), event.entity(), event.key(),
                        event.before(), event.after(), event.detail() })
                .map(SpreadsheetCells::neutralise));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static AuditAction action(String action) {
        return Arrays.stream(AuditAction.values())
            .filter((candidate) -> candidate.name().equals(action))
            .findFirst()
            .orElse(null);
    }

    private static LocalDate day(String text, String invalidFlag, Model model) {
        if (Text.isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        }
        catch (DateTimeParseException ex) {
            if (model != null) {
                model.addAttribute(invalidFlag, true);
            }
            return null;
        }
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.trim()), 1_000_000));
        }
        catch (NumberFormatException ex) {
            return 1;
        }
    }

}
