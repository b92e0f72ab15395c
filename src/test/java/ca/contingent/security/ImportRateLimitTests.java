package ca.contingent.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRateLimitTests {

    static final Instant NOON = Instant.parse("2031-01-01T12:00:00Z");

    @Test
    void allowsTheLimitPerUserAndMinuteThenRefuses() {
        ImportRateLimit limit = new ImportRateLimit(Clock.fixed(NOON, ZoneOffset.UTC), 3);
        assertThat(limit.tryAcquire("ann")).isTrue();
        assertThat(limit.tryAcquire("ann")).isTrue();
        assertThat(limit.tryAcquire("ann")).isTrue();
        assertThat(limit.tryAcquire("ann")).isFalse();
        assertThat(limit.tryAcquire("bob")).as("another user has their own budget").isTrue();
        assertThat(limit.retryAfterSeconds("ann")).isEqualTo(60);
    }

    @Test
    void aNewMinuteGivesANewBudget() {
        MovableClock clock = new MovableClock(NOON);
        ImportRateLimit limit = new ImportRateLimit(clock, 1);
        assertThat(limit.tryAcquire("ann")).isTrue();
        assertThat(limit.tryAcquire("ann")).isFalse();
        clock.now = NOON.plus(Duration.ofSeconds(59));
        assertThat(limit.tryAcquire("ann")).isFalse();
        clock.now = NOON.plus(Duration.ofSeconds(60));
        assertThat(limit.tryAcquire("ann")).isTrue();
    }

    static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return this.now;
        }

    }

}
