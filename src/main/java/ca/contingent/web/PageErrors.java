package ca.contingent.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import ca.contingent.shared.ConflictException;
import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.UnprocessableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Errors on pages become the error page in the user's language, never a stack trace. A
 * refusal that no form or button took care of (see {@link Refusals}) takes the user back
 * to the page they sent it from, with the reason; without such a page, the error page
 * says why, with 409 or 422.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(10)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final PageModel page;

    PageErrors(PageModel page) {
        this.page = page;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException ex, Model model, HttpServletRequest request, HttpServletResponse response) {
        this.page.addTo(model, request);
        response.setStatus(404);
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "error.notFound");
        return "error";
    }

    @ExceptionHandler({ InvalidFiscalYearException.class, MethodArgumentTypeMismatchException.class })
    String badRequest(Exception ex, Model model, HttpServletRequest request, HttpServletResponse response) {
        this.page.addTo(model, request);
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("messageKey",
                ex instanceof InvalidFiscalYearException ? "error.fiscalYear" : "error.badRequest");
        return "error";
    }

    /**
     * A change sent from a page goes back to that page with the reason, as a button that
     * handles its refusal does. A page that is only read is not read again (it would be
     * refused again): the error page gives the reasons and the way back.
     */
    @ExceptionHandler({ ConflictException.class, UnprocessableException.class })
    String refused(RuntimeException ex, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        log.info("Refused without a form or a button to show it ({} {}): {}", request.getMethod(),
                request.getRequestURI(), ex.getMessage());
        Optional<String> back = sameOriginReferer(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (back.isPresent() && !read) {
            Flash reason = Refusals.messages(ex).get(0);
            Flash.error(redirect, reason.key(), reason.arguments());
            return "redirect:" + back.get();
        }
        int status = ex instanceof ConflictException ? 409 : 422;
        this.page.addTo(model, request);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("refusals", Refusals.messages(ex));
        back.ifPresent((path) -> model.addAttribute("back", path));
        return "error";
    }

    /**
     * The page the request came from, as a path within the application (with its query),
     * when the browser named it and it is of this application's origin: the only kind of
     * address a redirect may be built from here. Anything else, including an address that
     * a browser would read as another host ({@code //host}), is empty.
     */
    static Optional<String> sameOriginReferer(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(referer);
        }
        catch (URISyntaxException ex) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().equalsIgnoreCase(request.getScheme())
                || !uri.getHost().equalsIgnoreCase(request.getServerName())
                || port(uri.getScheme(), uri.getPort()) != port(request.getScheme(), request.getServerPort())) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String context = request.getContextPath();
        if (!path.startsWith(context + "/")) {
            return Optional.empty();
        }
        String inApplication = path.substring(context.length());
        if (inApplication.startsWith("//") || inApplication.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? inApplication : inApplication + "?" + uri.getRawQuery());
    }

    private static int port(String scheme, int port) {
        if (port != -1) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

}
