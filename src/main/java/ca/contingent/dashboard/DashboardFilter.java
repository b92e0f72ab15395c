package ca.contingent.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ca.contingent.reporting.ReportBreakdowns.Scope;
import ca.contingent.shared.FiscalYear;

/**
 * What the dashboards show: a fiscal year (for the charts of one year), and optionally a
 * mission (its components included) and an agency (its people only). It is the page's
 * query string, so that a view can be bookmarked.
 */
record DashboardFilter(FiscalYear year, String mission, String agency) {

    DashboardFilter {
        mission = blankToNull(mission);
        agency = blankToNull(agency);
    }

    Scope scope() {
        return new Scope(this.mission, this.agency);
    }

    /** {@code year=2024-25&mission=…&agency=…}, without the filters that are not set. */
    String query() {
        List<String> parts = new ArrayList<>();
        parts.add("year=" + this.year);
        if (this.mission != null) {
            parts.add("mission=" + URLEncoder.encode(this.mission, StandardCharsets.UTF_8));
        }
        if (this.agency != null) {
            parts.add("agency=" + URLEncoder.encode(this.agency, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /** For the audit log. */
    String describe() {
        return query();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
