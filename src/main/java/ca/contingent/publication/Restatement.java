package ca.contingent.publication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A change to a record of a published year, after its publication: which record, how,
 * when and by whom ({@code by} is null when the change was made outside the application,
 * so that no audit event names its user). {@code key} is null when the caller may not
 * know which personal record it was.
 */
public record Restatement(Instant at, String by, String action, String entity, String key) {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC);

    public String atText() {
        return AT.format(this.at);
    }

    Restatement withoutKey() {
        return new Restatement(this.at, this.by, this.action, this.entity, null);
    }

}
