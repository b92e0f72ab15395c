package ca.contingent.shared;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Government of Canada fiscal year, written {@code 2024-25}: April 1 of its first year
 * to March 31 of the next. The one home of the format: every fiscal year a user gives
 * (forms, API, imports) is read by {@link #parse}, and the database's checks on every
 * {@code fiscal_year} column call {@code fiscal_year_valid(text)} (migration V71), which
 * states the same rule; {@code FiscalYearRuleIntegrationTests} holds the two to the same
 * answers.
 *
 * @param startYear the calendar year in which the fiscal year starts
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** The earliest calendar year a fiscal year may start in. */
    public static final int FIRST_START_YEAR = 1900;

    /** The latest calendar year a fiscal year may start in. */
    public static final int LAST_START_YEAR = 2998;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public FiscalYear {
        if (startYear < FIRST_START_YEAR || startYear > LAST_START_YEAR) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    /**
     * Reads {@code YYYY-YY} where the second year follows the first and the first lies
     * between {@link #FIRST_START_YEAR} and {@link #LAST_START_YEAR}; spaces around it
     * are ignored.
     * @throws InvalidFiscalYearException when the text is not a fiscal year
     */
    public static FiscalYear parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new InvalidFiscalYearException(text);
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        if ((start + 1) % 100 != end || start < FIRST_START_YEAR || start > LAST_START_YEAR) {
            throw new InvalidFiscalYearException(text);
        }
        return new FiscalYear(start);
    }

    /** The fiscal year that contains the given day. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** The first day, April 1. */
    public LocalDate from() {
        return LocalDate.of(this.startYear, 4, 1);
    }

    /** The last day, March 31 of the next calendar year. */
    public LocalDate to() {
        return LocalDate.of(this.startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from()) && !date.isAfter(to());
    }

    public FiscalYear previous() {
        return new FiscalYear(this.startYear - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(this.startYear + 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(this.startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", this.startYear, (this.startYear + 1) % 100);
    }

}
