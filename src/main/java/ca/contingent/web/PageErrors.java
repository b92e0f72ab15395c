package ca.contingent.web;

import ca.contingent.shared.InvalidFiscalYearException;
import ca.contingent.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages become the error page in the user's language, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(10)
class PageErrors {

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

}
