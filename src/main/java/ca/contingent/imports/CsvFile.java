package ca.contingent.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV body read into memory: its header names (trimmed, lower case) and its data records. Reading counts the bytes
 * as they arrive, so a body over the limit is refused whatever its Content-Length claimed.
 */
record CsvFile(List<String> header, List<CSVRecord> records) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** Past this, an oversized body is not read any further and its connection is left to the container to close. */
    static final long MAX_DISCARDED = 256L * 1024 * 1024;

    static CsvFile read(InputStream body, long maxBytes) {
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
     * Reads what the client still sends, up to a bound, so that it receives the 413 rather than a connection reset
     * (the container closes a connection whose request body was left unread).
     */
    private static void discardRest(InputStream body, byte[] buffer, long alreadyRead) throws IOException {
        long read = alreadyRead;
        int n;
        while (read < MAX_DISCARDED && (n = body.read(buffer)) != -1) {
            read += n;
        }
    }

    static CsvFile parse(byte[] bytes) {
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
        List<String> header = new ArrayList<>();
        all.get(0).forEach((name) -> header.add(name.trim().toLowerCase(Locale.ROOT)));
        return new CsvFile(List.copyOf(header), all.subList(1, all.size()));
    }

    /** UTF-8 with or without a byte order mark; anything with control characters of binary files is refused. */
    private static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw ImportInputException.unreadable("import.input.empty");
        }
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw ImportInputException.unreadable("import.input.binary");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw ImportInputException.unreadable("import.input.encoding");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

}
