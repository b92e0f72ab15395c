package ca.contingent.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import ca.contingent.IntegrationTest;
import ca.contingent.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Times the documents of the reference year 2024-25 (model, XHTML, PDF, XLSX) and leaves
 * them in {@code target/documents/} to look at. Not a test: it asserts nothing; run it
 * with {@code ./mvnw test -Dtest=AnnualReportDocumentBenchmark}. Prints min / median /
 * max of 5 runs after 2 warm-ups.
 */
@IntegrationTest
class AnnualReportDocumentBenchmark {

    private static final FiscalYear YEAR = FiscalYear.parse("2024-25");

    @Autowired
    AnnualReportDocuments documents;

    @Autowired
    DocumentHtml html;

    @Autowired
    DocumentPdf pdf;

    @Autowired
    DocumentXlsx xlsx;

    @Test
    void documents() throws IOException {
        Path folder = Files.createDirectories(Path.of("target/documents"));
        for (String language : List.of("en", "fr")) {
            Locale locale = Locale.forLanguageTag(language);
            AnnualReportDocument document = time("model " + language, () -> this.documents.build(YEAR, locale));
            time("XHTML " + language, () -> this.html.forPdf(document));
            byte[] pdfBytes = time("PDF (model + XHTML + PDF) " + language,
                    () -> this.pdf.render(this.html.forPdf(this.documents.build(YEAR, locale))));
            String xhtml = this.html.forPdf(document);
            time("PDF from XHTML " + language, () -> this.pdf.render(xhtml));
            String withoutCharts = xhtml.replaceAll("(?s)<svg.*?</svg>", "");
            time("PDF from XHTML without charts " + language, () -> this.pdf.render(withoutCharts));
            byte[] xlsxBytes = time("XLSX (model + workbook) " + language,
                    () -> this.xlsx.render(this.documents.build(YEAR, locale)));
            Files.write(folder.resolve("annual-report-2024-25-" + language + ".pdf"), pdfBytes);
            Files.write(folder.resolve("annual-report-2024-25-" + language + ".xlsx"), xlsxBytes);
            Files.writeString(folder.resolve("annual-report-2024-25-" + language + ".html"),
                    this.html.page(document, "../../src/main/resources/static/css/document.css"));
            System.out.printf("[benchmark] %s: PDF %,d bytes, XLSX %,d bytes%n", language, pdfBytes.length,
                    xlsxBytes.length);
        }
    }

    private static <T> T time(String name, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < 2; i++) {
            result = work.get();
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            result = work.get();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("[benchmark] %-32s min %,5d ms  median %,5d ms  max %,5d ms%n", name, millis.get(0),
                millis.get(2), millis.get(4));
        return result;
    }

}
