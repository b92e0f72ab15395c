package ca.contingent.user;

import java.time.Instant;

import ca.contingent.shared.Role;
import ca.contingent.user.SignInAccounts.SignInAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An account's lock as sign-in reads it: until the stored instant, not at it. */
class SignInAccountTests {

    private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");

    private static SignInAccount lockedUntil(Instant until) {
        return new SignInAccount("t-user", "{noop}secret", Role.ANALYST, true, until, false);
    }

    @Test
    void lockedUntilTheStoredInstant() {
        assertThat(lockedUntil(NOW.plusSeconds(1)).lockedAt(NOW)).isTrue();
        assertThat(lockedUntil(NOW).lockedAt(NOW)).isFalse();
        assertThat(lockedUntil(NOW.minusSeconds(1)).lockedAt(NOW)).isFalse();
        assertThat(lockedUntil(null).lockedAt(NOW)).isFalse();
    }

    @Test
    void neverPrintsItsPasswordHash() {
        assertThat(lockedUntil(null).toString()).contains("t-user").doesNotContain("secret");
    }

}
