package ca.contingent.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX files for tests: a CSV file as a workbook, and workbooks with one part replaced by
 * hand-written XML.
 */
final class Workbooks {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    /**
     * The CSV file as the first sheet of a workbook. Typed: cells are what a person
     * typing them into a spreadsheet gets (ISO dates become date cells shown as
     * {@code d mmm yyyy}, whole numbers number cells, {@code true} and {@code false}
     * boolean cells); otherwise every cell is text.
     */
    static byte[] fromCsv(String csv, boolean typed) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(csv)).getRecords();
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                CSVRecord record = records.get(r);
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (typed && r > 0 && isDate(value)) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(date);
                    }
                    else if (typed && r > 0 && value.matches("-?\\d{1,9}")) {
                        cell.setCellValue(Integer.parseInt(value));
                    }
                    else if (typed && r > 0 && (value.equals("true") || value.equals("false"))) {
                        cell.setCellValue(Boolean.parseBoolean(value));
                    }
                    else {
                        cell.setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        }
        catch (java.time.DateTimeException ex) {
            return false;
        }
    }

    /**
     * The workbook with one part's content replaced (or added) by what {@code writer}
     * writes.
     */
    static byte[] withPart(byte[] xlsx, String name, Consumer<OutputStream> writer) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean found = false;
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(name)) {
                        writer.accept(out);
                        found = true;
                    }
                    else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
                if (!found) {
                    out.putNextEntry(new ZipEntry(name));
                    writer.accept(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static byte[] withPart(byte[] xlsx, String name, String content) {
        return withPart(xlsx, name, (out) -> write(out, content));
    }

    static String part(byte[] xlsx, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException("no part " + name);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
