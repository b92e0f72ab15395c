package ca.contingent.publication;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A published (frozen) fiscal year: who published it and when. */
public record Publication(String fiscalYear, Instant at, String by) {

    /** UTC to the minute: the people who read the report work in many time zones. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(ZoneOffset.UTC);

    public String atText() {
        return AT.format(this.at);
    }

    /** The {@code "published"} member added to a report's JSON. */
    Marker marker() {
        return new Marker(this.at, this.by);
    }

    record Marker(Instant at, String by) {
    }

}
