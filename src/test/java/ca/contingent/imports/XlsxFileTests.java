package ca.contingent.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Reading XLSX sheets into import tables, without Spring. */
class XlsxFileTests {

    @Test
    void cellsBecomeTextAsTheImportReadsIt() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yy"));
            CellStyle decimals = workbook.createCellStyle();
            decimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            String[] names = { " Text ", "WHOLE", "decimal", "date", "bool", "styled", "empty", "datetime" };
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(" 007 ");
            row.createCell(1).setCellValue(42);
            row.createCell(2).setCellValue(2.5);
            row.createCell(3).setCellValue(LocalDate.of(2031, 2, 28));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(false);
            row.createCell(5).setCellValue(12);
            row.getCell(5).setCellStyle(decimals);
            row.createCell(7).setCellValue(LocalDateTime.of(2031, 2, 28, 13, 30));
            row.getCell(7).setCellStyle(date);
            // Row 3 (sheet row 4) after an empty sheet row, and a cell far to the right
            // of the header.
            Row far = sheet.createRow(3);
            far.createCell(0).setCellValue("x");
            far.createCell(16_000).setCellValue("far");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        ImportTable table = XlsxFile.parse(bytes, 10);
        assertThat(table.header()).containsExactly("text", "whole", "decimal", "date", "bool", "styled", "empty",
                "datetime");
        assertThat(table.rows().get(0).cells()).containsExactly(" 007 ", "42", "2.5", "2031-02-28", "false", "12", "",
                "2031-02-28T13:30");
        assertThat(table.rows().get(0).number()).isEqualTo(1);
        assertThat(table.rows().get(0).width()).isEqualTo(8);
        // Numbered by the sheet's rows, so that "row 3" is the sheet's row 4, under the
        // header in row 1.
        assertThat(table.rows().get(1).number()).isEqualTo(3);
        assertThat(table.rows().get(1).width()).isEqualTo(16_001);
        assertThat(table.rows().get(1).cells()).hasSize(8);
    }

    @Test
    void aFormulaRefusesTheFileNamingItsCell() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("a");
            sheet.createRow(1).createCell(2).setCellFormula("1+1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Throwable thrown = catchThrowable(() -> XlsxFile.parse(bytes, 10));
        assertThat(thrown).isInstanceOf(ImportInputException.class);
        assertThat(((ImportInputException) thrown).messageKey()).isEqualTo("spreadsheet.import.formula");
        assertThat(((ImportInputException) thrown).arguments()).containsExactly("C2");
    }

    @Test
    void stopsAtTheRowLimit() {
        StringBuilder csv = new StringBuilder("a\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i).append('\n');
        }
        byte[] bytes = Workbooks.fromCsv(csv.toString(), true);
        assertThat(XlsxFile.parse(bytes, 20).rows()).hasSize(20);
        Throwable thrown = catchThrowable(() -> XlsxFile.parse(bytes, 19));
        assertThat(((ImportInputException) thrown).messageKey()).isEqualTo("spreadsheet.import.tooManyRows");
        assertThat(((ImportInputException) thrown).arguments()).containsExactly(19);
    }

}
