package ca.contingent.monthly;

/**
 * One line of activities a member delivered in the month, as typed (pages) or sent (API):
 * the category is text so that a wrong one is reported with its line number rather than
 * refused as an unreadable request.
 */
public record ReportLine(String category, String type, Integer sessions, Integer participants,
        Integer participantsWomen) {

    public ReportLine {
        category = category == null || category.isBlank() ? null : category.strip();
        type = type == null || type.isBlank() ? null : type.strip();
    }

    /** A row of the page's form left empty, which is not a line at all. */
    boolean isBlank() {
        return this.category == null && this.type == null && this.sessions == null && this.participants == null
                && this.participantsWomen == null;
    }

}
