package ca.contingent.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as CSV: UTF-8 with a byte order mark, RFC 4180, the header row
 * first. Text is neutralised against formulas ({@link SpreadsheetCells}); dates are ISO
 * {@code YYYY-MM-DD}, instants ISO in UTC.
 */
final class CsvTableWriter {

    private CsvTableWriter() {
    }

    static void write(Table<?> table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(table.headers().stream().map(SpreadsheetCells::neutralise));
        try {
            table.forEachRow((cells) -> print(csv, cells));
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, List<Object> cells) {
        try {
            csv.printRecord(cells.stream().map(CsvTableWriter::text));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate
                || value instanceof LocalDateTime || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return SpreadsheetCells.neutralise(constant.name());
        }
        return SpreadsheetCells.neutralise(value.toString());
    }

}
