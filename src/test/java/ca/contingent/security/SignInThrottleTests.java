package ca.contingent.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

    private final MovingClock clock = new MovingClock();

    private final SignInThrottle throttle = new SignInThrottle(this.clock, 3, 15);

    @Test
    void anAddressIsStoppedAtTheLimitUntilItsWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(this.throttle.allows("10.0.0.1")).isTrue();
            this.throttle.failed("10.0.0.1");
        }
        assertThat(this.throttle.allows("10.0.0.1")).isFalse();
        assertThat(this.throttle.allows("10.0.0.2")).isTrue();
        assertThat(this.throttle.retryAfterSeconds("10.0.0.1")).isEqualTo(15 * 60);
        this.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(this.throttle.allows("10.0.0.1")).isFalse();
        this.clock.advance(Duration.ofSeconds(1));
        assertThat(this.throttle.allows("10.0.0.1")).isTrue();
        this.throttle.failed("10.0.0.1");
        assertThat(this.throttle.allows("10.0.0.1")).isTrue();
    }

    @Test
    void theFilterAnswers429ToSignInsOnlyAndChecksNoPassword() throws Exception {
        for (int i = 0; i < 3; i++) {
            this.throttle.failed("10.0.0.3");
        }
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("login.throttled", Locale.ENGLISH, "Too many failed sign-ins.");
        SignInThrottleFilter filter = new SignInThrottleFilter(this.throttle, messages);

        MockHttpServletRequest signIn = new MockHttpServletRequest("POST", "/login");
        signIn.setRemoteAddr("10.0.0.3");
        signIn.addPreferredLocale(Locale.ENGLISH);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        filter.doFilter(signIn, refused, notReached);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("900");
        assertThat(refused.getContentAsString()).contains("Too many failed sign-ins.");
        assertThat(notReached.getRequest()).isNull();

        MockHttpServletRequest basic = new MockHttpServletRequest("GET", "/api/v1/reports/annual/2024-25");
        basic.setRemoteAddr("10.0.0.3");
        basic.addHeader("Authorization", "Basic dDpw");
        MockHttpServletResponse basicRefused = new MockHttpServletResponse();
        filter.doFilter(basic, basicRefused, new MockFilterChain());
        assertThat(basicRefused.getStatus()).isEqualTo(429);

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
        page.setRemoteAddr("10.0.0.3");
        MockFilterChain reached = new MockFilterChain();
        filter.doFilter(page, new MockHttpServletResponse(), reached);
        assertThat(reached.getRequest()).isNotNull();
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2030-01-01T00:00:00Z");

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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
