package ca.contingent.monthly;

import java.util.List;

/**
 * What a member writes: the month ({@code YYYY-MM}) and, optionally, which of their
 * deployments it reports on (by default the one in that month), the lines, the results
 * achieved and a short narrative. On an update the month and deployment stay as they were
 * and {@code version} is the version the member saw.
 */
public record MonthlyReportForm(String month, String deployment, String results, String narrative,
        List<ReportLine> lines, Integer version) {

    public MonthlyReportForm {
        lines = lines == null ? List.of()
                : lines.stream()
                    .map((line) -> line == null ? new ReportLine(null, null, null, null, null) : line)
                    .toList();
        results = results == null ? "" : results.strip();
        narrative = narrative == null ? "" : narrative.strip();
        month = month == null ? null : month.strip();
        deployment = deployment == null || deployment.isBlank() ? null : deployment.strip();
    }

    static MonthlyReportForm empty(String month) {
        return new MonthlyReportForm(month, null, "", "", List.of(), null);
    }

    /**
     * The page's form always offers empty rows; those are dropped before the lines are
     * checked.
     */
    MonthlyReportForm withoutBlankLines() {
        return new MonthlyReportForm(this.month, this.deployment, this.results, this.narrative,
                this.lines.stream().filter((line) -> !line.isBlank()).toList(), this.version);
    }

    /** The same form with {@code extra} empty rows at the end, for the page. */
    MonthlyReportForm withEmptyRows(int extra) {
        List<ReportLine> rows = new java.util.ArrayList<>(this.lines);
        for (int i = 0; i < extra; i++) {
            rows.add(new ReportLine(null, null, null, null, null));
        }
        return new MonthlyReportForm(this.month, this.deployment, this.results, this.narrative, rows, this.version);
    }

}
