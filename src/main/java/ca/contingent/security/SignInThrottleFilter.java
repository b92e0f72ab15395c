package ca.contingent.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to a sign-in attempt (the sign-in form, or any request with HTTP Basic
 * credentials) from an address that has failed too often, before any password is checked.
 * Not a bean, so that the container does not also run it outside the security chains.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    private final MessageSource messages;

    SignInThrottleFilter(SignInThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSignIn(request) && !this.throttle.allows(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER,
                    String.valueOf(this.throttle.retryAfterSeconds(request.getRemoteAddr())));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            String detail = this.messages.getMessage("login.throttled", null, request.getLocale())
                .replace("\\", "\\\\")
                .replace("\"", "\\\"");
            response.getWriter().write("{\"status\":429,\"detail\":\"" + detail + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return ("POST".equals(request.getMethod()) && "/login".equals(path))
                || (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6));
    }

}
