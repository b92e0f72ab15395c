package ca.contingent.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an auditor narrows the log to; every part is optional. The dates are whole days in
 * UTC, both included, so that two auditors in different time zones get the same rows for
 * the same filter.
 */
public record AuditFilter(String user, AuditAction action, String entity, String key, LocalDate from, LocalDate to) {

    public AuditFilter {
        user = blankToNull(user);
        entity = blankToNull(entity);
        key = blankToNull(key);
    }

    /**
     * The filter as the EXPORT event records it: only the parts that were set, in a fixed
     * order.
     */
    String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "user", this.user);
        add(parts, "action", this.action == null ? null : this.action.name());
        add(parts, "entity", this.entity);
        add(parts, "key", this.key);
        add(parts, "from", this.from == null ? null : this.from.toString());
        add(parts, "to", this.to == null ? null : this.to.toString());
        return parts.isEmpty() ? "all" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
