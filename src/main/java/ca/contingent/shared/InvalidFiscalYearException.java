package ca.contingent.shared;

/** A fiscal year written otherwise than {@code YYYY-YY} with consecutive years. */
public class InvalidFiscalYearException extends RuntimeException {

    private final String text;

    public InvalidFiscalYearException(String text) {
        super("not a fiscal year (expected YYYY-YY with consecutive years, e.g. 2024-25): " + text);
        this.text = text;
    }

    public String text() {
        return this.text;
    }

}
