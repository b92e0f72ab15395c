package ca.contingent.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A calendar month written {@code YYYY-MM}, as reports, pages and the API name it. */
public record ReportMonth(YearMonth value) {

    private static final Pattern FORM = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    /**
     * The month, or null when the text is not of the form {@code YYYY-MM} with a month
     * from 01 to 12.
     */
    public static ReportMonth parseOrNull(String text) {
        if (text == null || !FORM.matcher(text.strip()).matches()) {
            return null;
        }
        return new ReportMonth(YearMonth.parse(text.strip()));
    }

    public static ReportMonth of(LocalDate firstDay) {
        return new ReportMonth(YearMonth.from(firstDay));
    }

    public LocalDate first() {
        return this.value.atDay(1);
    }

    public LocalDate last() {
        return this.value.atEndOfMonth();
    }

    @Override
    public String toString() {
        return this.value.toString();
    }

}
