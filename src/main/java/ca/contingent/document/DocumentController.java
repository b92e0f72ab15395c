package ca.contingent.document;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.InvalidFiscalYearException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DocumentController {

    private static final String LANGUAGES = "en, fr";

    private final AnnualReportDocuments documents;

    private final DocumentHtml html;

    private final DocumentPdf pdf;

    private final DocumentXlsx xlsx;

    private final AuditLog audit;

    private final MessageSource messages;

    DocumentController(AnnualReportDocuments documents, DocumentHtml html, DocumentPdf pdf, DocumentXlsx xlsx,
            AuditLog audit, MessageSource messages) {
        this.documents = documents;
        this.html = html;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The annual report as a PDF, a printable HTML page or an XLSX workbook, in English
     * or French; without {@code format} a PDF, without {@code lang} the caller's
     * language. Every document given out is an EXPORT event in the audit log, written
     * before the document is made.
     */
    @GetMapping("/api/v1/reports/annual/{fiscalYear}/document")
    ResponseEntity<byte[]> document(@PathVariable String fiscalYear, @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) String lang, Principal principal, HttpServletRequest request) {
        FiscalYear year = FiscalYear.parse(fiscalYear);
        DocumentFormat chosen = DocumentFormat.of(format)
            .orElseThrow(() -> new InvalidParameterException("format", format, DocumentFormat.CHOICES));
        String language = language(lang);
        this.audit.event(principal.getName(), AuditAction.EXPORT, "annual-report", year.toString(),
                "format=" + chosen.extension + " lang=" + language);

        AnnualReportDocument document = this.documents.build(year, Locale.forLanguageTag(language));
        byte[] body = switch (chosen) {
            case PDF -> this.pdf.render(this.html.forPdf(document));
            case HTML -> this.html.page(document, request.getContextPath() + "/css/document.css")
                .getBytes(StandardCharsets.UTF_8);
            case XLSX -> this.xlsx.render(document);
        };
        String filename = "contingent-annual-report-" + year + "-" + language + "." + chosen.extension;
        ContentDisposition disposition = (chosen.attachment ? ContentDisposition.attachment()
                : ContentDisposition.inline())
            .filename(filename)
            .build();
        return ResponseEntity.ok()
            .contentType(chosen.mediaType)
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .body(body);
    }

    private static String language(String lang) {
        if (lang == null) {
            return "fr".equals(LocaleContextHolder.getLocale().getLanguage()) ? "fr" : "en";
        }
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw new InvalidParameterException("lang", lang, LANGUAGES);
        }
        return lang;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException ex) {
        return badRequest(ex.parameter, message("document.error.parameter", ex.parameter, ex.value, ex.choices));
    }

    @ExceptionHandler(InvalidFiscalYearException.class)
    ProblemDetail invalidYear(InvalidFiscalYearException ex) {
        return badRequest("fiscalYear", message("document.error.fiscalYear", ex.text()));
    }

    private ProblemDetail badRequest(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(message("error.title.400"));
        problem.setProperty("parameter", parameter);
        return problem;
    }

    private String message(String key, Object... arguments) {
        return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

}
