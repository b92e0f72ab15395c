package ca.contingent.document;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The formats of the annual report document, as the {@code format} parameter names them.
 */
enum DocumentFormat {

    PDF("pdf", MediaType.APPLICATION_PDF, true),
    HTML("html", new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8), false),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), true);

    static final String CHOICES = "pdf, html, xlsx";

    final String extension;

    final MediaType mediaType;

    /** A file to save (attachment) rather than a page to show (inline). */
    final boolean attachment;

    DocumentFormat(String extension, MediaType mediaType, boolean attachment) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.attachment = attachment;
    }

    static Optional<DocumentFormat> of(String parameter) {
        return Arrays.stream(values()).filter((format) -> format.extension.equals(parameter)).findFirst();
    }

}
