package ca.contingent.monthly;

/** A report in a list: whose, which month and mission, and where it stands. */
public record MonthlyReportRow(String key, String person, String familyName, String givenName, String mission,
        String month, MonthlyReportStatus status) {

    public String personName() {
        return this.familyName + ", " + this.givenName;
    }

}
