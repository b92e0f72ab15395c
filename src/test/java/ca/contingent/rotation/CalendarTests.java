package ca.contingent.rotation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarTests {

    @Test
    void textIsEscapedAsRfc5545Requires() {
        assertThat(Calendar.escape("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary = "Arrivée : " + "é".repeat(80);
        String ics = Calendar.of("T", List.of(new Calendar.Event("u@x", LocalDate.of(2030, 1, 1), summary, "d")),
                Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        // Unfolding (removing CRLF + space) gives back the line.
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + summary + "\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20300101\r\n", "DTEND;VALUE=DATE:20300102\r\n",
                "DTSTAMP:20300101T000000Z\r\n");
    }

}
