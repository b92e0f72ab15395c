package ca.contingent.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One event of the audit log; before and after are the record's values as JSON. */
public record AuditEvent(long id, Instant at, String user, String action, String entity, String key,
        @JsonRawValue String before, @JsonRawValue String after, String detail) {
}
