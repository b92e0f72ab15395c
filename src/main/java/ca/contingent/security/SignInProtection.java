package ca.contingent.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.user.SignInAccounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed sign-ins per user name, whichever way they came (sign-in page
 * or HTTP Basic), and locks the account for {@code contingent.security.lockout-minutes}
 * after {@value #MAX_FAILURES}. Every failure is in the audit log, unknown user names
 * included, since a spray across names is exactly what an administrator must see.
 */
@Component
class SignInProtection {

    static final int MAX_FAILURES = 5;

    private final SignInAccounts accounts;

    private final AuditLog audit;

    private final Clock clock;

    private final SignInThrottle throttle;

    private final Duration lockout;

    SignInProtection(SignInAccounts accounts, AuditLog audit, Clock clock, SignInThrottle throttle,
            @Value("${contingent.security.lockout-minutes:15}") long lockoutMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
                ? details.getRemoteAddress() : null;
        this.throttle.failed(address);
        String detail = (event instanceof AuthenticationFailureBadCredentialsEvent) ? countFailure(username)
                : "refused: " + event.getException().getClass().getSimpleName();
        this.audit.event(username, AuditAction.SIGN_IN_FAILED, "user", username,
                address == null ? detail : detail + "; from " + address);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        this.accounts.signedIn(event.getAuthentication().getName());
    }

    /**
     * Counted by the accounts in one statement, so that parallel attempts cannot slip
     * past the limit; attempts during a lock neither count nor extend it.
     */
    private String countFailure(String username) {
        Instant now = this.clock.instant();
        Instant until = now.plus(this.lockout);
        OptionalInt failures = this.accounts.countFailure(username, MAX_FAILURES, now, until);
        if (failures.isPresent()) {
            return failures.getAsInt() == 0 ? "wrong password; account locked until " + until
                    : "wrong password; failure " + failures.getAsInt() + " of " + MAX_FAILURES;
        }
        return this.accounts.exists(username) ? "refused: account locked" : "unknown user name";
    }

}
