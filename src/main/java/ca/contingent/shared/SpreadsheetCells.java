package ca.contingent.shared;

/**
 * Text bound for a cell of a CSV file that people open in a spreadsheet. A spreadsheet
 * reads a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} (or a tab,
 * carriage return or NUL in front of one) as a formula, which can leak data or run
 * commands: a name such as {@code =HYPERLINK(...)} must stay a name.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * The text with a single quote in front when a spreadsheet would read it as a
     * formula, otherwise unchanged. The quote is what spreadsheets themselves use to mark
     * a cell as text; it also turns {@code -2} into text, which is the price of never
     * guessing whether a leading minus starts a number or a formula.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\0' -> "'" + text;
            default -> text;
        };
    }

}
