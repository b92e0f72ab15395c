package ca.contingent.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.Table;
import ca.contingent.shared.TableFormat;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Sends a list as a CSV or XLSX download, the same way for every list: one call from a
 * controller,
 *
 * <pre>{@code
 * &#64;GetMapping("/export.{format}")
 * void export(@PathVariable String format, ..., HttpServletResponse response) throws IOException {
 *     this.exports.download(Table.of("agencies", rows).column("agency.code", AgencyRow::code), format, "agency",
 *             "q=" + q, response);
 * }
 * }</pre>
 *
 * It resolves the headers (message keys) in the caller's language, records the download
 * in the audit log as an EXPORT event naming the record type, the format and the filter
 * (in a transaction of its own, before the first row, so that a download cut short is
 * still on record), and writes the file with its name and type. The caller passes rows
 * already narrowed to what the user may see: this class does not know scopes.
 */
@Service
public class Exports {

    private final AuditLog log;

    private final MessageSource messages;

    Exports(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    /**
     * @param format the file extension asked for, {@code csv} or {@code xlsx}; anything
     * else is a 404
     * @param entity the record type the audit event names ({@code agency},
     * {@code person}, …)
     * @param filter what the list was narrowed to, for the audit event (free text, may be
     * empty)
     */
    public void download(Table<?> table, String format, String entity, String filter, HttpServletResponse response)
            throws IOException {
        TableFormat tableFormat = TableFormat.ofExtension(format)
            .orElseThrow(() -> NotFoundException.of("export", String.valueOf(format)));
        Locale locale = LocaleContextHolder.getLocale();
        Table<?> translated = table.translated((key) -> this.messages.getMessage(key, null, key, locale));
        this.log.event(currentUser(), AuditAction.EXPORT, entity, null,
                tableFormat.extension() + (filter == null || filter.isBlank() ? "" : " " + filter));
        response.setContentType(tableFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename(table.name() + "-" + LocalDate.now(ZoneOffset.UTC) + "." + tableFormat.extension())
                    .build()
                    .toString());
        OutputStream out = response.getOutputStream();
        tableFormat.write(translated, out);
        out.flush();
    }

    /**
     * A filter's parts as {@code name=value}, the empty ones left out: what an audit
     * event says of a download.
     */
    public static String describe(Object... namesAndValues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !value.toString().isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(namesAndValues[i]).append('=').append(value);
            }
        }
        return text.toString();
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

}
