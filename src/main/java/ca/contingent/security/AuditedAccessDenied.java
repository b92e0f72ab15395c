package ca.contingent.security;

import java.io.IOException;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Every refused request is written to the audit log (who, what method and path, why: role
 * or CSRF), then answered 403 as before. The event commits on its own: the refused
 * request has no transaction to join.
 */
@Component
class AuditedAccessDenied implements AccessDeniedHandler {

    private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

    private final AuditLog audit;

    AuditedAccessDenied(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null ? "anonymous" : auth.getName();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        this.audit.event(user, AuditAction.ACCESS_DENIED, "request", request.getMethod() + " " + path,
                denied instanceof CsrfException ? "missing or invalid CSRF token" : "not allowed for this role");
        this.answer.handle(request, response, denied);
    }

}
