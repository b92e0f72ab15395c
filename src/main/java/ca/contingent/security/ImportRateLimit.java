package ca.contingent.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code contingent.security.imports-per-minute} import requests (dry runs
 * included) per user a minute, on the page and the API alike; beyond that 429 with
 * Retry-After. An import holds locks and a transaction over a whole file, so one user
 * looping over the endpoint could starve everyone else. Kept in memory per instance.
 */
@Component
class ImportRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private final Clock clock;

    private final int limit;

    ImportRateLimit(Clock clock, @Value("${contingent.security.imports-per-minute:30}") int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts one import request of the user; false when it is over the limit. */
    boolean tryAcquire(String user) {
        Instant now = this.clock.instant();
        if (this.windows.size() > 10_000) {
            this.windows.values().removeIf((window) -> window.isOver(now));
        }
        Window window = this.windows.compute(user,
                (key, current) -> (current == null || current.isOver(now)) ? new Window(now, 1) : current.plusOne());
        return window.requests() <= this.limit;
    }

    long retryAfterSeconds(String user) {
        Window window = this.windows.get(user);
        return window == null ? 0
                : Math.max(1, Duration.between(this.clock.instant(), window.start().plus(WINDOW)).toSeconds());
    }

    OncePerRequestFilter filter(MessageSource messages) {
        return new OncePerRequestFilter() {

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !"POST".equals(request.getMethod())
                        || !(path.startsWith("/api/v1/imports/") || path.equals("/imports"));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth == null || !auth.isAuthenticated() || tryAcquire(auth.getName())) {
                    chain.doFilter(request, response);
                    return;
                }
                String detail = messages.getMessage("error.tooManyImports", new Object[] { ImportRateLimit.this.limit },
                        LocaleContextHolder.getLocale());
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(retryAfterSeconds(auth.getName())));
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                            + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            }

        };
    }

    private record Window(Instant start, int requests) {

        boolean isOver(Instant now) {
            return !now.isBefore(this.start.plus(WINDOW));
        }

        Window plusOne() {
            return new Window(this.start, this.requests + 1);
        }

    }

}
