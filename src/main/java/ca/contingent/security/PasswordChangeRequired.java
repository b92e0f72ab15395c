package ca.contingent.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user whose password was reset by an administrator on the password page until
 * they choose their own: pages redirect there, the API answers 403. The temporary
 * password is known to the administrator, so it must not open anything else. Not a bean,
 * so that the servlet container does not also run it outside the security chains.
 */
final class PasswordChangeRequired extends OncePerRequestFilter {

    static final String PAGE = "/account/password";

    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/webjars/",
            "/favicon.ico");

    private final MessageSource messages;

    PasswordChangeRequired(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mustChangePassword() && !isOpen(request.getRequestURI().substring(request.getContextPath().length()))) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                String detail = this.messages.getMessage("account.password.required", null, request.getLocale())
                    .replace("\\", "\\\\")
                    .replace("\"", "\\\"");
                response.getWriter().write("{\"status\":403,\"detail\":\"" + detail + "\"}");
            }
            else {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof UserDetails user && !user.isCredentialsNonExpired();
    }

    private static boolean isOpen(String path) {
        return OPEN.stream().anyMatch((open) -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
    }

}
