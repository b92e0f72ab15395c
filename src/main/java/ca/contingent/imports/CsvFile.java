package ca.contingent.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV body into an {@link ImportTable}: its header names (trimmed, lower case)
 * and its data records. Reading counts the bytes as they arrive, so a body over the limit
 * is refused whatever its Content-Length claimed.
 */
final class CsvFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /**
     * Past this, an oversized body is not read any further and its connection is left to
     * the container to close.
     */
    static final long MAX_DISCARDED = 256L * 1024 * 1024;

    private CsvFile() {
    }

    static ImportTable read(InputStream body, long maxBytes) {
        return parse(readAtMost(body, maxBytes));
    }

    static byte[] readAtMost(InputStream body, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (body) {
            int n;
            while ((n = body.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    discardRest(body, buffer, total);
                    throw ImportInputException.tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        catch (IOException ex) {
            throw ImportInputException.unreadable("import.input.unreadable");
        }
        return out.toByteArray();
    }

    /**
     * Reads what the client still sends, up to a bound, so that it receives the 413
     * rather than a connection reset (the container closes a connection whose request
     * body was left unread).
     */
    private static void discardRest(InputStream body, byte[] buffer, long alreadyRead) throws IOException {
        long read = alreadyRead;
        int n;
        while (read < MAX_DISCARDED && (n = body.read(buffer)) != -1) {
            read += n;
        }
    }

    static ImportTable parse(byte[] bytes) {
        return parse(bytes, Integer.MAX_VALUE);
    }

    /**
     * @param maxRows the most data rows accepted; one more and the file is refused
     */
    static ImportTable parse(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw ImportInputException.unreadable("import.input.empty");
        }
        List<CSVRecord> all;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            all = parser.getRecords();
        }
        catch (IOException | UncheckedIOException | IllegalStateException ex) {
            throw ImportInputException.unreadable("import.input.notCsv");
        }
        if (all.isEmpty()) {
            throw ImportInputException.unreadable("import.input.empty");
        }
        if (all.size() - 1 > maxRows) {
            throw ImportInputException.unreadable("spreadsheet.import.tooManyRows", maxRows);
        }
        List<String> header = new ArrayList<>();
        all.get(0).forEach((name) -> header.add(name.trim().toLowerCase(Locale.ROOT)));
        List<ImportTable.Row> rows = new ArrayList<>(all.size() - 1);
        for (int i = 1; i < all.size(); i++) {
            rows.add(new ImportTable.Row(i, all.get(i).toList()));
        }
        return new ImportTable(header, rows);
    }

    /**
     * UTF-8 with or without a byte order mark; anything with control characters of binary
     * files is refused.
     */
    private static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw ImportInputException.unreadable("import.input.empty");
        }
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw ImportInputException.unreadable("import.input.binary");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notUtf8(bytes, in.position());
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Bytes that are not UTF-8, named by line and value: a file saved in Latin-1 or
     * Windows-1252, or one that mixes such lines with UTF-8 ones (pasted from two
     * sources), which would otherwise be imported with garbled accents.
     */
    private static ImportInputException notUtf8(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String value = offset < bytes.length ? "%02X".formatted(bytes[offset] & 0xFF) : "?";
        return ImportInputException.unreadable("spreadsheet.import.encoding", line, value);
    }

}
