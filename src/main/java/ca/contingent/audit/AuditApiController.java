package ca.contingent.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import ca.contingent.shared.UnprocessableException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    /**
     * The log from an instant on, oldest first (at most 10,000 events a call: page on
     * with the last {@code at}).
     */
    @GetMapping("/api/v1/audit")
    Map<String, List<AuditEvent>> since(@RequestParam(required = false) String since) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.EPOCH : Instant.parse(since);
        }
        catch (DateTimeParseException ex) {
            throw UnprocessableException.of("since", "audit.since.invalid", since);
        }
        return Map.of("items", this.log.since(from, 10_000));
    }

}
