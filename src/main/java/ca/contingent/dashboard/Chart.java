package ca.contingent.dashboard;

import java.util.List;

/**
 * One chart of the dashboards and its data, ready for the three views that show it: the
 * canvas, the table and the CSV file. Every view reads the same rows, so that they cannot
 * disagree.
 *
 * @param id the chart's name in addresses ({@code /dashboards/{id}.csv}) and in the page
 * @param title the chart's title in the page's language
 * @param kind {@code bar}, {@code hbar} (horizontal bars, for long category names) or
 * {@code line}
 * @param labelHeading the heading of the first column (the labels along the category
 * axis)
 * @param valueAxis the title of the value axis
 * @param series the columns after the first, each a data set of the chart unless not
 * plotted
 * @param rows one per label
 * @param note a sentence shown under the chart (what a filter does not narrow), or null
 */
public record Chart(String id, String title, String kind, String labelHeading, String valueAxis, List<Series> series,
        List<Row> rows, String note) {

    /** Whether every value is a share: the value axis then reads in percent. */
    public boolean percentAxis() {
        return this.series.stream().filter(Series::plotted).allMatch((s) -> s.unit() == Unit.PERCENT);
    }

    /** How a series' values read. */
    public enum Unit {

        /** A number of people, sessions or participants. */
        COUNT,
        /** A percent (39 means 39 %). */
        PERCENT

    }

    /**
     * A column of the chart's data.
     *
     * @param heading the column's heading, also the data set's legend
     * @param unit how its values read
     * @param style {@code bar}, {@code line}, {@code target} (a dashed line), or
     * {@code table} (not plotted)
     * @param stack bars with the same stack are drawn one on the other; null for side by
     * side
     */
    public record Series(String heading, Unit unit, String style, String stack) {

        public boolean plotted() {
            return !"table".equals(this.style);
        }

    }

    /**
     * One label and its values, in the order of the series; a null value was not
     * recorded. Counts are whole; a value may carry decimals (an indicator's actual
     * value), shown to one decimal place.
     */
    public record Row(String label, List<Number> values) {

        /**
         * The value as the CSV file and the table's {@code data-value} write it: plain
         * digits, empty for null.
         */
        public String plain(int column) {
            Number value = this.values.get(column);
            if (value == null) {
                return "";
            }
            return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                    : value.toString();
        }

    }

}
