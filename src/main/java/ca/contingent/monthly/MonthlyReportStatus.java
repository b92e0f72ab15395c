package ca.contingent.monthly;

/**
 * Where a report stands. The member edits a DRAFT or a RETURNED report; SUBMITTED and
 * REVIEWED wait for the commander and headquarters; APPROVED is locked until headquarters
 * reopen it.
 */
public enum MonthlyReportStatus {

    DRAFT, SUBMITTED, RETURNED, REVIEWED, APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

}
