package ca.contingent.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The document as XHTML from the Thymeleaf template {@code document/annual}: well-formed,
 * so that the PDF renderer can read it, and plain HTML for a browser. The two differ only
 * in how the style sheet arrives: the page links {@code /css/document.css} (the content
 * security policy forbids inline styles), the PDF carries the same sheet inline (the
 * renderer then fetches nothing).
 */
@Component
class DocumentHtml {

    private final ITemplateEngine templates;

    private final String css;

    DocumentHtml(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource("static/css/document.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the document style sheet is missing", ex);
        }
    }

    /** The page a browser shows, linking the style sheet at the given address. */
    String page(AnnualReportDocument document, String stylesheetHref) {
        return render(document, stylesheetHref, null);
    }

    /** The XHTML the PDF is made from, with the style sheet inline. */
    String forPdf(AnnualReportDocument document) {
        return render(document, null, this.css);
    }

    private String render(AnnualReportDocument document, String stylesheet, String css) {
        Context context = new Context(document.locale());
        context.setVariable("doc", document);
        context.setVariable("charts", new Charts());
        context.setVariable("unTarget", Charts.UN_TARGET_PERCENT);
        context.setVariable("stylesheet", stylesheet);
        context.setVariable("css", css);
        return this.templates.process("document/annual", context);
    }

}
