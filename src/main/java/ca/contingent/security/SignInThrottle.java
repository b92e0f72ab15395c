package ca.contingent.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address in a fixed window. The lock per user name cannot
 * stop a spray that tries one password on many names; this can. Behind a reverse proxy,
 * set {@code server.forward-headers-strategy} so that the address is the client's, or
 * every user shares the proxy's budget. Kept in memory: a restart forgets it, which only
 * gives an attacker a fresh window, never more.
 */
@Component
class SignInThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private final Clock clock;

    private final int limit;

    private final Duration window;

    SignInThrottle(Clock clock, @Value("${contingent.security.sign-in-failures-per-address:50}") int limit,
            @Value("${contingent.security.sign-in-window-minutes:15}") long windowMinutes) {
        this.clock = clock;
        this.limit = limit;
        this.window = Duration.ofMinutes(windowMinutes);
    }

    void failed(String address) {
        if (address == null) {
            return;
        }
        Instant now = this.clock.instant();
        if (this.windows.size() >= MAX_TRACKED) {
            this.windows.values().removeIf((w) -> w.isOver(now, this.window));
        }
        this.windows.compute(address, (key, current) -> (current == null || current.isOver(now, this.window))
                ? new Window(now, 1) : new Window(current.start(), current.failures() + 1));
    }

    boolean allows(String address) {
        Window current = (address == null) ? null : this.windows.get(address);
        return current == null || current.isOver(this.clock.instant(), this.window) || current.failures() < this.limit;
    }

    /** Seconds until the address may try again, for the Retry-After header. */
    long retryAfterSeconds(String address) {
        Window current = this.windows.get(address);
        if (current == null) {
            return 0;
        }
        return Math.max(1, Duration.between(this.clock.instant(), current.start().plus(this.window)).toSeconds());
    }

    private record Window(Instant start, int failures) {

        boolean isOver(Instant now, Duration length) {
            return !now.isBefore(this.start.plus(length));
        }

    }

}
