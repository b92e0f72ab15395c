package ca.contingent.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A list as a downloadable table: named columns, each reading one value from a row. The
 * same table is written as CSV or as an XLSX workbook by {@link TableFormat}, so every
 * list of the application downloads the same way:
 *
 * <pre>{@code
 * Table<AgencyRow> table = Table.of("agencies", rows)
 *     .column("agency.code", AgencyRow::code)              // a message key, or the header text itself
 *     .column("agency.partnerSince", AgencyRow::partnerSince) // LocalDate: a real date cell in XLSX
 *     .column("agency.people", AgencyRow::people);          // Number: a number cell
 * exports.download(table, "xlsx", "agency", filter.toString(), response); // ca.contingent.audit.Exports
 * }</pre>
 *
 * Values may be {@link String} (neutralised against formulas, see
 * {@link SpreadsheetCells}), {@link Number}, {@link Boolean},
 * {@link java.time.LocalDate}, {@link java.time.LocalDateTime}, {@link java.time.Instant}
 * (written in UTC), an enum (its name) or {@code null} (an empty cell); anything else is
 * written as its {@code toString()}, neutralised. {@code ca.contingent.audit.Exports}
 * adds what every download needs on top: the headers in the caller's language, the EXPORT
 * audit event, the file name and the HTTP headers. Without HTTP, call
 * {@link TableFormat#write(Table, java.io.OutputStream)}.
 * <p>
 * Rows are read once, in order, while writing: an {@link Iterable} that streams from the
 * database is fine.
 *
 * @param <T> the type of a row
 */
public final class Table<T> {

    private final String name;

    private final Iterable<? extends T> rows;

    private final List<String> headers;

    private final List<Function<? super T, ?>> values;

    private Table(String name, Iterable<? extends T> rows, List<String> headers, List<Function<? super T, ?>> values) {
        this.name = name;
        this.rows = rows;
        this.headers = headers;
        this.values = values;
    }

    /**
     * @param name the base of the file name and the sheet's name ({@code agencies},
     * {@code people}, …)
     * @param rows the rows, in the order they are written
     */
    public static <T> Table<T> of(String name, Iterable<? extends T> rows) {
        return new Table<>(name, rows, List.of(), List.of());
    }

    /**
     * This table with one more column on the right; {@code header} is a message key or
     * the text itself.
     */
    public Table<T> column(String header, Function<? super T, ?> value) {
        List<String> headers = new ArrayList<>(this.headers);
        headers.add(header);
        List<Function<? super T, ?>> values = new ArrayList<>(this.values);
        values.add(value);
        return new Table<>(this.name, this.rows, List.copyOf(headers), List.copyOf(values));
    }

    /**
     * The same table with every header passed through {@code translate} (a message key to
     * its text).
     */
    public Table<T> translated(UnaryOperator<String> translate) {
        return new Table<>(this.name, this.rows, this.headers.stream().map(translate).toList(), this.values);
    }

    public String name() {
        return this.name;
    }

    public List<String> headers() {
        return this.headers;
    }

    /** Each row's values, column by column, in order. */
    public void forEachRow(Consumer<List<Object>> action) {
        for (T row : this.rows) {
            List<Object> cells = new ArrayList<>(this.values.size());
            for (Function<? super T, ?> value : this.values) {
                cells.add(value.apply(row));
            }
            action.accept(cells);
        }
    }

}
