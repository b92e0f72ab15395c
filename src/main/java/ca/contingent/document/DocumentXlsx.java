package ca.contingent.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import ca.contingent.document.AnnualReportDocument.Activity;
import ca.contingent.document.AnnualReportDocument.Agency;
import ca.contingent.document.AnnualReportDocument.Highlight;
import ca.contingent.document.AnnualReportDocument.ResultLine;
import ca.contingent.document.AnnualReportDocument.Section;
import ca.contingent.reporting.AnnualReport.Totals;
import ca.contingent.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The document as an XLSX workbook for people who work with the figures: the totals,
 * every mission with its agencies, every activity line, and the results and highlights
 * when there are any. Figures are numeric cells; every text cell is neutralised so that
 * no name can turn into a formula; sheet names and headers are in the document's
 * language.
 */
@Component
class DocumentXlsx {

    private final MessageSource messages;

    DocumentXlsx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(AnnualReportDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Writer writer = new Writer(workbook, document.locale());
            writer.glance(document);
            writer.missions(document);
            writer.activities(document);
            if (document.hasResults()) {
                writer.results(document.results());
            }
            if (document.allSections().stream().anyMatch(Section::hasHighlights)) {
                writer.highlights(document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the workbook could not be written", ex);
        }
    }

    /** Writes the sheets of one workbook in one language. */
    private final class Writer {

        private final XSSFWorkbook workbook;

        private final Locale locale;

        private final CellStyle bold;

        Writer(XSSFWorkbook workbook, Locale locale) {
            this.workbook = workbook;
            this.locale = locale;
            Font font = workbook.createFont();
            font.setBold(true);
            this.bold = workbook.createCellStyle();
            this.bold.setFont(font);
        }

        void glance(AnnualReportDocument document) {
            Sheet sheet = sheet("document.sheet.glance");
            Row title = sheet.createRow(0);
            text(title, 0, message("document.title", document.year().toString())).setCellStyle(this.bold);
            text(sheet.createRow(1), 0, message("document.period", document.year().toString(),
                    document.from().toString(), document.to().toString()));
            header(sheet, 3, "document.figure", "document.value");
            Totals totals = document.totals();
            int row = 4;
            row = total(sheet, row, "report.totals.personnel", totals.personnel());
            row = total(sheet, row, "document.charts.women", totals.women());
            row = total(sheet, row, "document.totals.womenPercent", totals.womenPercent());
            row = total(sheet, row, "report.totals.missions", totals.missions());
            row = total(sheet, row, "report.totals.contributingAgencies", totals.contributingAgencies());
            row = total(sheet, row, "report.totals.partnerAgencies", totals.partnerAgencies());
            row = total(sheet, row, "report.totals.newPartnerAgencies", totals.newPartnerAgencies());
            total(sheet, row, "report.totals.womenInLeadership", totals.womenInLeadership());
            sheet.setColumnWidth(0, 50 * 256);
            sheet.setColumnWidth(1, 12 * 256);
        }

        void missions(AnnualReportDocument document) {
            Sheet sheet = sheet("document.sheet.missions");
            header(sheet, 0, "document.code", "report.mission", "document.parent", "report.location",
                    "document.agencies", "report.personnel", "report.women", "document.womenPercent");
            int row = 1;
            for (Section section : document.allSections()) {
                Row line = sheet.createRow(row++);
                text(line, 0, section.code());
                text(line, 1, section.name());
                text(line, 2, section.parent());
                text(line, 3, section.location());
                number(line, 5, section.personnel());
                number(line, 6, section.women());
                number(line, 7, section.womenPercent());
                for (Agency agency : section.agencies()) {
                    Row agencyLine = sheet.createRow(row++);
                    text(agencyLine, 0, section.code());
                    text(agencyLine, 4, agency.name());
                    number(agencyLine, 5, agency.personnel());
                }
            }
            widths(sheet, 12, 50, 10, 30, 40, 11, 11, 11);
        }

        void activities(AnnualReportDocument document) {
            Sheet sheet = sheet("document.sheet.activities");
            header(sheet, 0, "document.code", "report.mission", "report.category", "report.activityType",
                    "report.sessions", "report.participants", "report.participantsWomen");
            int row = 1;
            for (Section section : document.allSections()) {
                for (Activity activity : section.activities()) {
                    Row line = sheet.createRow(row++);
                    text(line, 0, section.code());
                    text(line, 1, section.name());
                    text(line, 2, message("report.category." + activity.category()));
                    text(line, 3, activity.type());
                    number(line, 4, activity.sessions());
                    number(line, 5, activity.participants());
                    number(line, 6, activity.participantsWomen());
                }
            }
            widths(sheet, 12, 50, 16, 50, 12, 12, 12);
        }

        void results(List<ResultLine> results) {
            Sheet sheet = sheet("document.sheet.results");
            header(sheet, 0, "document.results.indicator", "document.results.mission", "document.results.unit",
                    "document.results.baseline", "document.results.target", "document.results.actual",
                    "document.results.progress");
            int row = 1;
            for (ResultLine result : results) {
                Row line = sheet.createRow(row++);
                text(line, 0, result.indicator());
                text(line, 1, result.mission() != null ? result.mission() : message("document.results.programWide"));
                text(line, 2, message("document.results.unit." + result.unit()));
                decimal(line, 3, result.baseline());
                decimal(line, 4, result.target());
                decimal(line, 5, result.actual());
                if (result.progressPercent() != null) {
                    number(line, 6, result.progressPercent());
                }
            }
            widths(sheet, 50, 14, 12, 14, 14, 14, 14);
        }

        void highlights(AnnualReportDocument document) {
            Sheet sheet = sheet("document.sheet.highlights");
            header(sheet, 0, "document.code", "report.mission", "document.highlight.title", "document.highlight.text");
            int row = 1;
            for (Section section : document.allSections()) {
                for (Highlight highlight : section.highlights()) {
                    Row line = sheet.createRow(row++);
                    text(line, 0, section.code());
                    text(line, 1, section.name());
                    text(line, 2, highlight.title());
                    text(line, 3, highlight.text());
                }
            }
            widths(sheet, 12, 40, 40, 100);
        }

        private Sheet sheet(String key) {
            Sheet sheet = this.workbook.createSheet(WorkbookUtil.createSafeSheetName(message(key)));
            return sheet;
        }

        private void header(Sheet sheet, int rowIndex, String... keys) {
            Row row = sheet.createRow(rowIndex);
            for (int i = 0; i < keys.length; i++) {
                text(row, i, message(keys[i])).setCellStyle(this.bold);
            }
            sheet.createFreezePane(0, rowIndex + 1);
        }

        private int total(Sheet sheet, int rowIndex, String key, int value) {
            Row row = sheet.createRow(rowIndex);
            text(row, 0, message(key));
            number(row, 1, value);
            return rowIndex + 1;
        }

        private Cell text(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            if (value != null) {
                cell.setCellValue(SpreadsheetCells.neutralise(value));
            }
            return cell;
        }

        private void number(Row row, int column, long value) {
            row.createCell(column).setCellValue(value);
        }

        private void decimal(Row row, int column, BigDecimal value) {
            if (value != null) {
                row.createCell(column).setCellValue(value.doubleValue());
            }
        }

        private void widths(Sheet sheet, int... characters) {
            for (int i = 0; i < characters.length; i++) {
                sheet.setColumnWidth(i, characters[i] * 256);
            }
        }

        private String message(String key, Object... arguments) {
            return DocumentXlsx.this.messages.getMessage(key, arguments, this.locale);
        }

    }

}
