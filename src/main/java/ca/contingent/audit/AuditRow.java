package ca.contingent.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An event as the auditor's page shows it: the values before and after pretty-printed,
 * and the names of the fields that differ, so that a row says what changed without being
 * opened.
 */
public record AuditRow(AuditEvent event, String before, String after, List<String> changed) {

    /**
     * UTC, like the date filters, to the second: the page is read by people in many time
     * zones.
     */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneOffset.UTC);

    public String at() {
        return AT.format(this.event.at());
    }

    public boolean hasValues() {
        return this.before != null || this.after != null;
    }

}
