package ca.contingent.monthly;

/**
 * A month a person owes a report for: they were DEPLOYED or COMPLETED on at least one of
 * its days, the month has ended, and no report of theirs for it is SUBMITTED or further.
 * {@code status} is the report's status when a draft or a returned report exists, null
 * when there is none.
 */
public record OwedMonth(String person, String familyName, String givenName, String mission, String month,
        MonthlyReportStatus status) {

    public String personName() {
        return this.familyName + ", " + this.givenName;
    }

}
