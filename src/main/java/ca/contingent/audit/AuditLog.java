package ca.contingent.audit;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to the audit log. A change's event joins the change's transaction (it
 * fails without one), so that a crash leaves neither a change without its event nor an
 * event without its change.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a change made by the signed-in user; before and after are serialised as
     * JSON (null for none).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(AuditAction action, String entity, String key, Object before, Object after) {
        insert(currentUser(), action, entity, key, before, after, null);
    }

    /**
     * Records an event that stands on its own, such as a failed sign-in, in a transaction
     * of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void event(String username, AuditAction action, String entity, String key, String detail) {
        insert(username, action, entity, key, null, null, detail);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<AuditEvent> since(Instant since, int limit) {
        return this.jdbc.sql("""
                select id, at, username, action, entity, key, before::text as before, after::text as after, detail
                from audit_event where at >= ? order by at, id limit ?""")
            .params(java.sql.Timestamp.from(since), limit)
            .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                    rs.getString("username"), rs.getString("action"), rs.getString("entity"), rs.getString("key"),
                    rs.getString("before"), rs.getString("after"), rs.getString("detail")))
            .list();
    }

    private void insert(String username, AuditAction action, String entity, String key, Object before, Object after,
            String detail) {
        this.jdbc.sql("""
                insert into audit_event (username, action, entity, key, before, after, detail)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
            .params(clean(username, 60), action.name(), entity, clean(key, 100), toJson(before), toJson(after),
                    clean(detail, 500))
            .update();
    }

    private String toJson(Object value) {
        return value == null ? null : this.json.writeValueAsString(value);
    }

    /**
     * Line breaks and control characters are escaped so that nobody can forge a line of
     * the log.
     */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String escaped = text.replace("\r", "\\r").replace("\n", "\\n").replaceAll("\\p{Cntrl}", "?");
        return escaped.length() > max ? escaped.substring(0, max) : escaped;
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

}
