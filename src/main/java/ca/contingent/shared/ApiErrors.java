package ca.contingent.shared;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API error as an RFC 9457 problem in the caller's language: 400, 404, 409, 413,
 * 422. Anything unexpected is a 500 with a generic message; the details go to the log,
 * never to the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, message("error.notFound"));
    }

    @ExceptionHandler(InvalidFiscalYearException.class)
    ProblemDetail fiscalYear(InvalidFiscalYearException ex) {
        return problem(HttpStatus.BAD_REQUEST, message("error.fiscalYear.detail", ex.text()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, message(ex.messageKey(), ex.arguments()));
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, message("error.unprocessable"));
        problem.setProperty("errors", ex.errors()
            .stream()
            .map((error) -> Map.of("field", error.field(), "message", message(error.messageKey(), error.arguments())))
            .toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, message("error.unprocessable"));
        problem.setProperty("errors",
                ex.getBindingResult()
                    .getFieldErrors()
                    .stream()
                    .map((error) -> Map.of("field", error.getField(), "message",
                            this.messages.getMessage(error, LocaleContextHolder.getLocale())))
                    .toList());
        return problem;
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
    ProblemDetail unreadable(Exception ex) {
        return problem(HttpStatus.BAD_REQUEST, message("error.badRequest"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException ex) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message("error.mediaType"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException ex) {
        log.info("Refused by a database rule: {}", ex.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, message("error.integrity"));
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    ProblemDetail denied(Exception ex) {
        return problem(HttpStatus.FORBIDDEN, message("error.forbidden"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, message("error.unexpected"));
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(message("error.title." + status.value()));
        return problem;
    }

    private String message(String key, Object... arguments) {
        return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

}
