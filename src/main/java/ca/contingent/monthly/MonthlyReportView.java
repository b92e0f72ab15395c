package ca.contingent.monthly;

import java.time.Instant;
import java.util.List;

/**
 * One report as its page and the API show it: whose, for which deployment and mission,
 * the lines and texts, and every workflow step with who took it, when and why.
 */
public record MonthlyReportView(String key, String person, String familyName, String givenName, String deployment,
        String mission, String month, MonthlyReportStatus status, String results, String narrative,
        List<ReportLine> lines, List<StepRecord> steps, int version) {

    /**
     * A step taken: when, by whom, from which status to which, and the comment or reason
     * given.
     */
    public record StepRecord(Instant at, String user, MonthlyReportStatus from, MonthlyReportStatus to,
            String comment) {
    }

    public String personName() {
        return this.familyName + ", " + this.givenName;
    }

}
