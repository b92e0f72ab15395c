package ca.contingent.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf. Text uses the PDF's standard Helvetica (WinAnsi
 * encoding covers French accents, œ and the typographic apostrophe), so no font file is
 * embedded. The document is self-contained: the renderer is refused every external
 * resource (style sheets, images, fonts), and SVG runs no script and loads nothing.
 */
@Component
class DocumentPdf {

    byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Contingent");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the PDF could not be written", ex);
        }
        return out.toByteArray();
    }

}
