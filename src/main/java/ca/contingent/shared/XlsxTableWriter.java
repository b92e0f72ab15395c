package ca.contingent.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as an XLSX workbook of one sheet with POI's streaming workbook
 * (SXSSF: only a window of rows is in memory, the rest goes to a temporary file that is
 * deleted afterwards). The header row is bold and frozen; numbers, booleans and dates are
 * real cells of their type (dates formatted {@code yyyy-mm-dd}); text is neutralised
 * against formulas like in CSV ({@link SpreadsheetCells}), since editing a text cell that
 * begins with {@code =} makes a spreadsheet read it as one.
 */
final class XlsxTableWriter {

    private static final int WINDOW = 200;

    private XlsxTableWriter() {
    }

    static void write(Table<?> table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

            Row header = sheet.createRow(0);
            List<String> headers = table.headers();
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(SpreadsheetCells.neutralise(headers.get(i)));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = { 1 };
            table.forEachRow((cells) -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    set(row, i, cells.get(i), date, dateTime);
                }
            });
            workbook.write(out);
            out.flush();
        }
        finally {
            workbook.close();
        }
    }

    private static void set(Row row, int column, Object value, CellStyle date, CellStyle dateTime) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        }
        else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        }
        else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        }
        else if (value instanceof LocalDateTime at) {
            cell.setCellValue(at);
            cell.setCellStyle(dateTime);
        }
        else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            cell.setCellStyle(dateTime);
        }
        else if (value instanceof Enum<?> constant) {
            cell.setCellValue(SpreadsheetCells.neutralise(constant.name()));
        }
        else {
            cell.setCellValue(SpreadsheetCells.neutralise(value.toString()));
        }
    }

}
