package ca.contingent.imports;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.contingent.shared.NotFoundException;
import ca.contingent.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports/{kind}}: the body is the CSV file, whatever its declared
 * type (text/csv, text/plain, application/octet-stream), or an XLSX workbook (declared as
 * such, or recognised by its zip signature), read from the request stream so that its
 * size is counted as it arrives.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private final ImportService imports;

    private final ImportScopes scopes;

    private final MessageSource messages;

    ImportApiController(ImportService imports, ImportScopes scopes, MessageSource messages) {
        this.imports = imports;
        this.scopes = scopes;
        this.messages = messages;
    }

    @PostMapping("/{kind}")
    @Operation(summary = "Import a CSV file or an XLSX workbook of one kind of records", requestBody = @RequestBody(
            required = true,
            description = "UTF-8 CSV with one header row, or an XLSX workbook whose first sheet has the same"
                    + " header row and columns",
            content = { @Content(mediaType = "text/csv"), @Content(mediaType = "text/plain"),
                    @Content(mediaType = XlsxFile.MEDIA_TYPE), @Content(mediaType = "application/octet-stream") }))
    ImportResult importFile(@PathVariable String kind, @RequestParam(defaultValue = "false") boolean dryRun,
            Authentication authentication, HttpServletRequest request) throws IOException {
        ImportKind importKind = ImportKind.fromPath(kind).orElseThrow(() -> NotFoundException.of("import", kind));
        if (!importKind.importableBy(roles(authentication))) {
            throw new AccessDeniedException("role may not import " + kind);
        }
        // Content-Length is not trusted: the body is counted as it is read. Rows outside
        // the caller's agency or
        // missions are refused row by row (422), like any other invalid row.
        return this.imports.importFile(importKind, request.getInputStream(), request.getContentType(), dryRun,
                this.scopes.of(authentication));
    }

    static Set<Role> roles(Authentication authentication) {
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .flatMap((authority) -> Arrays.stream(Role.values()).filter((role) -> role.authority().equals(authority)))
            .collect(Collectors.toSet());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY,
                message("import.rejected", ex.errors().size()));
        problem.setProperty("errors", List.copyOf(ex.errors()));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(ImportInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ImportInputException ex) {
        HttpStatus status = ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(problem(status, message(ex.messageKey(), ex.arguments())));
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
