package ca.contingent.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a {@link Table} downloads as: its file extension, its media type and its
 * writer.
 */
public enum TableFormat {

    /**
     * UTF-8 with a byte order mark (so that spreadsheets read accents right), RFC 4180,
     * CRLF line ends.
     */
    CSV("csv", "text/csv;charset=UTF-8") {
        @Override
        public void write(Table<?> table, OutputStream out) throws IOException {
            CsvTableWriter.write(table, out);
        }
    },

    /**
     * An Office Open XML workbook, one sheet, written in a stream (SXSSF): a long list
     * does not fill the heap.
     */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        public void write(Table<?> table, OutputStream out) throws IOException {
            XlsxTableWriter.write(table, out);
        }
    };

    private final String extension;

    private final String mediaType;

    TableFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return this.extension;
    }

    public String mediaType() {
        return this.mediaType;
    }

    /** Writes the whole table; the stream is flushed, not closed. */
    public abstract void write(Table<?> table, OutputStream out) throws IOException;

    /** The format of a file extension ({@code csv}, {@code xlsx}), any case. */
    public static Optional<TableFormat> ofExtension(String extension) {
        return Arrays.stream(values())
            .filter((format) -> format.extension.equals(extension == null ? null : extension.toLowerCase(Locale.ROOT)))
            .findFirst();
    }

}
