package ca.contingent.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ca.contingent.IntegrationTest;
import ca.contingent.document.AnnualReportDocument.Activity;
import ca.contingent.document.AnnualReportDocument.Agency;
import ca.contingent.document.AnnualReportDocument.Highlight;
import ca.contingent.document.AnnualReportDocument.ResultLine;
import ca.contingent.document.AnnualReportDocument.Section;
import ca.contingent.reporting.AnnualReport.Totals;
import ca.contingent.shared.FiscalYear;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the document that the reference data do not exercise, on a model built by
 * hand: results against targets and highlights appear when there are some and leave no
 * empty heading when there are none; a record whose text looks like a formula stays text
 * in the workbook; a year without anybody still makes every format.
 */
@IntegrationTest
class DocumentPartsIntegrationTests {

    private static final FiscalYear YEAR = FiscalYear.parse("2031-32");

    @Autowired
    DocumentHtml html;

    @Autowired
    DocumentPdf pdf;

    @Autowired
    DocumentXlsx xlsx;

    @Test
    void resultsAndHighlightsAreShownWhenThereAreSome() throws IOException {
        AnnualReportDocument document = document(Locale.ENGLISH,
                List.of(new Highlight("Trauma response capacity", "Accredited 120 trainers.")),
                List.of(new ResultLine("Sessions delivered", "T-DOC", "COUNT", new BigDecimal("10"),
                        new BigDecimal("20"), new BigDecimal("15"), 75),
                        new ResultLine("Women among trainees", null, "PERCENT", null, new BigDecimal("30"),
                                new BigDecimal("27.5"), 92)));

        String page = this.html.page(document, "/css/document.css");
        assertThat(page).contains("id=\"results\"", "Results against targets", "Whole program", "27.5",
                "2031-32 highlights", "Trauma response capacity", "Accredited 120 trainers.");
        String text = DocumentTexts.pdfText(this.pdf.render(this.html.forPdf(document)));
        assertThat(text).contains("Results against targets", "Sessions delivered", "Trauma response capacity");

        try (XSSFWorkbook workbook = workbook(document)) {
            Sheet results = workbook.getSheet("Results");
            assertThat(results.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Sessions delivered");
            assertThat(results.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(15.0);
            assertThat(results.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Whole program");
            assertThat(results.getRow(2).getCell(3)).isNull();
            Sheet highlights = workbook.getSheet("Highlights");
            assertThat(highlights.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Trauma response capacity");
        }
    }

    @Test
    void withoutResultsOrHighlightsThereIsNoEmptyHeadingOrSheet() throws IOException {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            AnnualReportDocument document = document(locale, List.of(), List.of());
            String page = this.html.page(document, "/css/document.css");
            assertThat(page).doesNotContain("id=\"results\"", "<h5", "<dl", "Results against targets",
                    "Résultats par rapport aux cibles", "highlights", "Faits saillants");
            try (XSSFWorkbook workbook = workbook(document)) {
                List<String> names = new ArrayList<>();
                workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
                assertThat(names).hasSize(3);
            }
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextInTheWorkbook() throws IOException {
        AnnualReportDocument document = document(Locale.ENGLISH, List.of(), List.of());
        try (XSSFWorkbook workbook = workbook(document)) {
            Sheet missions = workbook.getSheet("Missions");
            assertThat(missions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(missions.getRow(2).getCell(4).getStringCellValue()).isEqualTo("'@Agency");
            Sheet activities = workbook.getSheet("Activities");
            assertThat(activities.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'-Drill");
        }
    }

    @Test
    void aYearWithoutAnybodyStillMakesEveryFormat() throws IOException {
        AnnualReportDocument empty = new AnnualReportDocument(YEAR, Locale.FRENCH, YEAR.from(), YEAR.to(),
                new Totals(0, 0, 0, 0, 0, 3, 0, 0), List.of(), List.of());
        assertThat(this.html.page(empty, "/css/document.css")).contains("Personne n’a été déployé")
            .doesNotContain("id=\"missions\"");
        assertThat(DocumentTexts.pdfText(this.pdf.render(this.html.forPdf(empty)))).contains("Rapport annuel 2031-32",
                "Personne n’a été déployé");
        try (XSSFWorkbook workbook = workbook(empty)) {
            assertThat(workbook.getSheetAt(0).getRow(9).getCell(1).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    /**
     * The standard font has no Cyrillic or Vietnamese letters: a record written with them
     * must not break the PDF.
     */
    @Test
    void lettersBeyondTheStandardFontDoNotBreakThePdf() {
        Section section = new Section("T-KYIV", "Місія в Києві", null, "Đà Nẵng", 1, 1, 100, "Агенція (1)",
                List.of(new Agency("T-A", "Агенція", 1)), List.of(new Activity("TRAINING", "Навчання", 1, 1, 1)),
                List.of(), List.of());
        AnnualReportDocument document = new AnnualReportDocument(YEAR, Locale.FRENCH, YEAR.from(), YEAR.to(),
                new Totals(1, 1, 100, 1, 1, 1, 0, 0), List.of(section), List.of());
        assertThat(DocumentTexts.pdfText(this.pdf.render(this.html.forPdf(document))))
            .contains("Rapport annuel 2031-32", "T-KYIV");
    }

    private XSSFWorkbook workbook(AnnualReportDocument document) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(this.xlsx.render(document)));
    }

    private static AnnualReportDocument document(Locale locale, List<Highlight> highlights, List<ResultLine> results) {
        Section section = new Section("T-DOC", "=HYPERLINK(\"http://x\")", null, "Jacmel", 4, 1, 25,
                "@Agency (3) and Other (1)", List.of(new Agency("T-A", "@Agency", 3), new Agency("T-B", "Other", 1)),
                List.of(new Activity("TRAINING", "-Drill", 2, 10, 4)), highlights, List.of());
        return new AnnualReportDocument(YEAR, locale, YEAR.from(), LocalDate.of(2032, 3, 31),
                new Totals(4, 1, 25, 1, 2, 2, 0, 0), List.of(section), results);
    }

}
